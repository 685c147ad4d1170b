#pragma once

#include "commands/answercommand.h"
#include "domain/answers.h"

namespace verdict {

// Removes a tagged span.
class RemoveSpanCommand final : public AnswerCommand
{
public:
    RemoveSpanCommand(
        AnnotationSession *session, const QString &criterion, const QString &responseId, const Span &span);
};

} // namespace verdict
