#include "metrics/qualityreport.h"

#include "domain/answers.h"
#include "metrics/criteriondatasets.h"
#include "store/annotationquery.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace verdict {

namespace {

using nlohmann::json;

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    const auto middle = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

// Counts of finished work and the active times of submitted tasks.
struct WorkTally
{
    qint64 submitted = 0;
    qint64 skipped = 0;
    qint64 escalated = 0;
    double activeSeconds = 0;
    std::vector<double> submittedSeconds;

    void add(const ActivityRecord &r)
    {
        switch (r.status) {
        case AnnotationStatus::Submitted:
            ++submitted;
            if (r.activeSeconds > 0)
                submittedSeconds.push_back(r.activeSeconds);
            break;
        case AnnotationStatus::Skipped:
            ++skipped;
            break;
        case AnnotationStatus::Escalated:
            ++escalated;
            break;
        case AnnotationStatus::Draft:
            return;
        }
        activeSeconds += r.activeSeconds;
    }
    qint64 finished() const { return submitted + skipped + escalated; }
};

AnnotatorActivity activityOf(const QString &name, const WorkTally &t)
{
    AnnotatorActivity a;
    a.annotator = name;
    a.submitted = t.submitted;
    a.skipped = t.skipped;
    a.escalated = t.escalated;
    a.activeHours = t.activeSeconds / 3600;
    if (t.activeSeconds > 0)
        a.perHour = double(t.submitted) / a.activeHours;
    a.medianSeconds = median(t.submittedSeconds);
    a.skipRate = metrics::proportion(t.skipped, t.finished());
    a.escalationRate = metrics::proportion(t.escalated, t.finished());
    return a;
}

PeriodRow periodOf(const QString &period, const WorkTally &t)
{
    PeriodRow row;
    row.period = period;
    row.submitted = t.submitted;
    row.skipped = t.skipped;
    row.escalated = t.escalated;
    row.medianSeconds = median(t.submittedSeconds);
    row.skipRate = metrics::proportion(t.skipped, t.finished());
    row.escalationRate = metrics::proportion(t.escalated, t.finished());
    row.agreement = MetricResult::undefined(Undefined::NoPairableUnits);
    row.goldExact = MetricResult::undefined(Undefined::NoObservations);
    return row;
}

qint64 timeOf(const ActivityRecord &r)
{
    return r.submittedAt > 0 ? r.submittedAt : r.startedAt;
}

QString weekLabel(qint64 seconds)
{
    if (seconds <= 0)
        return QCoreApplication::translate("verdict::QualityReport", "(no date)");
    return QualityReport::weekOf(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

// A ranking as text with ties in a fixed order, to compare two rankings.
QString rankingText(Ranking ranking)
{
    QStringList groups;
    for (QStringList &group : ranking) {
        std::sort(group.begin(), group.end());
        groups << group.join(u',');
    }
    return groups.join(u'>');
}

// The options of a stage: the report's rubric, version and slice.
template<typename Options>
Options stageOptions(const QualityReportOptions &options)
{
    Options stage;
    stage.rubricId = options.rubricId;
    stage.rubricVersion = options.rubricVersion;
    stage.slice = options.slice;
    return stage;
}

// Maps each stage's progress into one bar: stage `index` of `stages`.
Progress stage(const Progress &progress, int index, int stages)
{
    if (!progress)
        return {};
    return [progress, index, stages](int done, int total) {
        const int scaled = index * 1000 + (total > 0 ? done * 1000 / total : 1000);
        return progress(scaled, stages * 1000);
    };
}

} // namespace

QString QualityReport::weekOf(const QDateTime &time)
{
    int year = 0;
    const int week = time.toUTC().date().weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

Result<QualityReport> QualityReport::build(
    Project &project, const QualityReportOptions &options, const Progress &progress)
{
    constexpr int stages = 5;
    QualityReport report;
    report.projectName = project.name();
    report.computedAt = QDateTime::currentDateTimeUtc();
    report.options = options;
    AnnotationQuery query(project.database());

    // Stage 0: agreement per criterion.
    const auto agreement = stageOptions<AgreementOptions>(options);
    auto rows = AgreementAnalysis::run(project, query, agreement, stage(progress, 0, stages));
    if (!rows)
        return rows.error();
    report.agreement = std::move(rows).value();

    // Stage 1: gold accuracy.
    const auto gold = stageOptions<GoldAccuracyOptions>(options);
    auto goldRows = GoldAccuracy::run(project, query, gold, stage(progress, 1, stages));
    if (!goldRows)
        return goldRows.error();
    report.gold = std::move(goldRows).value();

    // Stage 2: activity per annotator, week and batch.
    if (progress && !progress(2 * 1000, stages * 1000))
        return makeError(tr("cancelled"));
    auto uses = query.rubricsInUse();
    if (!uses)
        return uses.error();
    for (const RubricUse &use : *uses) {
        if ((options.rubricId.isEmpty() || use.rubricId == options.rubricId)
            && !report.rubricVersions.contains(use.version))
            report.rubricVersions << use.version;
    }
    std::sort(report.rubricVersions.begin(), report.rubricVersions.end());
    auto keys = query.metaKeys();
    if (!keys)
        return keys.error();
    report.metaKeys = std::move(keys).value();
    AnnotationScope scope{options.rubricId, {}};
    if (options.rubricVersion)
        scope.rubricVersions << *options.rubricVersion;
    auto activity = query.activity(scope);
    if (!activity)
        return activity.error();
    // Activity is sliced by task metadata only: one annotation judges every model of its task.
    QHash<qint64, QString> sliceOfTask;
    const bool slicedByMeta = !options.slice.isEmpty() && options.slice != modelSlice;
    if (slicedByMeta) {
        auto meta = query.taskMeta(options.slice);
        if (!meta)
            return meta.error();
        sliceOfTask = std::move(meta).value();
    }
    std::map<std::pair<QString, QString>, WorkTally> perAnnotator; // (annotator, slice)
    std::map<QString, WorkTally> perWeek;
    std::map<QString, WorkTally> perBatch;
    WorkTally all;
    QHash<std::pair<qint64, int>, int> recordOf; // (task, annotator) -> record
    for (std::size_t i = 0; i < activity->records.size(); ++i) {
        const ActivityRecord &r = activity->records[i];
        perAnnotator[{activity->annotators[r.annotator], sliceOfTask.value(r.task)}].add(r);
        perWeek[weekLabel(timeOf(r))].add(r);
        perBatch[r.batch >= 0 ? activity->batches[r.batch] : QString()].add(r);
        all.add(r);
        recordOf.insert({r.task, r.annotator}, int(i));
    }
    for (const auto &[key, tally] : perAnnotator) {
        report.annotators << activityOf(key.first, tally);
        report.annotators.last().slice = key.second;
    }
    report.everyone = activityOf(tr("Everyone"), all);
    std::map<QString, qsizetype> weekRow;
    std::map<QString, qsizetype> batchRow;
    for (const auto &[week, tally] : perWeek) {
        weekRow[week] = report.byWeek.size();
        report.byWeek << periodOf(week, tally);
    }
    for (const auto &[batch, tally] : perBatch) {
        batchRow[batch] = report.byBatch.size();
        report.byBatch << periodOf(batch, tally);
    }

    // Stage 3: the trend criterion over weeks and batches, and how disagreement is spread.
    if (progress && !progress(3 * 1000, stages * 1000))
        return makeError(tr("cancelled"));
    auto criteria
        = AgreementAnalysis::criteria(project, options.rubricId, options.trendCriterion, options.rubricVersion);
    if (!criteria)
        return criteria.error();
    const CriterionInUse *trend = nullptr;
    for (CriterionKind kind : {CriterionKind::Rating, CriterionKind::Choice, CriterionKind::Ranking}) {
        for (const CriterionInUse &use : *criteria) {
            if (!trend && use.criterion.kind == kind)
                trend = &use;
        }
    }
    if (trend) {
        const Criterion &c = trend->criterion;
        report.trendCriterion = c.key;
        report.trendLevel = c.kind == CriterionKind::Choice ? metrics::Level::Nominal : metrics::Level::Ordinal;
        const AnswerForm form = *CriterionDatasets::formFor(c);
        auto answers = query.answers(c.key, c.per, form, trend->scope);
        if (!answers)
            return answers.error();
        TaskResponses responses;
        if (CriterionDatasets::needsResponses(c)) {
            auto models = query.responseModels();
            if (!models)
                return models.error();
            for (auto it = models->cbegin(); it != models->cend(); ++it)
                responses.insert(it.key(), it.value().keys());
        }
        const CriterionDatasets sets = CriterionDatasets::build(c, *answers, responses);
        const ValueDataset &main = sets.values.constLast();
        // Rater index of the datasets -> annotator index of the activity log.
        QList<int> activityIndex;
        for (const QString &name : sets.annotators)
            activityIndex << int(activity->annotators.indexOf(name));
        const qsizetype units = main.data.unitCount();
        std::map<QString, std::vector<char>> weekUnits;
        std::map<QString, std::vector<char>> batchUnits;
        for (qsizetype u = 0; u < units; ++u) {
            if (main.data.end(u) - main.data.begin(u) < 2)
                continue;
            qint64 latest = 0;
            for (qsizetype i = main.data.begin(u); i < main.data.end(u); ++i) {
                const int record = recordOf.value(
                    {main.units[std::size_t(u)].task, activityIndex.value(main.data.rater(i), -1)}, -1);
                if (record < 0)
                    continue;
                const ActivityRecord &r = activity->records[std::size_t(record)];
                latest = std::max(latest, timeOf(r));
                auto &batch = batchUnits[r.batch >= 0 ? activity->batches[r.batch] : QString()];
                if (batch.empty())
                    batch.assign(std::size_t(units), 0);
                batch[std::size_t(u)] = 1;
            }
            auto &week = weekUnits[weekLabel(latest)];
            if (week.empty())
                week.assign(std::size_t(units), 0);
            week[std::size_t(u)] = 1;
        }
        for (const auto &[week, keep] : weekUnits) {
            if (const auto row = weekRow.find(week); row != weekRow.end())
                report.byWeek[row->second].agreement
                    = metrics::krippendorffAlpha(main.subset(keep).data, *report.trendLevel);
        }
        for (const auto &[batch, keep] : batchUnits) {
            if (const auto row = batchRow.find(batch); row != batchRow.end())
                report.byBatch[row->second].agreement
                    = metrics::krippendorffAlpha(main.subset(keep).data, *report.trendLevel);
        }

        // Gold accuracy on the trend criterion, by the period of each annotation.
        auto goldAnswers = query.goldAnswers(c.key, c.per, form);
        if (!goldAnswers)
            return goldAnswers.error();
        QHash<std::pair<qint64, QString>, QString> truth; // (task, response) -> value as text
        for (std::size_t i = 0; i < goldAnswers->size(); ++i) {
            const QString response
                = goldAnswers->response[i] >= 0 ? goldAnswers->responseIds[goldAnswers->response[i]] : QString();
            QString value;
            if (form == AnswerForm::Number)
                value = QString::number(goldAnswers->number[i]);
            else if (form == AnswerForm::Text)
                value = goldAnswers->texts[qsizetype(goldAnswers->number[i])];
            else if (const auto ranking = answers::ranking(json::parse(goldAnswers->json[i], nullptr, false)))
                value = rankingText(*ranking);
            if (!value.isEmpty())
                truth.insert({goldAnswers->task[i], response}, value);
        }
        std::map<QString, std::pair<qint64, qint64>> weekGold;
        std::map<QString, std::pair<qint64, qint64>> batchGold;
        for (std::size_t i = 0; i < answers->size() && !truth.isEmpty(); ++i) {
            const QString response = answers->response[i] >= 0 ? answers->responseIds[answers->response[i]] : QString();
            const auto expected = truth.constFind({answers->task[i], response});
            if (expected == truth.constEnd())
                continue;
            QString value;
            if (form == AnswerForm::Number)
                value = QString::number(answers->number[i]);
            else if (form == AnswerForm::Text)
                value = answers->texts[qsizetype(answers->number[i])];
            else if (const auto ranking = answers::ranking(json::parse(answers->json[i], nullptr, false)))
                value = rankingText(*ranking);
            if (value.isEmpty())
                continue;
            const int record = recordOf.value(
                {answers->task[i], int(activity->annotators.indexOf(answers->annotators[answers->annotator[i]]))}, -1);
            if (record < 0)
                continue;
            const ActivityRecord &r = activity->records[std::size_t(record)];
            const bool same = value == *expected;
            for (auto *tally :
                {&weekGold[weekLabel(timeOf(r))], &batchGold[r.batch >= 0 ? activity->batches[r.batch] : QString()]}) {
                ++tally->second;
                tally->first += same ? 1 : 0;
            }
        }
        const auto share = [](const std::pair<qint64, qint64> &t) {
            return MetricResult::of(double(t.first) / double(t.second), t.second, 1, t.second);
        };
        for (const auto &[week, t] : weekGold) {
            if (const auto row = weekRow.find(week); row != weekRow.end())
                report.byWeek[row->second].goldExact = share(t);
        }
        for (const auto &[batch, t] : batchGold) {
            if (const auto row = batchRow.find(batch); row != batchRow.end())
                report.byBatch[row->second].goldExact = share(t);
        }

        // Disagreement per unit: the spread of ratings (highest minus lowest),
        // or for categories whether the raters were unanimous, had a majority, or split.
        const bool rating = c.kind == CriterionKind::Rating;
        report.disagreementMeasure = rating
            ? tr("units by the spread of their ratings (highest minus lowest)")
            : tr("units by whether their raters were unanimous, had a majority, or split");
        std::map<int, qint64> bins;
        for (qsizetype u = 0; u < units; ++u) {
            const qsizetype b = main.data.begin(u);
            const qsizetype e = main.data.end(u);
            if (e - b < 2)
                continue;
            if (rating) {
                double lo = main.data.value(b);
                double hi = lo;
                for (qsizetype i = b; i < e; ++i) {
                    lo = std::min(lo, main.data.value(i));
                    hi = std::max(hi, main.data.value(i));
                }
                ++bins[int(hi - lo)];
            } else {
                std::map<double, int> counts;
                for (qsizetype i = b; i < e; ++i)
                    ++counts[main.data.value(i)];
                int most = 0;
                for (const auto &[value, count] : counts)
                    most = std::max(most, count);
                ++bins[counts.size() == 1 ? 0 : (2 * most > e - b ? 1 : 2)];
            }
        }
        if (rating) {
            for (int spread = 0; spread <= c.scaleMax - c.scaleMin; ++spread)
                report.disagreement << DisagreementBin{QString::number(spread), bins[spread]};
        } else {
            report.disagreement << DisagreementBin{tr("unanimous"), bins[0]} << DisagreementBin{tr("majority"), bins[1]}
                                << DisagreementBin{tr("split"), bins[2]};
        }
    }

    // Stage 4: models.
    auto models = stageOptions<ModelComparisonOptions>(options);
    if (models.slice == modelSlice)
        models.slice.clear();
    models.replicates = options.replicates;
    auto comparison = ModelComparison::run(project, query, models, stage(progress, 4, stages));
    if (!comparison)
        return comparison.error();
    report.models = std::move(comparison).value();
    if (progress)
        progress(stages * 1000, stages * 1000);
    return report;
}

} // namespace verdict
