#pragma once

#include "commands/answercommand.h"
#include "domain/answers.h"

namespace verdict {

// Tags a stretch of a response with a label.
class AddSpanCommand final : public AnswerCommand
{
public:
    AddSpanCommand(AnnotationSession *session, const QString &criterion, const QString &responseId, const Span &span);
};

} // namespace verdict
