#pragma once

#include "domain/answers.h"
#include "domain/rubric.h"
#include "metrics/agreementmetrics.h"
#include "metrics/reliabilitydata.h"
#include "store/annotationquery.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace verdict {

// What a unit of agreement is: a task, one response of it, or a pair of its
// responses (for the preferences a ranking implies).
struct UnitKey
{
    qint64 task = 0;
    QString responseA; // empty for a task-level unit
    QString responseB; // set for a pair of responses only
};

// Values for a coefficient (alpha, kappa, agreement): one criterion, or one
// option, label or category of it.
struct ValueDataset
{
    QString part; // option, category or label key; empty for the criterion as a whole
    QString aspect; // "value", "chosen", "presence", "severity" or "preference"
    metrics::Level level = metrics::Level::Nominal; // the level its values have
    ReliabilityData data;
    std::vector<UnitKey> units; // one per unit of `data`

    // The dataset of the units `keep` marks (one entry per unit), for a slice or a period.
    ValueDataset subset(const std::vector<char> &keep) const;
};

// The spans each annotator marked on each unit, for F1 per label.
struct SpanDataset
{
    struct Unit
    {
        UnitKey key;
        QList<std::pair<int, QList<Span>>> byAnnotator;
    };
    std::vector<Unit> units;
};

// Kendall's tau-b between the rankings of every pair of annotators who ranked
// the same task, summed per task (so slices can add tasks up).
struct RankingDataset
{
    struct TaskRankings
    {
        qint64 task = 0;
        double tauSum = 0; // of the defined values
        int defined = 0; // pairs of annotators whose tau-b is defined
        int compared = 0; // pairs of annotators compared
        QList<int> raters; // annotators in the pairs with a defined value
    };
    std::vector<TaskRankings> tasks;
};

// The response ids of every task, in order (a task's responses are units of
// per-response criteria even when nobody marked anything on them).
using TaskResponses = QHash<qint64, QStringList>;

// A criterion's answers turned into what the agreement metrics take, per kind
// (the table is in docs/metrics.md).
struct CriterionDatasets
{
    QStringList annotators; // rater index -> name
    QList<ValueDataset> values;
    QStringList spanLabels; // the labels of `spans`
    SpanDataset spans;
    std::optional<RankingDataset> rankings;

    // The form to read the criterion's answers in, or nothing for a kind without agreement (text, rewrite).
    static std::optional<AnswerForm> formFor(const Criterion &criterion);
    // Whether building needs every task's response ids.
    static bool needsResponses(const Criterion &criterion);

    static CriterionDatasets build(
        const Criterion &criterion, const CriterionAnswers &answers, const TaskResponses &responses);
};

} // namespace verdict
