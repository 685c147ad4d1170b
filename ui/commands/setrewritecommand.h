#pragma once

#include "commands/answercommand.h"
#include "domain/answers.h"

namespace verdict {

// Changes the ideal response (its text or the response it starts from).
// Typing merges into one step per word.
class SetRewriteCommand final : public AnswerCommand
{
public:
    SetRewriteCommand(
        AnnotationSession *session, const QString &criterion, const Rewrite &rewrite, const QString &text, bool typing);

    int id() const override { return m_typing ? RewriteCommandId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool m_typing;
};

} // namespace verdict
