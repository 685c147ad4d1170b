#include "commands/mergespanscommand.h"

#include "domain/decisions.h"

#include <QCoreApplication>

namespace verdict {

MergeSpansCommand::MergeSpansCommand(
    AnnotationSession *session, const QString &criterion, const QList<nlohmann::json> &answers, const QStringList &from)
    : AnswerCommand(session, criterion, {}, mergeSpans(answers),
        QCoreApplication::translate("verdict::MergeSpansCommand", "Merge the spans of %1").arg(from.join(u", ")))
{ }

} // namespace verdict
