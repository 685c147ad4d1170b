#pragma once

#include "commands/answercommand.h"
#include "domain/answers.h"

namespace verdict {

// Puts the responses in a new order (groups best first; a group is a tie).
class SetRankingCommand final : public AnswerCommand
{
public:
    SetRankingCommand(AnnotationSession *session, const QString &criterion, const Ranking &ranking);
};

} // namespace verdict
