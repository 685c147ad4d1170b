#pragma once

#include "commands/typing.h"
#include "domain/answers.h"

#include <QString>
#include <QUndoCommand>

namespace verdict {

class AnnotationSession;

// Replaces the answer to one criterion (or one response's part of it) and
// back. The verbs (SetRatingCommand, AddSpanCommand…) say what the new value
// is and how the step reads in the Edit menu.
class AnswerCommand : public QUndoCommand
{
public:
    AnswerCommand(AnnotationSession *session, const QString &criterion, const QString &responseId, AnswerValue after,
        const QString &text);

    void redo() override;
    void undo() override;

    const QString &criterion() const { return m_criterion; }
    const QString &responseId() const { return m_responseId; }
    const AnswerValue &before() const { return m_before; }
    const AnswerValue &after() const { return m_after; }
    // Spans in reading order: by start, then end, then label.
    static void sortSpans(QList<Span> &spans);

    // Whether pushing it would change nothing.
    bool changesNothing() const { return m_before == m_after; }

protected:
    // Takes the later command's value (for merging); obsolete when back where it began.
    void takeAfter(const AnswerCommand &later);

    AnnotationSession *m_session;
    QString m_criterion;
    QString m_responseId;
    AnswerValue m_before;
    AnswerValue m_after;
};

} // namespace verdict
