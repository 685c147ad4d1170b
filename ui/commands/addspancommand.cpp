#include "commands/addspancommand.h"

#include "workbench/annotationsession.h"

#include <QCoreApplication>

namespace verdict {

namespace {

nlohmann::json withSpan(QList<Span> spans, const Span &span)
{
    spans << span;
    AnswerCommand::sortSpans(spans);
    return answers::toJson(spans);
}

} // namespace

AddSpanCommand::AddSpanCommand(
    AnnotationSession *session, const QString &criterion, const QString &responseId, const Span &span)
    : AnswerCommand(session, criterion, responseId, withSpan(session->spans(criterion, responseId), span),
        QCoreApplication::translate("verdict::AddSpanCommand", "Tag span"))
{ }

} // namespace verdict
