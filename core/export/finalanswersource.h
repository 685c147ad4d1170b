#pragma once

#include "domain/answersource.h"
#include "domain/finalanswers.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace verdict {

class Project;

// The final answers (docs/adjudication.md) as answer sets, one per task in
// task id order, for `verdict export … --final`: a lead's decision where
// there is one, else the consensus rule. Each set's lineage names the source
// of every criterion. Tasks with nothing submitted and nothing decided give
// no set.
class FinalAnswerSource final : public AnswerSource
{
    Q_DECLARE_TR_FUNCTIONS(FinalAnswerSource)

public:
    // `rubricVersion`: only tasks whose annotations were made under it.
    FinalAnswerSource(Project &project, ConsensusRule rule, std::optional<int> rubricVersion = std::nullopt);

    Result<qint64> count() override;
    Result<bool> next(AnsweredTask &answered) override;

    // The lineage keys of one final record.
    static nlohmann::json sourcesJson(const FinalRecord &record);

private:
    Project &m_project;
    FinalAnswers m_final;
    std::optional<int> m_rubricVersion;
    QStringList m_ids;
    QHash<QString, Rubric> m_rubrics; // "id\nversion": one query per rubric version, not per task
    qsizetype m_next = -1;
};

} // namespace verdict
