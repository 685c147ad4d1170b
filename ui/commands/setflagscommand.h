#pragma once

#include "commands/answercommand.h"
#include "domain/answers.h"

namespace verdict {

// Adds, changes or removes a safety flag of one response. Typing in one
// flag's note merges into one step.
class SetFlagsCommand final : public AnswerCommand
{
public:
    SetFlagsCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
        const QList<Flag> &flags, const QString &text, int noteOfFlag = -1);

    int id() const override { return m_noteOfFlag >= 0 ? FlagNoteCommandId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_noteOfFlag;
};

} // namespace verdict
