#include "commands/answercommand.h"

#include "workbench/annotationsession.h"

#include <algorithm>

namespace verdict {

AnswerCommand::AnswerCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
    AnswerValue after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_criterion(criterion)
    , m_responseId(responseId)
    , m_before(session->value(criterion, responseId))
    , m_after(std::move(after))
{ }

void AnswerCommand::redo()
{
    m_session->apply(m_criterion, m_responseId, m_after);
}

void AnswerCommand::undo()
{
    m_session->apply(m_criterion, m_responseId, m_before);
}

void AnswerCommand::sortSpans(QList<Span> &spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) {
        if (x.start != y.start)
            return x.start < y.start;
        if (x.end != y.end)
            return x.end < y.end;
        return x.label < y.label;
    });
}

void AnswerCommand::takeAfter(const AnswerCommand &later)
{
    m_after = later.m_after;
    setObsolete(m_before == m_after);
}

} // namespace verdict
