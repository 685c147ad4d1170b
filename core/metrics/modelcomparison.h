#pragma once

#include "metrics/agreementanalysis.h"
#include "metrics/preferencemodel.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace verdict {

class Project;

struct ModelComparisonOptions
{
    QString rubricId; // empty: the first rubric with a ranking criterion
    QString criterion; // the ranking criterion; empty: the first one
    std::optional<int> rubricVersion;
    QString slice; // a metadata key; empty for no slices
    int replicates = 1000; // bootstrap replicates for the Bradley–Terry intervals
    quint64 seed = 1;
};

// One pair of models: how often judges preferred A, tied, or preferred B,
// each with a 95 % Wilson interval. A is the one first in alphabetical order.
struct ModelPairRow
{
    QString slice;
    QString modelA;
    QString modelB;
    qint64 judgments = 0;
    metrics::Rate winsA;
    metrics::Rate ties;
    metrics::Rate winsB;
};

// A model's Bradley–Terry log-strength (mean 0 over the models compared in
// the slice) with a 95 % bootstrap percentile interval.
struct ModelStrengthRow
{
    QString slice;
    QString model;
    MetricResult strength; // units: comparisons involving the model
    std::optional<metrics::Interval> interval;
    int replicates = 0; // bootstrap replicates behind the interval
    int failedReplicates = 0;
};

// How often a model's responses got a span label (a failure mode) or a flag
// category (a safety flag), per judgment of one response.
struct ModelRateRow
{
    QString slice;
    QString model;
    QString criterion;
    CriterionKind kind = CriterionKind::Spans;
    QString key; // the label or category
    metrics::Rate rate;
};

// Champion against challenger: models compared from the same preference data.
struct ModelComparison
{
    Q_DECLARE_TR_FUNCTIONS(verdict::ModelComparison)

public:
    QString rubricId;
    QString criterion; // the ranking criterion used; empty when the rubric has none
    QString sliceField;
    int replicates = 0;
    quint64 seed = 1;
    QList<ModelPairRow> pairs;
    QList<ModelStrengthRow> strengths;
    QList<ModelRateRow> rates;

    static Result<ModelComparison> run(
        Project &project, const ModelComparisonOptions &options, const Progress &progress = {});
    static Result<ModelComparison> run(Project &project, const AnnotationQuery &query,
        const ModelComparisonOptions &options, const Progress &progress = {});
};

} // namespace verdict
