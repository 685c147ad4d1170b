#include "commands/setchoicecommand.h"

namespace verdict {

SetChoiceCommand::SetChoiceCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
    AnswerValue value, const QString &text)
    : AnswerCommand(session, criterion, responseId, std::move(value), text)
{ }

} // namespace verdict
