#include "metrics/goldaccuracy.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"
#include "metrics/criteriondatasets.h"
#include "metrics/rankingmetrics.h"
#include "metrics/slicer.h"
#include "metrics/spanmetrics.h"
#include "store/annotationquery.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace verdict {

namespace {

using nlohmann::json;

struct GoldTally
{
    qint64 units = 0;
    qint64 exact = 0;
    qint64 withinOne = 0;
    double absoluteError = 0;
    qint64 pairs = 0;
    qint64 pairsAgreeing = 0;
    metrics::SpanCounts spans;
    QSet<qint64> tasks;
};

MetricResult share(qint64 count, qint64 total)
{
    if (total == 0)
        return MetricResult::undefined(Undefined::NoObservations);
    return MetricResult::of(double(count) / double(total), total, 1, total);
}

// The answer of one unit as a set that ignores order, for exact comparison.
QStringList canonical(const json *value, CriterionKind kind)
{
    QStringList items;
    if (!value || value->is_null())
        return items;
    switch (kind) {
    case CriterionKind::MultiChoice:
        if (value->is_array()) {
            for (const json &item : *value) {
                if (item.is_string())
                    items << fromStd(item.get_ref<const std::string &>());
            }
        }
        break;
    case CriterionKind::Flags:
        if (const auto flags = answers::flags(*value)) {
            for (const Flag &flag : *flags)
                items << flag.category + u'\x1f' + flag.severity;
        }
        break;
    case CriterionKind::Spans:
        if (const auto spans = answers::spans(*value)) {
            for (const Span &span : *spans)
                items << QStringLiteral("%1:%2:").arg(span.start).arg(span.end) + span.label;
        }
        break;
    default:
        break;
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

const json *partFor(const json &value, Scope per, const QString &response)
{
    return per == Scope::Task ? &value : answers::forResponse(value, response);
}

QString slicedKey(const QString &annotator, const QString &slice)
{
    return annotator + u'\x1f' + slice;
}

} // namespace

Result<QList<GoldAccuracyRow>> GoldAccuracy::run(
    Project &project, const GoldAccuracyOptions &options, const Progress &progress)
{
    const AnnotationQuery query(project.database());
    return run(project, query, options, progress);
}

Result<QList<GoldAccuracyRow>> GoldAccuracy::run(
    Project &project, const AnnotationQuery &query, const GoldAccuracyOptions &options, const Progress &progress)
{
    auto selected = AgreementAnalysis::criteria(project, options.rubricId, options.criterion, options.rubricVersion);
    if (!selected)
        return selected.error();
    if (!options.criterion.isEmpty() && selected->isEmpty())
        return makeError(tr("no rubric has a criterion \"%1\"").arg(options.criterion));
    auto models = query.responseModels();
    if (!models)
        return models.error();
    auto slicer = Slicer::load(query, options.slice, *models);
    if (!slicer)
        return slicer.error();

    QList<GoldAccuracyRow> rows;
    const int total = int(selected->size());
    for (int step = 0; step < total; ++step) {
        if (progress && !progress(step, total))
            return makeError(tr("cancelled"));
        const CriterionInUse &use = selected->at(step);
        const Criterion &c = use.criterion;
        const auto form = CriterionDatasets::formFor(c);
        if (!form)
            continue;
        auto gold = query.goldAnswers(c.key, c.per, *form);
        if (!gold)
            return gold.error();
        if (gold->size() == 0)
            continue;
        auto given = query.answers(c.key, c.per, *form, use.scope);
        if (!given)
            return given.error();

        // Gold by (task, response id): numbers and texts; whole values for JSON forms.
        QHash<std::pair<qint64, QString>, double> goldNumbers;
        QHash<std::pair<qint64, QString>, QString> goldTexts;
        QHash<qint64, json> goldJson;
        for (std::size_t i = 0; i < gold->size(); ++i) {
            const QString response = gold->response[i] >= 0 ? gold->responseIds[gold->response[i]] : QString();
            if (*form == AnswerForm::Number)
                goldNumbers.insert({gold->task[i], response}, gold->number[i]);
            else if (*form == AnswerForm::Text)
                goldTexts.insert({gold->task[i], response}, gold->texts[qsizetype(gold->number[i])]);
            else if (!gold->json[i].empty())
                goldJson.insert(gold->task[i], json::parse(gold->json[i], nullptr, false));
        }

        std::map<QString, GoldTally> tallies; // by annotator and slice
        const auto tally = [&](const QString &annotator, qint64 task, const QString &response) -> QList<GoldTally *> {
            QList<GoldTally *> list;
            for (const QString &slice : slicer->valuesFor(task, response)) {
                GoldTally &t = tallies[slicedKey(annotator, slice)];
                t.tasks.insert(task);
                list << &t;
            }
            return list;
        };

        for (std::size_t i = 0; i < given->size(); ++i) {
            const qint64 task = given->task[i];
            const QString annotator = given->annotators[given->annotator[i]];
            const QString response = given->response[i] >= 0 ? given->responseIds[given->response[i]] : QString();
            if (*form == AnswerForm::Number) {
                const auto g = goldNumbers.constFind({task, response});
                if (g == goldNumbers.constEnd())
                    continue;
                const double d = std::abs(given->number[i] - *g);
                for (GoldTally *t : tally(annotator, task, response)) {
                    ++t->units;
                    t->exact += d == 0 ? 1 : 0;
                    t->withinOne += d <= 1 ? 1 : 0;
                    t->absoluteError += d;
                }
                continue;
            }
            if (*form == AnswerForm::Text) {
                const auto g = goldTexts.constFind({task, response});
                if (g == goldTexts.constEnd())
                    continue;
                const bool same = given->texts[qsizetype(given->number[i])] == *g;
                for (GoldTally *t : tally(annotator, task, response)) {
                    ++t->units;
                    t->exact += same ? 1 : 0;
                }
                continue;
            }
            const auto g = goldJson.constFind(task);
            if (g == goldJson.constEnd() || g->is_discarded())
                continue;
            const json value = given->json[i].empty() ? json() : json::parse(given->json[i], nullptr, false);
            if (value.is_discarded())
                continue;
            if (c.kind == CriterionKind::Ranking) {
                const auto mine = answers::ranking(value);
                const auto truth = answers::ranking(*g);
                if (!mine || !truth || mine->isEmpty())
                    continue;
                const QHash<QString, int> placesMine = answers::places(*mine);
                const QHash<QString, int> placesTruth = answers::places(*truth);
                QStringList ids = placesTruth.keys();
                std::sort(ids.begin(), ids.end());
                qint64 pairs = 0;
                qint64 agreeing = 0;
                for (qsizetype a = 0; a < ids.size(); ++a) {
                    for (qsizetype b = a + 1; b < ids.size(); ++b) {
                        const auto p = metrics::preference(placesMine, ids[a], ids[b]);
                        if (!p)
                            continue;
                        ++pairs;
                        agreeing += *p == *metrics::preference(placesTruth, ids[a], ids[b]) ? 1 : 0;
                    }
                }
                for (GoldTally *t : tally(annotator, task, QString())) {
                    ++t->units;
                    t->exact += placesMine == placesTruth ? 1 : 0;
                    t->pairs += pairs;
                    t->pairsAgreeing += agreeing;
                }
                continue;
            }
            // Multichoice, flags, spans: one unit per task, or per response of the task.
            QStringList units{QString()};
            if (c.per == Scope::Response) {
                units = models->value(task).keys();
                std::sort(units.begin(), units.end());
            }
            for (const QString &unit : units) {
                const json *mine = partFor(value, c.per, unit);
                const json *truth = partFor(*g, c.per, unit);
                const bool same = canonical(mine, c.kind) == canonical(truth, c.kind);
                metrics::SpanCounts spans;
                if (c.kind == CriterionKind::Spans) {
                    const auto truthSpans = truth ? answers::spans(*truth) : QList<Span>();
                    const auto mineSpans = mine ? answers::spans(*mine) : QList<Span>();
                    for (const Option &label : c.labels)
                        spans += metrics::compareSpans(
                            truthSpans.value_or(QList<Span>()), mineSpans.value_or(QList<Span>()), label.key);
                }
                for (GoldTally *t : tally(annotator, task, unit)) {
                    ++t->units;
                    t->exact += same ? 1 : 0;
                    t->spans += spans;
                }
            }
        }

        for (const auto &[key, t] : tallies) {
            if (t.units == 0)
                continue;
            GoldAccuracyRow row;
            row.rubricId = use.rubricId;
            row.criterion = c.key;
            row.kind = c.kind;
            row.per = c.per;
            row.annotator = key.section(u'\x1f', 0, 0);
            row.slice = key.section(u'\x1f', 1);
            row.tasks = t.tasks.size();
            row.exact = share(t.exact, t.units);
            if (c.kind == CriterionKind::Rating) {
                row.withinOne = share(t.withinOne, t.units);
                row.meanAbsoluteError = MetricResult::of(t.absoluteError / double(t.units), t.units, 1, t.units);
            }
            if (c.kind == CriterionKind::Ranking)
                row.pairwise = share(t.pairsAgreeing, t.pairs);
            if (c.kind == CriterionKind::Spans) {
                row.spanF1 = metrics::overlapF1(t.spans);
                row.spanF1->units = t.units;
                row.spanF1->raters = 1;
                row.spanF1->pairs = t.units;
            }
            rows << row;
        }
    }
    if (progress)
        progress(total, total);
    return rows;
}

} // namespace verdict
