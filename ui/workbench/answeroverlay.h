#pragma once

#include <QObject>
#include <QPointer>

namespace verdict {

class AnnotationSession;
class TaskView;

// A session's answers shown on the task itself: the spans drawn in the
// responses, and under each response's title its place in the ranking and
// how many spans and flags it has.
class AnswerOverlay final : public QObject
{
    Q_OBJECT

public:
    // The task view is not owned and must outlive the overlay.
    explicit AnswerOverlay(TaskView *taskView, QObject *parent = nullptr);

    // Follows `session`'s answers (not owned; null shows none).
    void setSession(AnnotationSession *session);
    // Draws the spans of one response, or of all when `responseId` is empty.
    void showSpans(const QString &responseId = {});
    void showNotes();

private:
    TaskView *m_taskView;
    QPointer<AnnotationSession> m_session;
};

} // namespace verdict
