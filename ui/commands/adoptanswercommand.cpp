#include "commands/adoptanswercommand.h"

#include <QCoreApplication>

namespace verdict {

AdoptAnswerCommand::AdoptAnswerCommand(
    AnnotationSession *session, const QString &criterion, AnswerValue answer, const QString &from)
    : AnswerCommand(session, criterion, {}, std::move(answer),
        QCoreApplication::translate("verdict::AdoptAnswerCommand", "Start from %1's answer").arg(from))
{ }

} // namespace verdict
