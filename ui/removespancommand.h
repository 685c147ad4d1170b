#pragma once

#include "answercommand.h"
#include "answers.h"

namespace verdict {

// Removes a tagged span.
class RemoveSpanCommand final : public AnswerCommand
{
public:
    RemoveSpanCommand(
        AnnotationSession *session, const QString &criterion, const QString &responseId, const Span &span);
};

} // namespace verdict
