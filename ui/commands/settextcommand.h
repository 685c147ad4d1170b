#pragma once

#include "commands/answercommand.h"

namespace verdict {

// Changes a text answer. Typing merges into one step per word.
class SetTextCommand final : public AnswerCommand
{
public:
    SetTextCommand(AnnotationSession *session, const QString &criterion, const QString &text);

    int id() const override { return TextCommandId; }
    bool mergeWith(const QUndoCommand *other) override;
};

} // namespace verdict
