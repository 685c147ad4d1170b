#include "commands/mergespanscommand.h"

#include "domain/decisions.h"

#include <QCoreApplication>

namespace verdict {

MergeSpansCommand::MergeSpansCommand(
    AnnotationSession *session, const Criterion &criterion, const QList<AnswerValue> &answers, const QStringList &from)
    : AnswerCommand(session, criterion.key, {}, mergeSpans(criterion, answers),
        QCoreApplication::translate("verdict::MergeSpansCommand", "Merge the spans of %1").arg(from.join(u", ")))
{ }

} // namespace verdict
