#include "commands/addspancommand.h"

#include "workbench/annotationsession.h"

#include <QCoreApplication>

namespace verdict {

namespace {

AnswerValue withSpan(QList<Span> spans, const Span &span)
{
    spans << span;
    AnswerCommand::sortSpans(spans);
    return AnswerValue::ofSpans(spans);
}

} // namespace

AddSpanCommand::AddSpanCommand(
    AnnotationSession *session, const QString &criterion, const QString &responseId, const Span &span)
    : AnswerCommand(session, criterion, responseId, withSpan(session->spans(criterion, responseId), span),
        QCoreApplication::translate("verdict::AddSpanCommand", "Tag span"))
{ }

} // namespace verdict
