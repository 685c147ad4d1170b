#include "commands/setratingcommand.h"

namespace verdict {

SetRatingCommand::SetRatingCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
    std::optional<int> value, const QString &text)
    : AnswerCommand(session, criterion, responseId, value ? AnswerValue::ofRating(*value) : AnswerValue(), text)
{ }

} // namespace verdict
