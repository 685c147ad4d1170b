#include "metrics/agreementanalysis.h"

#include "metrics/criteriondatasets.h"
#include "metrics/rankingmetrics.h"
#include "metrics/slicer.h"
#include "metrics/spanmetrics.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <map>

namespace verdict {

namespace {

using metrics::Level;
using metrics::Weighting;

const QList<Metric> &metricList()
{
    static const QList<Metric> list{Metric::Alpha, Metric::CohenKappa, Metric::CohenKappaLinear,
        Metric::CohenKappaQuadratic, Metric::FleissKappa, Metric::PercentAgreement, Metric::PairwiseAgreement,
        Metric::KendallTauB, Metric::ExactF1, Metric::OverlapF1};
    return list;
}

// The slice values that occur among `units`, sorted, and per unit which it is in.
template<typename KeyOf>
std::map<QString, std::vector<char>> sliceUnits(const Slicer &slicer, std::size_t count, KeyOf keyOf)
{
    std::map<QString, std::vector<char>> slices;
    for (std::size_t u = 0; u < count; ++u) {
        const UnitKey &key = keyOf(u);
        for (const QString &value : slicer.valuesFor(key.task, key.responseA, key.responseB)) {
            auto &keep = slices[value];
            if (keep.empty())
                keep.assign(count, 0);
            keep[u] = 1;
        }
    }
    return slices;
}

Weighting weightingOf(Metric metric)
{
    switch (metric) {
    case Metric::CohenKappaLinear:
        return Weighting::Linear;
    case Metric::CohenKappaQuadratic:
        return Weighting::Quadratic;
    default:
        return Weighting::Unweighted;
    }
}

class Analyser
{
public:
    Analyser(
        const CriterionInUse &use, const CriterionDatasets &sets, const AgreementOptions &options, QList<Metric> wanted)
        : m_use(use)
        , m_sets(sets)
        , m_options(options)
        , m_wanted(std::move(wanted))
    { }

    void values(const ValueDataset &set, const QString &slice, QList<AgreementRow> &rows) const
    {
        const bool preference = set.aspect == u"preference";
        const bool ordered = set.level != Level::Nominal;
        for (Metric metric : m_wanted) {
            switch (metric) {
            case Metric::Alpha:
                for (Level level : alphaLevels(set)) {
                    AgreementRow row = base(set, metric, slice);
                    row.level = level;
                    row.result = metrics::krippendorffAlpha(set.data, level);
                    rows << row;
                }
                break;
            case Metric::CohenKappa:
            case Metric::CohenKappaLinear:
            case Metric::CohenKappaQuadratic: {
                if (metric != Metric::CohenKappa && !ordered)
                    break;
                if (preference)
                    break;
                AgreementRow row = base(set, metric, slice);
                const metrics::PairwiseKappa kappa = metrics::cohenKappaPairs(set.data, weightingOf(metric));
                row.result = kappa.mean;
                row.raterPairs = kappa.pairs;
                row.raters = m_sets.annotators;
                rows << row;
                break;
            }
            case Metric::FleissKappa:
                if (!preference) {
                    AgreementRow row = base(set, metric, slice);
                    row.result = metrics::fleissKappa(set.data);
                    rows << row;
                }
                break;
            case Metric::PercentAgreement:
            case Metric::PairwiseAgreement:
                if (preference == (metric == Metric::PairwiseAgreement)) {
                    AgreementRow row = base(set, metric, slice);
                    row.result = metrics::percentAgreement(set.data);
                    rows << row;
                }
                break;
            default:
                break;
            }
        }
    }

    void spans(
        const std::vector<const SpanDataset::Unit *> &units, const QString &slice, QList<AgreementRow> &rows) const
    {
        for (const QString &label : m_sets.spanLabels) {
            metrics::SpanCounts counts;
            QSet<int> raters;
            qint64 comparisons = 0;
            for (const SpanDataset::Unit *unit : units) {
                for (qsizetype i = 0; i < unit->byAnnotator.size(); ++i) {
                    for (qsizetype j = i + 1; j < unit->byAnnotator.size(); ++j) {
                        // Both figures are symmetric in the pair, so which annotator comes first
                        // (the order they were stored in) cannot change them.
                        const auto &[a, spansA] = unit->byAnnotator[i];
                        const auto &[b, spansB] = unit->byAnnotator[j];
                        counts += metrics::compareSpans(spansA, spansB, label);
                        raters.insert(a);
                        raters.insert(b);
                        ++comparisons;
                    }
                }
            }
            for (Metric metric : m_wanted) {
                if (metric != Metric::ExactF1 && metric != Metric::OverlapF1)
                    continue;
                AgreementRow row
                    = base(ValueDataset{label, QStringLiteral("spans"), Level::Nominal, {}, {}}, metric, slice);
                if (comparisons == 0) {
                    row.result = MetricResult::undefined(
                        m_sets.annotators.size() == 1 ? Undefined::SingleRater : Undefined::NoPairableUnits);
                } else {
                    row.result
                        = metric == Metric::ExactF1 ? metrics::exactF1(counts) : metrics::mutualOverlapF1(counts);
                    row.result.units = qint64(units.size());
                    row.result.raters = raters.size();
                    row.result.pairs = comparisons;
                }
                rows << row;
            }
        }
    }

    void kendall(const std::vector<const RankingDataset::TaskRankings *> &tasks, const QString &slice,
        QList<AgreementRow> &rows) const
    {
        if (!m_wanted.contains(Metric::KendallTauB))
            return;
        double sum = 0;
        qint64 defined = 0;
        qint64 compared = 0;
        qint64 taskCount = 0;
        QSet<int> raters;
        for (const RankingDataset::TaskRankings *task : tasks) {
            sum += task->tauSum;
            defined += task->defined;
            compared += task->compared;
            taskCount += task->defined > 0 ? 1 : 0;
            for (int rater : task->raters)
                raters.insert(rater);
        }
        AgreementRow row = base(
            ValueDataset{QString(), QStringLiteral("ranking"), Level::Ordinal, {}, {}}, Metric::KendallTauB, slice);
        if (defined > 0)
            row.result = MetricResult::of(sum / double(defined), taskCount, raters.size(), defined);
        else if (compared > 0)
            row.result = MetricResult::undefined(Undefined::NoVariation, 0, 0, compared);
        else
            row.result = MetricResult::undefined(
                m_sets.annotators.size() == 1 ? Undefined::SingleRater : Undefined::NoPairableUnits);
        rows << row;
    }

private:
    QList<Level> alphaLevels(const ValueDataset &set) const
    {
        if (m_options.level)
            return {*m_options.level};
        if (set.aspect == u"value" && m_use.criterion.kind == CriterionKind::Rating)
            return {Level::Ordinal, Level::Interval};
        return {set.level};
    }

    AgreementRow base(const ValueDataset &set, Metric metric, const QString &slice) const
    {
        AgreementRow row;
        row.rubricId = m_use.rubricId;
        row.rubricVersion = m_use.version;
        row.criterion = m_use.criterion.key;
        row.kind = m_use.criterion.kind;
        row.per = m_use.criterion.per;
        row.part = set.part;
        row.aspect = set.aspect;
        row.metric = metric;
        row.slice = slice;
        return row;
    }

    const CriterionInUse &m_use;
    const CriterionDatasets &m_sets;
    const AgreementOptions &m_options;
    QList<Metric> m_wanted;
};

} // namespace

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Alpha:
        return QStringLiteral("alpha");
    case Metric::CohenKappa:
        return QStringLiteral("cohen-kappa");
    case Metric::CohenKappaLinear:
        return QStringLiteral("cohen-kappa-linear");
    case Metric::CohenKappaQuadratic:
        return QStringLiteral("cohen-kappa-quadratic");
    case Metric::FleissKappa:
        return QStringLiteral("fleiss-kappa");
    case Metric::PercentAgreement:
        return QStringLiteral("percent-agreement");
    case Metric::PairwiseAgreement:
        return QStringLiteral("pairwise-agreement");
    case Metric::KendallTauB:
        return QStringLiteral("kendall-tau-b");
    case Metric::ExactF1:
        return QStringLiteral("exact-f1");
    case Metric::OverlapF1:
        return QStringLiteral("overlap-f1");
    }
    return {};
}

std::optional<Metric> metricFromName(const QString &name)
{
    for (Metric metric : metricList()) {
        if (metricName(metric) == name)
            return metric;
    }
    return std::nullopt;
}

QList<Metric> allMetrics()
{
    return metricList();
}

QString metricTitle(Metric metric)
{
    switch (metric) {
    case Metric::Alpha:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Krippendorff's α");
    case Metric::CohenKappa:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Cohen's κ");
    case Metric::CohenKappaLinear:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Cohen's κ, linear weights");
    case Metric::CohenKappaQuadratic:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Cohen's κ, quadratic weights");
    case Metric::FleissKappa:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Fleiss' κ");
    case Metric::PercentAgreement:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Percent agreement");
    case Metric::PairwiseAgreement:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Pairwise preference agreement");
    case Metric::KendallTauB:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Kendall's τ-b");
    case Metric::ExactF1:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Exact-match F1");
    case Metric::OverlapF1:
        return QCoreApplication::translate("verdict::AgreementAnalysis", "Overlap F1");
    }
    return {};
}

QList<Metric> AgreementAnalysis::applicable(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Rating:
    case CriterionKind::Flags:
        return {Metric::Alpha, Metric::CohenKappa, Metric::CohenKappaLinear, Metric::CohenKappaQuadratic,
            Metric::FleissKappa, Metric::PercentAgreement};
    case CriterionKind::Choice:
    case CriterionKind::MultiChoice:
        return {Metric::Alpha, Metric::CohenKappa, Metric::FleissKappa, Metric::PercentAgreement};
    case CriterionKind::Ranking:
        return {Metric::Alpha, Metric::PairwiseAgreement, Metric::KendallTauB};
    case CriterionKind::Spans:
        return {Metric::ExactF1, Metric::OverlapF1};
    case CriterionKind::Text:
    case CriterionKind::Rewrite:
        return {};
    }
    return {};
}

QList<Metric> AgreementAnalysis::defaults(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Rating:
        return {Metric::Alpha, Metric::CohenKappaQuadratic, Metric::PercentAgreement};
    case CriterionKind::Choice:
        return {Metric::Alpha, Metric::CohenKappa, Metric::FleissKappa, Metric::PercentAgreement};
    case CriterionKind::MultiChoice:
    case CriterionKind::Flags:
        return {Metric::Alpha, Metric::PercentAgreement};
    case CriterionKind::Ranking:
        return {Metric::Alpha, Metric::PairwiseAgreement, Metric::KendallTauB};
    case CriterionKind::Spans:
        return {Metric::ExactF1, Metric::OverlapF1};
    case CriterionKind::Text:
    case CriterionKind::Rewrite:
        return {};
    }
    return {};
}

Result<QList<CriterionInUse>> AgreementAnalysis::criteria(
    Project &project, const QString &rubricId, const QString &criterion, std::optional<int> rubricVersion)
{
    // From the rubric table, not the annotations: a version nobody used adds
    // nothing to the reads, and scanning a million annotations to find the
    // versions in use would cost more than the agreement itself.
    auto rubrics = project.rubrics().all();
    if (!rubrics)
        return rubrics.error();
    // Newest version first, so each criterion takes its newest definition.
    QList<Rubric> list = *rubrics;
    std::stable_sort(list.begin(), list.end(),
        [](const Rubric &a, const Rubric &b) { return a.id != b.id ? a.id < b.id : a.version > b.version; });
    QList<CriterionInUse> result;
    for (const Rubric &rubric : list) {
        // A draft has no annotations yet, and its edits must not redefine the criteria.
        if (rubric.status != RubricStatus::Published)
            continue;
        if (!rubricId.isEmpty() && rubric.id != rubricId)
            continue;
        if (rubricVersion && rubric.version != *rubricVersion)
            continue;
        for (const Criterion &c : rubric.criteria) {
            if (!criterion.isEmpty() && c.key != criterion)
                continue;
            const auto known = std::find_if(result.begin(), result.end(),
                [&](const CriterionInUse &u) { return u.rubricId == rubric.id && u.criterion.key == c.key; });
            if (known == result.end()) {
                result << CriterionInUse{rubric.id, rubric.version, c, AnnotationScope{rubric.id, {rubric.version}}};
            } else if (known->criterion.kind == c.kind && known->criterion.per == c.per) {
                known->scope.rubricVersions << rubric.version;
            }
        }
    }
    return result;
}

Result<QList<AgreementRow>> AgreementAnalysis::run(
    Project &project, const AgreementOptions &options, const Progress &progress)
{
    const AnnotationQuery query(project.database());
    return run(project, query, options, progress);
}

Result<QList<AgreementRow>> AgreementAnalysis::run(
    Project &project, const AnnotationQuery &query, const AgreementOptions &options, const Progress &progress)
{
    auto selected = criteria(project, options.rubricId, options.criterion, options.rubricVersion);
    if (!selected)
        return selected.error();
    if (!options.criterion.isEmpty() && selected->isEmpty())
        return makeError(tr("no rubric has a criterion \"%1\"").arg(options.criterion));

    bool needResponses = options.slice == modelSlice;
    for (const CriterionInUse &use : *selected)
        needResponses = needResponses || CriterionDatasets::needsResponses(use.criterion);
    QHash<qint64, QHash<QString, QString>> models;
    TaskResponses responses;
    if (needResponses) {
        auto read = query.responseModels();
        if (!read)
            return read.error();
        models = std::move(read).value();
        for (auto it = models.cbegin(); it != models.cend(); ++it)
            responses.insert(it.key(), it.value().keys());
    }
    auto slicer = Slicer::load(query, options.slice, models);
    if (!slicer)
        return slicer.error();

    QList<AgreementRow> rows;
    const int total = int(selected->size());
    for (int step = 0; step < total; ++step) {
        if (progress && !progress(step, total))
            return makeError(tr("cancelled"));
        const CriterionInUse &use = selected->at(step);
        const auto form = CriterionDatasets::formFor(use.criterion);
        if (!form)
            continue;
        QList<Metric> wanted;
        for (Metric metric : options.metrics.isEmpty() ? defaults(use.criterion.kind) : options.metrics) {
            if (applicable(use.criterion.kind).contains(metric))
                wanted << metric;
        }
        if (wanted.isEmpty())
            continue;
        auto answers = query.answers(use.criterion.key, use.criterion.per, *form, use.scope);
        if (!answers)
            return answers.error();
        const CriterionDatasets sets = CriterionDatasets::build(use.criterion, *answers, responses);
        const Analyser analyser(use, sets, options, wanted);

        if (!slicer->active()) {
            for (const ValueDataset &set : sets.values)
                analyser.values(set, QString(), rows);
            std::vector<const SpanDataset::Unit *> spanUnits;
            for (const auto &unit : sets.spans.units)
                spanUnits.push_back(&unit);
            if (!sets.spanLabels.isEmpty())
                analyser.spans(spanUnits, QString(), rows);
            if (sets.rankings) {
                std::vector<const RankingDataset::TaskRankings *> tasks;
                for (const auto &task : sets.rankings->tasks)
                    tasks.push_back(&task);
                analyser.kendall(tasks, QString(), rows);
            }
            continue;
        }
        // Sliced: the rows of each slice value together, in the order of the values.
        std::map<QString, QList<AgreementRow>> bySlice;
        for (const ValueDataset &set : sets.values) {
            const auto slices = sliceUnits(
                *slicer, set.units.size(), [&set](std::size_t u) -> const UnitKey & { return set.units[u]; });
            for (const auto &[value, keep] : slices)
                analyser.values(set.subset(keep), value, bySlice[value]);
        }
        if (!sets.spanLabels.isEmpty()) {
            const auto slices = sliceUnits(*slicer, sets.spans.units.size(),
                [&sets](std::size_t u) -> const UnitKey & { return sets.spans.units[u].key; });
            for (const auto &[value, keep] : slices) {
                std::vector<const SpanDataset::Unit *> units;
                for (std::size_t u = 0; u < keep.size(); ++u) {
                    if (keep[u])
                        units.push_back(&sets.spans.units[u]);
                }
                analyser.spans(units, value, bySlice[value]);
            }
        }
        if (sets.rankings) {
            std::vector<UnitKey> keys;
            for (const auto &task : sets.rankings->tasks)
                keys.push_back(UnitKey{task.task, {}, {}});
            const auto slices
                = sliceUnits(*slicer, keys.size(), [&keys](std::size_t u) -> const UnitKey & { return keys[u]; });
            for (const auto &[value, keep] : slices) {
                std::vector<const RankingDataset::TaskRankings *> tasks;
                for (std::size_t u = 0; u < keep.size(); ++u) {
                    if (keep[u])
                        tasks.push_back(&sets.rankings->tasks[u]);
                }
                analyser.kendall(tasks, value, bySlice[value]);
            }
        }
        for (auto &[value, sliceRows] : bySlice)
            rows << sliceRows;
    }
    if (progress)
        progress(total, total);
    return rows;
}

} // namespace verdict
