#pragma once

#include "domain/rubric.h"
#include "metrics/agreementanalysis.h"
#include "metrics/metricresult.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace verdict {

class Project;

struct GoldAccuracyOptions
{
    QString rubricId; // empty: every rubric
    QString criterion; // empty: every criterion with gold answers
    std::optional<int> rubricVersion; // only annotations made under this version
    QString slice; // a metadata key or "model"; empty for no slices
};

// How one annotator's submitted answers to one criterion compare with the
// gold answers (docs/metrics.md). Every figure says how many units it rests
// on; `tasks` is the number of gold tasks behind it.
struct GoldAccuracyRow
{
    QString rubricId;
    QString criterion;
    CriterionKind kind = CriterionKind::Text;
    Scope per = Scope::Task;
    QString annotator;
    QString slice;
    qint64 tasks = 0;
    MetricResult exact; // share of units answered exactly as gold
    std::optional<MetricResult> withinOne; // ratings: share within one point of gold
    std::optional<MetricResult> meanAbsoluteError; // ratings: mean |answer - gold|, in points
    std::optional<MetricResult> pairwise; // rankings: share of response pairs ordered as gold orders them
    std::optional<MetricResult> spanF1; // spans: overlap F1 against gold, all labels pooled
};

// Gold accuracy per annotator and criterion over a project's gold answers.
class GoldAccuracy final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::GoldAccuracy)

public:
    static Result<QList<GoldAccuracyRow>> run(
        Project &project, const GoldAccuracyOptions &options, const Progress &progress = {});
    static Result<QList<GoldAccuracyRow>> run(Project &project, const AnnotationQuery &query,
        const GoldAccuracyOptions &options, const Progress &progress = {});
};

} // namespace verdict
