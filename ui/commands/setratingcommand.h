#pragma once

#include "commands/answercommand.h"

#include <optional>

namespace verdict {

// Scores one response on a rating scale, or clears its score.
class SetRatingCommand final : public AnswerCommand
{
public:
    SetRatingCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
        std::optional<int> value, const QString &text);
};

} // namespace verdict
