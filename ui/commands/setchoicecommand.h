#pragma once

#include "commands/answercommand.h"

namespace verdict {

// Picks an option (choice) or a set of options (multichoice), or clears them.
class SetChoiceCommand final : public AnswerCommand
{
public:
    SetChoiceCommand(AnnotationSession *session, const QString &criterion, const QString &responseId, AnswerValue value,
        const QString &text);
};

} // namespace verdict
