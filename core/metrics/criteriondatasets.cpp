#include "metrics/criteriondatasets.h"

#include "codecs/jsonfields.h"
#include "metrics/rankingmetrics.h"

#include <QSet>

#include <algorithm>

namespace verdict {

namespace {

using nlohmann::json;

// Rows of a Number or Text read: one value per (task, response, annotator).
void buildPlain(const Criterion &criterion, const CriterionAnswers &answers, CriterionDatasets &out)
{
    ValueDataset set;
    set.aspect = QStringLiteral("value");
    set.level = criterion.kind == CriterionKind::Rating ? metrics::Level::Ordinal : metrics::Level::Nominal;
    // Choice values become the option's place in the rubric (unknown ones after them).
    std::vector<double> code(std::size_t(answers.texts.size()), 0);
    for (qsizetype i = 0; i < answers.texts.size(); ++i) {
        qsizetype place = -1;
        for (qsizetype o = 0; o < criterion.options.size() && place < 0; ++o) {
            if (criterion.options[o].key == answers.texts[i])
                place = o;
        }
        code[std::size_t(i)] = double(place >= 0 ? place : criterion.options.size() + i);
    }
    const bool text = criterion.kind != CriterionKind::Rating;
    const std::size_t n = answers.size();
    set.data.reserve(qsizetype(n / 2 + 1), qsizetype(n));
    for (std::size_t i = 0; i < n;) {
        const qint64 task = answers.task[i];
        const qint32 response = answers.response[i];
        std::size_t j = i;
        for (; j < n && answers.task[j] == task && answers.response[j] == response; ++j) {
            const double v = answers.number[j];
            set.data.add(answers.annotator[j], text ? code[std::size_t(v)] : v);
        }
        set.data.endUnit();
        set.units.push_back(UnitKey{task, response >= 0 ? answers.responseIds[response] : QString(), {}});
        i = j;
    }
    out.values << std::move(set);
}

// One annotation's value for one unit: the criterion's value, or for a
// per-response criterion the part of it for that response.
const json *unitValue(const json &value, Scope per, const QString &response)
{
    if (per == Scope::Task)
        return &value;
    return answers::forResponse(value, response);
}

QStringList responsesOf(const TaskResponses &responses, qint64 task)
{
    QStringList ids = responses.value(task);
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The annotations of one task: annotator index and parsed value (null when absent).
using TaskAnnotations = QList<std::pair<int, json>>;

void addChoices(const Criterion &c, qint64 task, const QStringList &units, const TaskAnnotations &annotations,
    QList<ValueDataset> &sets)
{
    for (const QString &response : units) {
        for (qsizetype o = 0; o < c.options.size(); ++o) {
            ValueDataset &set = sets[o];
            for (const auto &[annotator, value] : annotations) {
                const json *v = unitValue(value, c.per, response);
                bool chosen = false;
                if (v && v->is_array()) {
                    for (const json &item : *v)
                        chosen = chosen
                            || (item.is_string() && fromStd(item.get_ref<const std::string &>()) == c.options[o].key);
                } else if (v && !v->is_null()) {
                    continue; // not a list of options: leave this annotator out of the unit
                }
                set.data.add(annotator, chosen ? 1 : 0);
            }
            set.data.endUnit();
            set.units.push_back(UnitKey{task, response, {}});
        }
    }
}

void addFlags(const Criterion &c, qint64 task, const QStringList &units, const TaskAnnotations &annotations,
    QList<ValueDataset> &sets)
{
    const qsizetype categories = c.categories.size();
    for (const QString &response : units) {
        for (qsizetype k = 0; k < categories; ++k) {
            ValueDataset &presence = sets[2 * k];
            ValueDataset &severity = sets[2 * k + 1];
            for (const auto &[annotator, value] : annotations) {
                const json *v = unitValue(value, c.per, response);
                std::optional<QList<Flag>> flags = v && !v->is_null() ? answers::flags(*v) : QList<Flag>();
                if (!flags)
                    continue;
                int level = 0; // 0 = not flagged, 1 + the severity's place otherwise
                for (const Flag &flag : *flags) {
                    if (flag.category != c.categories[k].key)
                        continue;
                    int place = 0;
                    for (qsizetype s = 0; s < c.severities.size(); ++s) {
                        if (c.severities[s].key == flag.severity)
                            place = int(s);
                    }
                    level = std::max(level, place + 1);
                }
                presence.data.add(annotator, level > 0 ? 1 : 0);
                severity.data.add(annotator, level);
            }
            for (ValueDataset *set : {&presence, &severity}) {
                set->data.endUnit();
                set->units.push_back(UnitKey{task, response, {}});
            }
        }
    }
}

void addSpans(
    const Criterion &c, qint64 task, const QStringList &units, const TaskAnnotations &annotations, SpanDataset &spans)
{
    for (const QString &response : units) {
        SpanDataset::Unit unit;
        unit.key = UnitKey{task, response, {}};
        for (const auto &[annotator, value] : annotations) {
            const json *v = unitValue(value, c.per, response);
            std::optional<QList<Span>> list = v && !v->is_null() ? answers::spans(*v) : QList<Span>();
            if (list)
                unit.byAnnotator << std::pair{annotator, *list};
        }
        if (unit.byAnnotator.size() >= 2)
            spans.units.push_back(std::move(unit));
    }
}

void addRanking(qint64 task, QStringList responses, const TaskAnnotations &annotations, ValueDataset &preferences,
    RankingDataset &rankings)
{
    QList<std::pair<int, QHash<QString, int>>> byAnnotator;
    QSet<QString> placed;
    for (const auto &[annotator, value] : annotations) {
        const auto ranking = answers::ranking(value);
        if (!ranking || ranking->isEmpty())
            continue;
        const QHash<QString, int> places = answers::places(*ranking);
        for (auto it = places.begin(); it != places.end(); ++it)
            placed.insert(it.key());
        byAnnotator << std::pair{annotator, places};
    }
    if (responses.isEmpty()) {
        responses = QStringList(placed.begin(), placed.end());
        std::sort(responses.begin(), responses.end());
    }
    for (qsizetype i = 0; i < responses.size(); ++i) {
        for (qsizetype j = i + 1; j < responses.size(); ++j) {
            for (const auto &[annotator, places] : byAnnotator) {
                if (const auto p = metrics::preference(places, responses[i], responses[j]))
                    preferences.data.add(annotator, *p);
            }
            preferences.data.endUnit();
            preferences.units.push_back(UnitKey{task, responses[i], responses[j]});
        }
    }
    if (byAnnotator.size() < 2)
        return;
    RankingDataset::TaskRankings summary;
    summary.task = task;
    for (qsizetype a = 0; a < byAnnotator.size(); ++a) {
        for (qsizetype b = a + 1; b < byAnnotator.size(); ++b) {
            std::vector<double> x;
            std::vector<double> y;
            for (const QString &id : responses) {
                const auto pa = byAnnotator[a].second.constFind(id);
                const auto pb = byAnnotator[b].second.constFind(id);
                if (pa != byAnnotator[a].second.constEnd() && pb != byAnnotator[b].second.constEnd()) {
                    x.push_back(*pa);
                    y.push_back(*pb);
                }
            }
            ++summary.compared;
            const MetricResult tau = metrics::kendallTauB(x, y);
            if (!tau.defined())
                continue;
            summary.tauSum += *tau.value;
            ++summary.defined;
            for (int rater : {byAnnotator[a].first, byAnnotator[b].first}) {
                if (!summary.raters.contains(rater))
                    summary.raters << rater;
            }
        }
    }
    rankings.tasks.push_back(std::move(summary));
}

} // namespace

ValueDataset ValueDataset::subset(const std::vector<char> &keep) const
{
    ValueDataset out;
    out.part = part;
    out.aspect = aspect;
    out.level = level;
    for (qsizetype u = 0; u < data.unitCount(); ++u) {
        if (!keep[std::size_t(u)])
            continue;
        for (qsizetype i = data.begin(u); i < data.end(u); ++i)
            out.data.add(data.rater(i), data.value(i));
        out.data.endUnit();
        out.units.push_back(units[std::size_t(u)]);
    }
    return out;
}

std::optional<AnswerForm> CriterionDatasets::formFor(const Criterion &criterion)
{
    switch (criterion.kind) {
    case CriterionKind::Rating:
        return AnswerForm::Number;
    case CriterionKind::Choice:
        return AnswerForm::Text;
    case CriterionKind::Ranking:
    case CriterionKind::MultiChoice:
    case CriterionKind::Spans:
    case CriterionKind::Flags:
        return AnswerForm::Json;
    case CriterionKind::Text:
    case CriterionKind::Rewrite:
        return std::nullopt;
    }
    return std::nullopt;
}

bool CriterionDatasets::needsResponses(const Criterion &criterion)
{
    return criterion.kind == CriterionKind::Ranking
        || (criterion.per == Scope::Response && formFor(criterion) == AnswerForm::Json);
}

CriterionDatasets CriterionDatasets::build(
    const Criterion &c, const CriterionAnswers &answers, const TaskResponses &responses)
{
    CriterionDatasets out;
    out.annotators = answers.annotators;
    const auto form = formFor(c);
    if (!form)
        return out;
    if (*form != AnswerForm::Json) {
        buildPlain(c, answers, out);
        return out;
    }

    ValueDataset preferences;
    switch (c.kind) {
    case CriterionKind::MultiChoice:
        for (const Option &option : c.options)
            out.values << ValueDataset{option.key, QStringLiteral("chosen"), metrics::Level::Nominal, {}, {}};
        break;
    case CriterionKind::Flags:
        for (const Option &category : c.categories) {
            out.values << ValueDataset{category.key, QStringLiteral("presence"), metrics::Level::Nominal, {}, {}};
            out.values << ValueDataset{category.key, QStringLiteral("severity"), metrics::Level::Ordinal, {}, {}};
        }
        break;
    case CriterionKind::Spans:
        for (const Option &label : c.labels)
            out.spanLabels << label.key;
        break;
    case CriterionKind::Ranking:
        preferences.aspect = QStringLiteral("preference");
        preferences.level = metrics::Level::Ordinal;
        out.rankings = RankingDataset();
        break;
    default:
        break;
    }

    const std::size_t n = answers.size();
    for (std::size_t i = 0; i < n;) {
        const qint64 task = answers.task[i];
        TaskAnnotations annotations;
        std::size_t j = i;
        for (; j < n && answers.task[j] == task; ++j) {
            const std::string &text = answers.json[j];
            json value = text.empty() ? json() : json::parse(text, nullptr, false);
            if (value.is_discarded())
                continue;
            annotations << std::pair{int(answers.annotator[j]), std::move(value)};
        }
        i = j;
        const QStringList units = c.per == Scope::Task ? QStringList{QString()} : responsesOf(responses, task);
        switch (c.kind) {
        case CriterionKind::MultiChoice:
            addChoices(c, task, units, annotations, out.values);
            break;
        case CriterionKind::Flags:
            addFlags(c, task, units, annotations, out.values);
            break;
        case CriterionKind::Spans:
            addSpans(c, task, units, annotations, out.spans);
            break;
        case CriterionKind::Ranking:
            addRanking(task, responsesOf(responses, task), annotations, preferences, *out.rankings);
            break;
        default:
            break;
        }
    }
    if (c.kind == CriterionKind::Ranking)
        out.values << std::move(preferences);
    return out;
}

} // namespace verdict
