#include "commands/setchoicecommand.h"

namespace verdict {

SetChoiceCommand::SetChoiceCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
    nlohmann::json value, const QString &text)
    : AnswerCommand(session, criterion, responseId, std::move(value), text)
{ }

} // namespace verdict
