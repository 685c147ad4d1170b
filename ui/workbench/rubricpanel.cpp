#include "workbench/rubricpanel.h"

#include "common/accentcolor.h"
#include "editors/criterioneditor.h"
#include "workbench/annotationsession.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace verdict {

RubricPanel::RubricPanel(TaskView *taskView, QWidget *parent)
    : QWidget(parent)
    , m_taskView(taskView)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("rubricScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_column = new QWidget;
    m_columnLayout = new QVBoxLayout(m_column);
    m_columnLayout->setContentsMargins(0, 0, 0, 0);
    m_columnLayout->setSpacing(2);
    m_columnLayout->addStretch(1);
    m_scroll->setWidget(m_column);
    layout->addWidget(m_scroll, 1);

    auto *footer = new QWidget(this);
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->setContentsMargins(8, 6, 8, 8);
    m_problems = new QLabel(footer);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    AccentColor::apply(m_problems, QColor(0xc0, 0x30, 0x30));
    m_problems->hide();
    footerLayout->addWidget(m_problems);
    m_status = new QLabel(footer);
    m_status->setObjectName(QStringLiteral("annotationStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    footerLayout->addWidget(m_status);
    m_buttons = new QWidget(footer);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    footerLayout->addWidget(m_buttons);
    layout->addWidget(footer);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (CriterionEditor *e : std::as_const(m_editors)) {
            if (now && e->isAncestorOf(now)) {
                setCurrent(e->criterion().key);
                // The whole criterion when it fits, else at least the input.
                m_scroll->ensureWidgetVisible(e, 0, 0);
                m_scroll->ensureWidgetVisible(now, 10, 30);
                return;
            }
        }
    });
}

void RubricPanel::setActions(QAction *skip, QAction *escalate, QAction *submit)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *action : {skip, escalate}) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus); // reached by Tab, a click leaves the focus where it was
        layout->addWidget(button);
    }
    layout->addStretch(1);
    auto *submitButton = new QToolButton(m_buttons);
    submitButton->setObjectName(QStringLiteral("submitButton"));
    submitButton->setDefaultAction(submit);
    submitButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    submitButton->setFocusPolicy(Qt::TabFocus);
    QFont bold = submitButton->font();
    bold.setBold(true);
    submitButton->setFont(bold);
    submitButton->setMinimumWidth(140);
    layout->addWidget(submitButton);
}

void RubricPanel::setRubric(const Rubric &rubric)
{
    const QString key = rubric.id + u'@' + QString::number(rubric.version);
    if (key == m_rubricKey)
        return;
    m_rubricKey = key;
    m_rubric = rubric;
    qDeleteAll(m_editors);
    m_editors.clear();
    m_current.clear();
    for (const Criterion &c : rubric.criteria) {
        CriterionEditor *editor = CriterionEditor::create(c, m_column);
        if (!editor)
            continue;
        // The keys on the focused response are the first editor's of a kind: two would make them ambiguous.
        editor->createActions(firstOfKind(c.kind) ? nullptr : m_taskView);
        m_columnLayout->insertWidget(m_columnLayout->count() - 1, editor);
        m_editors << editor;
        connect(editor, &CriterionEditor::message, this, &RubricPanel::message);
    }
}

void RubricPanel::setSession(AnnotationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    showProblems({});
    for (CriterionEditor *e : std::as_const(m_editors))
        e->setSession(session);
    if (!session)
        return;
    connect(session, &AnnotationSession::answerChanged, this, [this](const QString &criterion) {
        if (CriterionEditor *e = editor(criterion)) {
            e->refresh();
            e->setProblem({});
        }
    });
}

CriterionEditor *RubricPanel::editor(const QString &key) const
{
    for (CriterionEditor *e : m_editors) {
        if (e->criterion().key == key)
            return e;
    }
    return nullptr;
}

CriterionEditor *RubricPanel::firstOfKind(CriterionKind kind) const
{
    for (CriterionEditor *e : m_editors) {
        if (e->criterion().kind == kind)
            return e;
    }
    return nullptr;
}

void RubricPanel::setCurrent(const QString &key)
{
    if (key == m_current)
        return;
    m_current = key;
    for (CriterionEditor *e : std::as_const(m_editors))
        e->setActive(e->criterion().key == key);
    emit criterionFocused(key);
}

void RubricPanel::focusCriterion(int step)
{
    if (m_editors.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_editors.size(); ++i) {
        if (m_editors[i]->criterion().key == m_current)
            at = i;
    }
    const qsizetype next = at < 0 ? 0 : std::clamp<qsizetype>(at + step, 0, m_editors.size() - 1);
    focusCriterion(m_editors[next]->criterion().key);
}

void RubricPanel::focusCriterion(const QString &key)
{
    if (CriterionEditor *e = editor(key)) {
        setCurrent(key);
        e->focusEditor();
        m_scroll->ensureWidgetVisible(e, 10, 10);
    }
}

QString RubricPanel::describe(const Error &error) const
{
    const QString criterion = error.field.section(u'.', 0, 0).section(u'[', 0, 0);
    const Criterion *c = m_rubric.criterion(criterion);
    const QString title = c ? c->title : criterion;
    const QString rest = error.field.section(u'.', 1, 1).section(u'[', 0, 0);
    QString response;
    if (m_session && !rest.isEmpty() && m_session->task().response(rest))
        response = CriterionEditor::letterOf(m_session, rest);
    if (error.message.startsWith(u"required:"))
        return response.isEmpty() ? tr("%1: not answered").arg(title)
                                  : tr("%1: not answered for response %2").arg(title, response);
    return response.isEmpty() ? tr("%1: %2").arg(title, error.message)
                              : tr("%1, response %2: %3").arg(title, response, error.message);
}

void RubricPanel::showProblems(const QList<Error> &problems)
{
    for (CriterionEditor *e : std::as_const(m_editors))
        e->setProblem({});
    if (problems.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
        return;
    }
    QHash<QString, QStringList> byCriterion;
    QStringList lines;
    for (const Error &error : problems) {
        const QString criterion = error.field.section(u'.', 0, 0).section(u'[', 0, 0);
        const QString text = describe(error);
        byCriterion[criterion] << text;
        lines << text;
    }
    for (auto it = byCriterion.cbegin(); it != byCriterion.cend(); ++it) {
        if (CriterionEditor *e = editor(it.key()))
            e->setProblem(it.value().join(u'\n'));
    }
    m_problems->setText(tr("Not submitted. %n thing(s) to finish:", nullptr, int(lines.size())) + u'\n'
        + QStringLiteral("• ") + lines.join(QStringLiteral("\n• ")));
    m_problems->show();
    for (CriterionEditor *e : std::as_const(m_editors)) {
        if (byCriterion.contains(e->criterion().key)) {
            focusCriterion(e->criterion().key);
            break;
        }
    }
}

QString RubricPanel::problemsText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void RubricPanel::setStatusText(const QString &text)
{
    m_status->setText(text);
}

} // namespace verdict
