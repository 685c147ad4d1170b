#include "commands/setrankingcommand.h"

#include <QCoreApplication>

namespace verdict {

SetRankingCommand::SetRankingCommand(AnnotationSession *session, const QString &criterion, const Ranking &ranking)
    : AnswerCommand(session, criterion, {}, ranking.isEmpty() ? AnswerValue() : AnswerValue::ofRanking(ranking),
        QCoreApplication::translate("verdict::SetRankingCommand", "Rank responses"))
{ }

} // namespace verdict
