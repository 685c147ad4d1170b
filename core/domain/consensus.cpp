#include "domain/consensus.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace verdict {

namespace {

using nlohmann::json;

// One annotator's value for one unit (the task, or one response).
struct Vote
{
    QString annotator;
    json value;
};

json normalisedRanking(const json &value)
{
    auto ranking = answers::ranking(value);
    if (!ranking)
        return value;
    for (QStringList &group : *ranking)
        group.sort();
    return answers::toJson(*ranking);
}

// Values compared as a whole: the most common one carries or not.
struct Outcome
{
    std::optional<json> agreed;
    double disagreement = 0;
};

Outcome wholeValue(const QList<Vote> &votes, const ConsensusRule &rule, CriterionKind kind, const Criterion &c)
{
    Outcome out;
    const int n = int(votes.size());
    if (n == 0)
        return out;
    std::map<std::string, std::pair<int, json>> counts; // dumped value -> (count, value)
    for (const Vote &v : votes) {
        json value = kind == CriterionKind::Ranking ? normalisedRanking(v.value) : v.value;
        if (kind == CriterionKind::Rewrite && value.is_object() && value.contains("text") && value["text"].is_string())
            value["text"] = toStd(fromStd(value["text"].get<std::string>()).trimmed());
        auto &entry = counts[value.dump()];
        ++entry.first;
        entry.second = value;
    }
    const auto best = std::max_element(
        counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second.first < b.second.first; });
    if (rule.carries(best->second.first, n))
        out.agreed = best->second.second;

    if (kind == CriterionKind::Rating && c.scaleMax > c.scaleMin) {
        // Mean distance between every two ratings, as a share of the scale.
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (votes[i].value.is_number() && votes[j].value.is_number()) {
                    sum += std::abs(votes[i].value.get<double>() - votes[j].value.get<double>());
                    ++pairs;
                }
            }
        }
        out.disagreement = pairs ? sum / pairs / double(c.scaleMax - c.scaleMin) : 0;
    } else if (kind == CriterionKind::Ranking) {
        // Share of (annotator pair, response pair) preferences that differ.
        int compared = 0;
        int differ = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const auto a = answers::ranking(votes[i].value);
                const auto b = answers::ranking(votes[j].value);
                if (!a || !b)
                    continue;
                const auto pa = answers::places(*a);
                const auto pb = answers::places(*b);
                const QStringList ids = pa.keys();
                for (qsizetype x = 0; x < ids.size(); ++x) {
                    for (qsizetype y = x + 1; y < ids.size(); ++y) {
                        if (!pb.contains(ids[x]) || !pb.contains(ids[y]))
                            continue;
                        const auto sign = [](int d) { return (d > 0) - (d < 0); };
                        ++compared;
                        if (sign(pa[ids[x]] - pa[ids[y]]) != sign(pb[ids[x]] - pb[ids[y]]))
                            ++differ;
                    }
                }
            }
        }
        out.disagreement = compared ? double(differ) / compared : 0;
    } else {
        out.disagreement = 1.0 - double(best->second.first) / n;
    }
    return out;
}

// Values that are sets of parts (options, spans, flags): each part carries,
// is rejected, or is undecided.
Outcome setOfParts(const QList<Vote> &votes, const ConsensusRule &rule, CriterionKind kind)
{
    Outcome out;
    const int n = int(votes.size());
    if (n == 0)
        return out;
    // part key -> annotators' items for it
    std::map<std::string, QList<json>> parts;
    for (const Vote &v : votes) {
        if (!v.value.is_array())
            continue;
        std::set<std::string> seen;
        for (const json &item : v.value) {
            std::string key;
            if (kind == CriterionKind::Flags)
                key = item.value("category", std::string());
            else if (kind == CriterionKind::Spans)
                key = json{item.value("start", 0), item.value("end", 0), item.value("label", std::string())}.dump();
            else
                key = item.is_string() ? item.get<std::string>() : item.dump();
            if (seen.insert(key).second)
                parts[key] << item;
        }
    }
    bool decided = true;
    double disagreement = 0;
    json agreed = json::array();
    for (const auto &[key, items] : parts) {
        const int yes = int(items.size());
        disagreement += 1.0 - std::abs(2.0 * yes - n) / n;
        if (rule.carries(yes, n)) {
            if (kind == CriterionKind::Flags) {
                // The flag's severity must carry among those who raised it.
                std::map<std::string, int> severities;
                for (const json &item : items)
                    ++severities[item.value("severity", std::string())];
                const auto top = std::max_element(severities.begin(), severities.end(),
                    [](const auto &a, const auto &b) { return a.second < b.second; });
                if (!rule.carries(top->second, yes) && yes > 1) {
                    decided = false;
                    continue;
                }
                json flag{{"category", key}, {"severity", top->first}, {"escalate", false}};
                QStringList notes;
                for (const json &item : items) {
                    if (item.value("escalate", false))
                        flag["escalate"] = true;
                    const QString note = fromStd(item.value("note", std::string())).trimmed();
                    if (!note.isEmpty() && !notes.contains(note))
                        notes << note;
                }
                if (!notes.isEmpty())
                    flag["note"] = toStd(notes.join(QStringLiteral(" / ")));
                agreed.push_back(flag);
            } else {
                agreed.push_back(items.first());
            }
        } else if (!rule.rejects(yes, n)) {
            decided = false;
        }
    }
    out.disagreement = parts.empty() ? 0 : disagreement / double(parts.size());
    if (decided && n >= rule.minAnnotators) {
        if (kind == CriterionKind::Spans) {
            std::sort(agreed.begin(), agreed.end(), [](const json &a, const json &b) {
                return std::tuple(a.value("start", 0), a.value("end", 0), a.value("label", std::string()))
                    < std::tuple(b.value("start", 0), b.value("end", 0), b.value("label", std::string()));
            });
        }
        out.agreed = agreed;
    }
    return out;
}

bool isSetKind(CriterionKind kind)
{
    return kind == CriterionKind::MultiChoice || kind == CriterionKind::Spans || kind == CriterionKind::Flags;
}

Outcome decide(const QList<Vote> &votes, const ConsensusRule &rule, const Criterion &c)
{
    return isSetKind(c.kind) ? setOfParts(votes, rule, c.kind) : wholeValue(votes, rule, c.kind, c);
}

} // namespace

QString ConsensusRule::describe() const
{
    const QString min = QStringLiteral(", min %1").arg(minAnnotators);
    if (kind == Kind::Unanimous)
        return u"unanimous" + min;
    return u"majority > " + QString::number(share) + min;
}

bool ConsensusRule::carries(int votes, int total) const
{
    if (total < minAnnotators || total <= 0)
        return false;
    if (kind == Kind::Unanimous)
        return votes == total;
    return double(votes) > share * double(total);
}

bool ConsensusRule::rejects(int votes, int total) const
{
    return carries(total - votes, total);
}

QList<CriterionOutcome> compareAnnotations(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const ConsensusRule &rule)
{
    QList<const Annotation *> submitted;
    for (const Annotation &a : annotations) {
        if (a.status == AnnotationStatus::Submitted)
            submitted << &a;
    }
    std::sort(submitted.begin(), submitted.end(),
        [](const Annotation *a, const Annotation *b) { return a->annotator < b->annotator; });

    QList<CriterionOutcome> outcomes;
    for (const Criterion &c : rubric.criteria) {
        CriterionOutcome outcome;
        outcome.criterion = c.key;
        outcome.kind = c.kind;
        outcome.reconcilable = c.kind != CriterionKind::Text;
        QList<Vote> taskVotes;
        for (const Annotation *a : submitted) {
            const auto it = a->answers.find(toStd(c.key));
            if (it == a->answers.end() || it->is_null())
                continue;
            outcome.annotators << a->annotator;
            taskVotes << Vote{a->annotator, *it};
        }
        if (!outcome.reconcilable || taskVotes.isEmpty()) {
            outcomes << outcome;
            continue;
        }
        if (c.per == Scope::Task) {
            const Outcome decided = decide(taskVotes, rule, c);
            outcome.agreed = decided.agreed;
            outcome.disagreement = decided.disagreement;
        } else {
            json agreed = json::object();
            bool all = true;
            double disagreement = 0;
            for (const Response &response : task.responses) {
                QList<Vote> votes;
                for (const Vote &v : taskVotes) {
                    const json *value = answers::forResponse(v.value, response.id);
                    if (value)
                        votes << Vote{v.annotator, *value};
                    else if (isSetKind(c.kind))
                        votes << Vote{v.annotator, json::array()}; // nothing tagged on this response
                }
                if (votes.isEmpty()) {
                    // Nobody answered for this response: only optional set-like criteria can agree on nothing.
                    all = all && isSetKind(c.kind);
                    continue;
                }
                const Outcome decided = decide(votes, rule, c);
                disagreement += decided.disagreement;
                if (!decided.agreed)
                    all = false;
                else if (!(isSetKind(c.kind) && c.kind != CriterionKind::MultiChoice && decided.agreed->empty()))
                    agreed[toStd(response.id)] = *decided.agreed;
            }
            outcome.disagreement = task.responses.isEmpty() ? 0 : disagreement / double(task.responses.size());
            if (all && int(taskVotes.size()) >= rule.minAnnotators)
                outcome.agreed = agreed;
        }
        outcomes << outcome;
    }
    return outcomes;
}

} // namespace verdict
