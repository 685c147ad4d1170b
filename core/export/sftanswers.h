#pragma once

#include "export/annotatoranswers.h"
#include "store/authoringstore.h"

#include <memory>

namespace verdict {

class Project;

// What the SFT export writes: the submitted work on judged tasks (as
// AnnotatorAnswers gives it), then the authored SFT examples whose latest
// revision reviewers accepted. Authored tasks' own review annotations and
// every example not accepted are left out.
class SftAnswers final : public AnswerSource
{
    Q_DECLARE_TR_FUNCTIONS(SftAnswers)

public:
    // `judged`: the answers on judged tasks (an annotator's, everyone's or the final ones).
    SftAnswers(Project &project, std::unique_ptr<AnswerSource> judged);

    Result<qint64> count() override;
    Result<bool> next(AnsweredTask &answered) override;

    // The accepted authored SFT examples as answer sets, by task id.
    static Result<QList<AnsweredTask>> acceptedExamples(Project &project);

private:
    Project &m_project;
    std::unique_ptr<AnswerSource> m_judged;
    bool m_judgedDone = false;
    std::optional<QList<AnsweredTask>> m_accepted;
    qsizetype m_next = 0;
};

} // namespace verdict
