#include "commands/removespancommand.h"

#include "workbench/annotationsession.h"

#include <QCoreApplication>

namespace verdict {

namespace {

AnswerValue without(QList<Span> spans, const Span &span)
{
    spans.removeOne(span);
    return spans.isEmpty() ? AnswerValue() : AnswerValue::ofSpans(spans);
}

} // namespace

RemoveSpanCommand::RemoveSpanCommand(
    AnnotationSession *session, const QString &criterion, const QString &responseId, const Span &span)
    : AnswerCommand(session, criterion, responseId, without(session->spans(criterion, responseId), span),
        QCoreApplication::translate("verdict::RemoveSpanCommand", "Remove span"))
{ }

} // namespace verdict
