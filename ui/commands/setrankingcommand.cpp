#include "commands/setrankingcommand.h"

#include <QCoreApplication>

namespace verdict {

SetRankingCommand::SetRankingCommand(AnnotationSession *session, const QString &criterion, const Ranking &ranking)
    : AnswerCommand(session, criterion, {}, ranking.isEmpty() ? nlohmann::json() : answers::toJson(ranking),
        QCoreApplication::translate("verdict::SetRankingCommand", "Rank responses"))
{ }

} // namespace verdict
