#pragma once

#include "domain/annotation.h"
#include "domain/consensus.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <tuple>

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

// A rubric id and version.
struct RubricVersion
{
    QString id;
    int version = 0;
    bool operator==(const RubricVersion &) const = default;
    friend bool operator<(const RubricVersion &a, const RubricVersion &b)
    {
        return std::tie(a.id, a.version) < std::tie(b.id, b.version);
    }
};

// Counts the rubric versions a task's annotations were made under and names
// the most common one: the version its final answers follow (on a tie, the
// lowest id, then the lowest version).
class RubricTally final
{
public:
    void add(const QString &id, int version);
    bool isEmpty() const { return m_counts.isEmpty(); }
    std::optional<RubricVersion> mostCommon() const;

private:
    QMap<RubricVersion, int> m_counts;
};

// The rubric version a decision on a task is checked against, from what is
// known of the task: the one most of its submitted annotations were made
// under (the version of its final answers); else its gold answer's; else the
// one most of its annotations of any status were made under; else nothing.
std::optional<RubricVersion> decisionRubricVersion(
    const RubricTally &submitted, const std::optional<RubricVersion> &gold, const RubricTally &any);

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
    Q_DECLARE_TR_FUNCTIONS(verdict::FinalAnswers)

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
