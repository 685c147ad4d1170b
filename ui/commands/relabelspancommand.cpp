#include "commands/relabelspancommand.h"

#include "workbench/annotationsession.h"

#include <QCoreApplication>

namespace verdict {

namespace {

AnswerValue relabelled(QList<Span> spans, const Span &span, const QString &label)
{
    const qsizetype index = spans.indexOf(span);
    if (index < 0)
        return AnswerValue::ofSpans(spans);
    Span changed = span;
    changed.label = label;
    if (spans.contains(changed))
        spans.removeAt(index); // the same stretch already has that label
    else
        spans[index] = changed;
    AnswerCommand::sortSpans(spans);
    return AnswerValue::ofSpans(spans);
}

} // namespace

RelabelSpanCommand::RelabelSpanCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
    const Span &span, const QString &label)
    : AnswerCommand(session, criterion, responseId, relabelled(session->spans(criterion, responseId), span, label),
        QCoreApplication::translate("verdict::RelabelSpanCommand", "Change span label"))
{ }

} // namespace verdict
