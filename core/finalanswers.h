#pragma once

#include "annotation.h"
#include "consensus.h"
#include "result.h"
#include "rubric.h"
#include "task.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace verdict {

class Project;

// The final answer of one criterion and where it came from.
struct FinalAnswer
{
    QString criterion;
    nlohmann::json answer;
    DecisionSource source = DecisionSource::Consensus;
    QString sourceAnnotator; // when the lead accepted one annotator's answer
    QString rationale;
    QString decidedBy; // the lead, for adjudicated answers
    bool gold = false; // taken from the task's gold answer (source Lead, decidedBy its author)
};

// What the final dataset holds for one task, with its lineage.
struct FinalRecord
{
    QString taskId;
    QString rubricId;
    int rubricVersion = 0;
    QList<FinalAnswer> answers; // decided criteria, in rubric order
    QStringList undecided; // criteria answered by annotators that still need a decision
    QStringList annotators; // whose submitted annotations were considered
    QStringList batchIds; // the batches those annotations came in
    // Free-text criteria are commentary, kept per annotator: criterion -> annotator -> text.
    QMap<QString, QMap<QString, QString>> texts;

    const FinalAnswer *answer(const QString &criterion) const;
    // {criterion: answer} for the decided criteria.
    nlohmann::json answersJson() const;
};

// Works out final answers: a lead's adjudication wins; then the task's gold
// answer; otherwise the consensus rule over the submitted annotations
// (docs/adjudication.md).
// Use it on the project's thread.
class FinalAnswers final
{
public:
    FinalAnswers(Project &project, ConsensusRule rule);

    Result<FinalRecord> forTask(const Task &task);
    // The rubric version a task's annotations were made under (the most
    // common one), or nothing when no annotation was submitted.
    Result<std::optional<Rubric>> rubricFor(const QList<Annotation> &annotations);

private:
    Project &m_project;
    ConsensusRule m_rule;
    QHash<QString, Rubric> m_rubrics; // "id\nversion" -> rubric
};

} // namespace verdict
