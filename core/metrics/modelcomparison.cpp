#include "metrics/modelcomparison.h"

#include "domain/answers.h"
#include "metrics/rankingmetrics.h"
#include "metrics/slicer.h"
#include "store/annotationquery.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace verdict {

namespace {

using nlohmann::json;

struct PairTally
{
    qint64 winsA = 0;
    qint64 ties = 0;
    qint64 winsB = 0;
};

// Everything gathered for one slice.
struct SliceTally
{
    std::map<std::pair<QString, QString>, PairTally> pairs;
    // Per task, the judgments between each pair of models (for the bootstrap).
    std::map<qint64, std::map<std::pair<QString, QString>, std::pair<double, double>>> byTask;
    // (criterion, key, model) -> (responses marked, responses judged)
    std::map<std::tuple<QString, QString, QString>, std::pair<qint64, qint64>> marks;
};

} // namespace

Result<ModelComparison> ModelComparison::run(
    Project &project, const ModelComparisonOptions &options, const Progress &progress)
{
    const AnnotationQuery query(project.database());
    return run(project, query, options, progress);
}

Result<ModelComparison> ModelComparison::run(
    Project &project, const AnnotationQuery &query, const ModelComparisonOptions &options, const Progress &progress)
{
    if (options.slice == modelSlice)
        return makeError(tr("the comparison is already per model; slice it by a task metadata key"));
    auto selected = AgreementAnalysis::criteria(project, options.rubricId, QString(), options.rubricVersion);
    if (!selected)
        return selected.error();
    ModelComparison result;
    result.sliceField = options.slice;
    result.seed = options.seed;
    result.replicates = options.replicates;
    const CriterionInUse *ranking = nullptr;
    for (const CriterionInUse &use : *selected) {
        const bool wanted = options.criterion.isEmpty() ? use.criterion.kind == CriterionKind::Ranking
                                                        : use.criterion.key == options.criterion;
        if (wanted) {
            ranking = &use;
            break;
        }
    }
    if (!options.criterion.isEmpty() && (!ranking || ranking->criterion.kind != CriterionKind::Ranking))
        return makeError(tr("\"%1\" is not a ranking criterion of the rubric").arg(options.criterion));
    if (ranking) {
        result.rubricId = ranking->rubricId;
        result.criterion = ranking->criterion.key;
    } else if (!selected->isEmpty()) {
        result.rubricId = selected->constFirst().rubricId;
    }

    auto models = query.responseModels();
    if (!models)
        return models.error();
    auto slicer = Slicer::load(query, options.slice, *models);
    if (!slicer)
        return slicer.error();
    std::map<QString, SliceTally> slices;

    QList<const CriterionInUse *> marked;
    for (const CriterionInUse &use : *selected) {
        if (use.rubricId == result.rubricId && use.criterion.per == Scope::Response
            && (use.criterion.kind == CriterionKind::Spans || use.criterion.kind == CriterionKind::Flags))
            marked << &use;
    }
    const int total = int(marked.size()) + 2;
    int step = 0;
    const auto advance = [&]() { return !progress || progress(step++, total); };

    if (!advance())
        return makeError(tr("cancelled"));
    if (ranking) {
        auto answers = query.answers(ranking->criterion.key, Scope::Task, AnswerForm::Json, ranking->scope);
        if (!answers)
            return answers.error();
        for (std::size_t i = 0; i < answers->size(); ++i) {
            if (answers->json[i].empty())
                continue;
            const qint64 task = answers->task[i];
            const auto parsed = answers::ranking(json::parse(answers->json[i], nullptr, false));
            if (!parsed || parsed->isEmpty())
                continue;
            const QHash<QString, int> places = answers::places(*parsed);
            const QHash<QString, QString> responseModels = models->value(task);
            QStringList ids = responseModels.keys();
            std::sort(ids.begin(), ids.end());
            SliceTally &tally = slices[slicer->valuesFor(task).value(0)];
            for (qsizetype a = 0; a < ids.size(); ++a) {
                for (qsizetype b = a + 1; b < ids.size(); ++b) {
                    QString idA = ids[a];
                    QString idB = ids[b];
                    QString modelA = responseModels.value(idA);
                    QString modelB = responseModels.value(idB);
                    if (modelA == modelB)
                        continue; // a model against itself says nothing about models
                    if (modelB < modelA) {
                        std::swap(modelA, modelB);
                        std::swap(idA, idB);
                    }
                    const auto p = metrics::preference(places, idA, idB);
                    if (!p)
                        continue;
                    PairTally &pair = tally.pairs[{modelA, modelB}];
                    auto &outcome = tally.byTask[task][{modelA, modelB}];
                    if (*p > 0) {
                        ++pair.winsA;
                        outcome.first += 1;
                    } else if (*p < 0) {
                        ++pair.winsB;
                        outcome.second += 1;
                    } else {
                        ++pair.ties;
                        outcome.first += 0.5;
                        outcome.second += 0.5;
                    }
                }
            }
        }
    }

    for (const CriterionInUse *use : marked) {
        if (!advance())
            return makeError(tr("cancelled"));
        const Criterion &c = use->criterion;
        auto answers = query.answers(c.key, Scope::Response, AnswerForm::Json, use->scope);
        if (!answers)
            return answers.error();
        const QList<Option> &keys = c.kind == CriterionKind::Spans ? c.labels : c.categories;
        for (std::size_t i = 0; i < answers->size(); ++i) {
            const qint64 task = answers->task[i];
            const json value = answers->json[i].empty() ? json() : json::parse(answers->json[i], nullptr, false);
            if (value.is_discarded())
                continue;
            SliceTally &tally = slices[slicer->valuesFor(task).value(0)];
            const QHash<QString, QString> responseModels = models->value(task);
            for (auto it = responseModels.cbegin(); it != responseModels.cend(); ++it) {
                QSet<QString> present;
                if (const json *part = answers::forResponse(value, it.key())) {
                    if (c.kind == CriterionKind::Spans) {
                        for (const Span &span : answers::spans(*part).value_or(QList<Span>()))
                            present.insert(span.label);
                    } else {
                        for (const Flag &flag : answers::flags(*part).value_or(QList<Flag>()))
                            present.insert(flag.category);
                    }
                }
                for (const Option &key : keys) {
                    auto &[count, judged] = tally.marks[{c.key, key.key, it.value()}];
                    ++judged;
                    count += present.contains(key.key) ? 1 : 0;
                }
            }
        }
    }

    if (!advance())
        return makeError(tr("cancelled"));
    for (const auto &[slice, tally] : slices) {
        QStringList names;
        for (const auto &[pair, counts] : tally.pairs) {
            const qint64 n = counts.winsA + counts.ties + counts.winsB;
            result.pairs << ModelPairRow{slice, pair.first, pair.second, n, metrics::proportion(counts.winsA, n),
                metrics::proportion(counts.ties, n), metrics::proportion(counts.winsB, n)};
            names << pair.first << pair.second;
        }
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        std::vector<std::vector<metrics::Comparison>> byTask;
        for (const auto &[task, outcomes] : tally.byTask) {
            std::vector<metrics::Comparison> comparisons;
            for (const auto &[pair, wins] : outcomes)
                comparisons.push_back(metrics::Comparison{
                    int(names.indexOf(pair.first)), int(names.indexOf(pair.second)), wins.first, wins.second});
            byTask.push_back(std::move(comparisons));
        }
        if (!names.isEmpty()) {
            const metrics::BradleyTerryResult fit
                = metrics::bradleyTerry(byTask, int(names.size()), options.replicates, options.seed);
            for (qsizetype m = 0; m < names.size(); ++m)
                result.strengths << ModelStrengthRow{
                    slice, names[m], fit.strengths[m], fit.intervals[m], fit.replicates, fit.failedReplicates};
        }
        for (const auto &[key, counts] : tally.marks) {
            const auto &[criterion, option, model] = key;
            const CriterionInUse *use = *std::find_if(marked.cbegin(), marked.cend(),
                [&criterion](const CriterionInUse *u) { return u->criterion.key == criterion; });
            result.rates << ModelRateRow{
                slice, model, criterion, use->criterion.kind, option, metrics::proportion(counts.first, counts.second)};
        }
    }
    if (progress)
        progress(total, total);
    return result;
}

} // namespace verdict
