#pragma once

#include "domain/rubric.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace verdict {

class AnnotationSession;

// The editor of one criterion in the rubric panel: its title (with a star
// when required), what is still missing, and a body that each kind fills.
// Every change goes to the session as a command; refresh() shows what the
// session holds.
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

    // Marks what is missing for a submit (empty clears it).
    void setProblem(const QString &text);
    void setActive(bool active);

    static QString letterOf(const AnnotationSession *session, const QString &responseId);

protected:
    // Called when the session (and so possibly the responses) changed.
    virtual void sessionChanged() { }
    QVBoxLayout *body() const { return m_body; }

    Criterion m_criterion;
    AnnotationSession *m_session = nullptr;

private:
    QLabel *m_title = nullptr;
    QLabel *m_problem = nullptr;
    QVBoxLayout *m_body = nullptr;
    bool m_active = false;
};

} // namespace verdict
