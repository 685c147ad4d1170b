#include "domain/finalanswers.h"

#include "codecs/jsonfields.h"
#include "store/project.h"

#include <QCoreApplication>

#include <algorithm>

namespace verdict {

const FinalAnswer *FinalRecord::answer(const QString &criterion) const
{
    const auto it = std::find_if(
        answers.cbegin(), answers.cend(), [&](const FinalAnswer &a) { return a.criterion == criterion; });
    return it == answers.cend() ? nullptr : &*it;
}

nlohmann::json FinalRecord::answersJson() const
{
    nlohmann::json result = nlohmann::json::object();
    for (const FinalAnswer &a : answers)
        result[toStd(a.criterion)] = a.answer;
    return result;
}

FinalAnswers::FinalAnswers(Project &project, ConsensusRule rule)
    : m_project(project)
    , m_rule(rule)
{ }

void RubricTally::add(const QString &id, int version)
{
    ++m_counts[RubricVersion{id, version}];
}

std::optional<RubricVersion> RubricTally::mostCommon() const
{
    if (m_counts.isEmpty())
        return std::nullopt;
    auto best = m_counts.constBegin();
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it) {
        if (it.value() > best.value())
            best = it;
    }
    return best.key();
}

std::optional<RubricVersion> decisionRubricVersion(
    const RubricTally &submitted, const std::optional<RubricVersion> &gold, const RubricTally &any)
{
    if (const auto found = submitted.mostCommon())
        return found;
    if (gold)
        return gold;
    return any.mostCommon();
}

Result<std::optional<Rubric>> FinalAnswers::rubricFor(const QList<Annotation> &annotations)
{
    RubricTally tally;
    for (const Annotation &a : annotations) {
        if (a.status == AnnotationStatus::Submitted)
            tally.add(a.rubricId, a.rubricVersion);
    }
    const std::optional<RubricVersion> best = tally.mostCommon();
    if (!best)
        return std::optional<Rubric>();
    const QString &id = best->id;
    const int version = best->version;
    const QString cacheKey = id + u'\n' + QString::number(version);
    if (const auto cached = m_rubrics.constFind(cacheKey); cached != m_rubrics.constEnd())
        return std::optional<Rubric>(*cached);
    auto rubric = m_project.rubrics().get(id, version);
    if (!rubric)
        return rubric.error();
    if (!rubric.value())
        return makeError(
            tr("annotations name rubric %1 version %2, which the project does not have").arg(id).arg(version));
    m_rubrics.insert(cacheKey, *rubric.value());
    return rubric;
}

Result<FinalRecord> FinalAnswers::forTask(const Task &task)
{
    FinalRecord record;
    record.taskId = task.id;
    auto annotations = m_project.annotations().forTask(task.id);
    if (!annotations)
        return annotations.error();
    auto decisions = m_project.adjudications().forTask(task.id);
    if (!decisions)
        return decisions.error();
    auto gold = m_project.gold().get(task.id);
    if (!gold)
        return gold.error();
    // The gold answer's part for a criterion, if it has one.
    const auto goldFor = [&](const QString &criterion) -> std::optional<FinalAnswer> {
        if (!gold.value() || !gold.value()->answers.is_object())
            return std::nullopt;
        const auto it = gold.value()->answers.find(toStd(criterion));
        if (it == gold.value()->answers.end() || it->is_null())
            return std::nullopt;
        FinalAnswer answer{criterion, *it, DecisionSource::Lead, {}, gold.value()->rationale, gold.value()->author};
        answer.gold = true;
        return answer;
    };
    auto rubric = rubricFor(*annotations);
    if (!rubric)
        return rubric.error();
    if (!rubric.value()) {
        // Nothing submitted: only a lead's decisions and the gold answer can say anything.
        for (const Adjudication &d : *decisions) {
            if (!d.criterion.isEmpty()) // an empty criterion records a resolved escalation
                record.answers << FinalAnswer{
                    d.criterion, d.answer, d.source, d.sourceAnnotator, d.rationale, d.decidedBy};
        }
        if (gold.value()) {
            record.rubricId = gold.value()->rubricId;
            record.rubricVersion = gold.value()->rubricVersion;
            for (auto it = gold.value()->answers.begin(); it != gold.value()->answers.end(); ++it) {
                if (!record.answer(fromStd(it.key())))
                    if (const auto answer = goldFor(fromStd(it.key())))
                        record.answers << *answer;
            }
        }
        return record;
    }
    const Rubric &r = *rubric.value();
    record.rubricId = r.id;
    record.rubricVersion = r.version;
    for (const Annotation &a : *annotations) {
        if (a.status != AnnotationStatus::Submitted)
            continue;
        record.annotators << a.annotator;
        if (!a.batchId.isEmpty() && !record.batchIds.contains(a.batchId))
            record.batchIds << a.batchId;
    }
    record.annotators.sort();
    record.batchIds.sort();

    const QList<CriterionOutcome> outcomes = compareAnnotations(r, task, *annotations, m_rule);
    for (const CriterionOutcome &outcome : outcomes) {
        const auto decided = std::find_if(decisions->cbegin(), decisions->cend(),
            [&](const Adjudication &d) { return d.criterion == outcome.criterion; });
        if (decided != decisions->cend()) {
            record.answers << FinalAnswer{decided->criterion, decided->answer, decided->source,
                decided->sourceAnnotator, decided->rationale, decided->decidedBy};
        } else if (const auto fromGold = goldFor(outcome.criterion); fromGold && outcome.reconcilable) {
            record.answers << *fromGold;
        } else if (!outcome.reconcilable) {
            for (const Annotation &a : *annotations) {
                if (a.status != AnnotationStatus::Submitted)
                    continue;
                const auto it = a.answers.find(toStd(outcome.criterion));
                if (it != a.answers.end() && it->is_string() && !it->get_ref<const std::string &>().empty())
                    record.texts[outcome.criterion][a.annotator] = fromStd(it->get<std::string>());
            }
        } else if (outcome.agreed) {
            FinalAnswer answer;
            answer.criterion = outcome.criterion;
            answer.answer = *outcome.agreed;
            answer.source = DecisionSource::Consensus;
            record.answers << answer;
        } else if (!outcome.annotators.isEmpty()) {
            record.undecided << outcome.criterion;
        }
    }
    return record;
}

} // namespace verdict
