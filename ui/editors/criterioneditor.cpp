#include "editors/criterioneditor.h"

#include "common/accentcolor.h"
#include "dialogs/shortcutsdialog.h"
#include "editors/choiceeditor.h"
#include "editors/flagseditor.h"
#include "editors/multichoiceeditor.h"
#include "editors/rankingeditor.h"
#include "editors/ratingeditor.h"
#include "editors/rewriteeditor.h"
#include "editors/spaneditor.h"
#include "editors/textanswereditor.h"
#include "workbench/annotationsession.h"
#include "workbench/taskview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace verdict {

CriterionEditor *CriterionEditor::create(const Criterion &c, QWidget *parent)
{
    switch (c.kind) {
    case CriterionKind::Ranking:
        return new RankingEditor(c, parent);
    case CriterionKind::Rating:
        return new RatingEditor(c, parent);
    case CriterionKind::Choice:
        return new ChoiceEditor(c, parent);
    case CriterionKind::MultiChoice:
        return new MultiChoiceEditor(c, parent);
    case CriterionKind::Spans:
        return new SpanEditor(c, parent);
    case CriterionKind::Flags:
        return new FlagsEditor(c, parent);
    case CriterionKind::Text:
        return new TextAnswerEditor(c, parent);
    case CriterionKind::Rewrite:
        return new RewriteEditor(c, parent);
    }
    return nullptr;
}

CriterionEditor::CriterionEditor(const Criterion &criterion, QWidget *parent)
    : QFrame(parent)
    , m_criterion(criterion)
{
    setObjectName(u"criterion-" + criterion.key);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(criterion.required ? criterion.title + QStringLiteral(" *") : criterion.title);
    m_title->setToolTip(criterion.guidance);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    AccentColor::apply(m_problem, QColor(0xc0, 0x30, 0x30));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_body = new QVBoxLayout;
    m_body->setSpacing(4);
    layout->addLayout(m_body);
    setAccessibleName(criterion.title);
}

void CriterionEditor::setSession(AnnotationSession *session)
{
    m_session = session;
    setProblem({});
    sessionChanged();
    refresh();
}

void CriterionEditor::focusEditor()
{
    focusNextChild();
}

void CriterionEditor::createActions(TaskView *taskView)
{
    Q_UNUSED(taskView);
}

QString CriterionEditor::responseInFocus(const TaskView *taskView) const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus))
        return currentResponseId();
    return taskView ? taskView->currentResponseId() : QString();
}

QAction *CriterionEditor::addKeyAction(const QString &name, const QString &text, const QKeySequence &key,
    const QString &group, const QList<QWidget *> &widgets)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setProperty(ShortcutsDialog::groupProperty(), group);
    for (QWidget *w : widgets)
        w->addAction(action);
    return action;
}

void CriterionEditor::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void CriterionEditor::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    QPalette pal = palette();
    pal.setColor(QPalette::Window,
        active ? parentWidget()->palette().color(QPalette::AlternateBase)
               : parentWidget()->palette().color(QPalette::Window));
    setPalette(pal);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText,
        active ? palette().color(QPalette::Highlight) : parentWidget()->palette().color(QPalette::WindowText));
    m_title->setPalette(titlePalette);
}

QString CriterionEditor::letterOf(const AnnotationSession *session, const QString &responseId)
{
    if (!session)
        return responseId;
    const QList<Response> &responses = session->task().responses;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        if (responses[i].id == responseId)
            return TaskView::responseLetter(int(i));
    }
    return responseId;
}

} // namespace verdict
