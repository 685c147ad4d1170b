#pragma once

#include "domain/answers.h"
#include "domain/rubric.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace verdict {

class AnnotationSession;
class CriterionEditor;
class TaskView;

// The rubric as a column of editors, one per criterion, for the current
// task's session; what is missing after a refused submit; and the Skip,
// Escalate and Submit buttons.
class RubricPanel final : public QWidget
{
    Q_OBJECT

public:
    // The editors' keys that work on the focused response work in
    // `taskView` too (not owned; null: in the editors only).
    explicit RubricPanel(TaskView *taskView = nullptr, QWidget *parent = nullptr);

    // Builds the editors (again only when the rubric version changes).
    void setRubric(const Rubric &rubric);
    // Shows a session's answers (not owned; null shows none).
    void setSession(AnnotationSession *session);
    void setActions(QAction *skip, QAction *escalate, QAction *submit);
    // The Skip, Escalate and Submit buttons.
    QWidget *actionButtons() const { return m_buttons; }

    CriterionEditor *editor(const QString &key) const;
    const QList<CriterionEditor *> &editors() const { return m_editors; }
    // The first editor of a kind, or null.
    CriterionEditor *firstOfKind(CriterionKind kind) const;
    QString currentCriterion() const { return m_current; }
    // Moves the focus to the next (+1) or previous (-1) criterion.
    void focusCriterion(int step);
    void focusCriterion(const QString &key);

    // Marks each problem on its criterion and lists them; empty clears.
    void showProblems(const QList<Error> &problems);
    QString problemsText() const;
    void setStatusText(const QString &text);

signals:
    void criterionFocused(const QString &key);
    // What an editor's key did, or why it did nothing.
    void message(const QString &text, bool problem);

private:
    void setCurrent(const QString &key);
    QString describe(const Error &error) const;

    TaskView *m_taskView = nullptr;
    QString m_rubricKey;
    Rubric m_rubric;
    QPointer<AnnotationSession> m_session;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_column = nullptr;
    QVBoxLayout *m_columnLayout = nullptr;
    QList<CriterionEditor *> m_editors;
    QLabel *m_problems = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_buttons = nullptr;
    QString m_current;
};

} // namespace verdict
