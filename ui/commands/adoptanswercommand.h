#pragma once

#include "commands/answercommand.h"

namespace verdict {

// Replaces the whole answer to a criterion with someone else's: a lead
// starting their own answer from an annotator's.
class AdoptAnswerCommand final : public AnswerCommand
{
public:
    AdoptAnswerCommand(AnnotationSession *session, const QString &criterion, AnswerValue answer, const QString &from);
};

} // namespace verdict
