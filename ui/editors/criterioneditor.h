#pragma once

#include "domain/rubric.h"

#include <QFrame>

class QAction;
class QLabel;
class QVBoxLayout;

namespace verdict {

class AnnotationSession;
class TaskView;

// The editor of one criterion in the rubric panel: its title (with a star
// when required), what is still missing, and a body that each kind fills.
// Every change goes to the session as a command; refresh() shows what the
// session holds. Each kind makes its own keys (createActions()), so the
// editor works the same in any window.
class CriterionEditor : public QFrame
{
    Q_OBJECT

public:
    CriterionEditor(const Criterion &criterion, QWidget *parent = nullptr);
    // The editor for the criterion's kind.
    static CriterionEditor *create(const Criterion &criterion, QWidget *parent = nullptr);

    const Criterion &criterion() const { return m_criterion; }
    // Shows `session`'s answers (not owned; null shows nothing).
    void setSession(AnnotationSession *session);
    AnnotationSession *session() const { return m_session; }
    // Rereads the answer from the session.
    virtual void refresh() = 0;
    // Puts the keyboard focus on the editor's first input.
    virtual void focusEditor();
    // The response the keyboard works on (per-response editors), or empty.
    virtual QString currentResponseId() const { return {}; }
    // Makes the editor's keys (number keys, label keys…) work while the focus
    // is in the editor and, for the keys that work on the focused response,
    // in `taskView` (null: in the editor only). The actions belong to the
    // editor and name where they work, for Help → Keyboard Shortcuts.
    virtual void createActions(TaskView *taskView);
    // The response the keyboard is on: the editor's current one while the
    // focus is in it, else the one last focused in `taskView`.
    QString responseInFocus(const TaskView *taskView) const;

    // Marks what is missing for a submit (empty clears it).
    void setProblem(const QString &text);
    void setActive(bool active);

    static QString letterOf(const AnnotationSession *session, const QString &responseId);

signals:
    // What a key did, or why it did nothing, for the window to show.
    void message(const QString &text, bool problem);

protected:
    // Called when the session (and so possibly the responses) changed.
    virtual void sessionChanged() { }
    QVBoxLayout *body() const { return m_body; }
    // An action of the editor named `name`, on `key` while the focus is in
    // one of `widgets`, listed under `group` ("In a response").
    QAction *addKeyAction(const QString &name, const QString &text, const QKeySequence &key, const QString &group,
        const QList<QWidget *> &widgets);

    Criterion m_criterion;
    AnnotationSession *m_session = nullptr;

private:
    QLabel *m_title = nullptr;
    QLabel *m_problem = nullptr;
    QVBoxLayout *m_body = nullptr;
    bool m_active = false;
};

} // namespace verdict
