#pragma once

#include "commands/answercommand.h"
#include "domain/answers.h"

namespace verdict {

// Gives a tagged span another label.
class RelabelSpanCommand final : public AnswerCommand
{
public:
    RelabelSpanCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
        const Span &span, const QString &label);
};

} // namespace verdict
