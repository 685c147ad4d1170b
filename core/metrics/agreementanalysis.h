#pragma once

#include "domain/rubric.h"
#include "metrics/agreementmetrics.h"
#include "metrics/metricresult.h"
#include "store/annotationquery.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace verdict {

class Project;

enum class Metric {
    Alpha,
    CohenKappa,
    CohenKappaLinear,
    CohenKappaQuadratic,
    FleissKappa,
    PercentAgreement,
    PairwiseAgreement, // percent agreement on the preferences rankings imply
    KendallTauB,
    ExactF1,
    OverlapF1,
};

// "alpha", "cohen-kappa", … as on the command line and in --json output.
QString metricName(Metric metric);
std::optional<Metric> metricFromName(const QString &name);
QList<Metric> allMetrics();
// "Krippendorff's α", … for people.
QString metricTitle(Metric metric);

// A slice of the data: by a task metadata key, or "model" for the model of
// the response(s) a unit is about.
inline const QString modelSlice = QStringLiteral("model");

// Reports progress (done of total steps); returns false to stop.
using Progress = std::function<bool(int done, int total)>;

struct AgreementOptions
{
    QString rubricId; // empty: every rubric with submitted annotations
    QString criterion; // empty: every criterion
    QList<Metric> metrics; // empty: the defaults of each kind (docs/metrics.md)
    std::optional<metrics::Level> level; // alpha at this level only
    std::optional<int> rubricVersion; // only annotations made under this version
    QString slice; // a metadata key or "model"; empty for no slices
};

// One figure: a metric of one criterion (or of one option, category or
// label of it), over everything or over one slice.
struct AgreementRow
{
    QString rubricId;
    int rubricVersion = 0; // the version whose definition of the criterion was used
    QString criterion;
    CriterionKind kind = CriterionKind::Text;
    Scope per = Scope::Task;
    QString part; // option, category or label; empty for the criterion as a whole
    QString aspect; // "value", "chosen", "presence", "severity", "preference", "ranking" or "spans"
    Metric metric = Metric::Alpha;
    std::optional<metrics::Level> level; // for alpha
    QString slice; // the slice's value; empty when not sliced
    MetricResult result;
    QStringList raters; // names of the raters, for raterPairs
    QList<metrics::RaterPairResult> raterPairs; // Cohen's kappa per pair of raters
};

// A criterion to analyse and the annotations that count for it.
struct CriterionInUse
{
    QString rubricId;
    int version = 0; // the newest version that defines it
    Criterion criterion;
    AnnotationScope scope; // the versions in use with the same kind and scope
};

// Agreement per criterion over a project's submitted annotations.
class AgreementAnalysis final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::AgreementAnalysis)

public:
    static Result<QList<AgreementRow>> run(
        Project &project, const AgreementOptions &options, const Progress &progress = {});
    // The same, reading through `query` (which keeps what several analyses share).
    static Result<QList<AgreementRow>> run(
        Project &project, const AnnotationQuery &query, const AgreementOptions &options, const Progress &progress = {});

    // The criteria the options select, each with its newest definition and the
    // versions that define it the same way (same kind and scope).
    static Result<QList<CriterionInUse>> criteria(
        Project &project, const QString &rubricId, const QString &criterion, std::optional<int> rubricVersion);

    // The metrics that apply to a kind, and those reported by default.
    static QList<Metric> applicable(CriterionKind kind);
    static QList<Metric> defaults(CriterionKind kind);
};

} // namespace verdict
