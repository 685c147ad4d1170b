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

    // Whether typing `later` after `earlier` continues the same word.
    static bool continuesWord(const QString &earlier, const QString &later);
};

} // namespace verdict
