#include "editors/rankingeditor.h"

#include "common/appearance.h"
#include "editors/rankingmodel.h"
#include "workbench/annotationsession.h"
#include "workbench/taskview.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace verdict {

RankingEditor::RankingEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rankingSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    Appearance::setRelativeFont(m_summary, 1.35, true);
    body()->addWidget(m_summary);

    m_model = new RankingModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("rankingList"));
    m_view->setAccessibleName(criterion.title);
    m_view->setAccessibleDescription(
        tr("The responses, best first; 1 to 9 place the focused one, = ties it, 0 unranks it"));
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body()->addWidget(m_view);

    auto *hint = new QLabel(tr("1–9 place the focused response · = ties it with the one above · 0 unranks · "
                               "drag onto a response to tie"),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    body()->addWidget(hint);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int rows = m_model->rowCount();
        m_view->setFixedHeight(
            rows * (m_view->sizeHintForRow(0) > 0 ? m_view->sizeHintForRow(0) : 22) + 2 * m_view->frameWidth() + 4);
    });
}

void RankingEditor::sessionChanged()
{
    m_model->setSession(session(), m_criterion.key);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
}

void RankingEditor::refresh()
{
    m_model->refresh();
    const QString summary = m_model->summary();
    m_summary->setText(summary.isEmpty() ? tr("Not ranked yet") : summary);
}

void RankingEditor::focusEditor()
{
    m_view->setFocus(Qt::TabFocusReason);
}

QString RankingEditor::currentResponseId() const
{
    return m_view->currentIndex().data(RankingModel::ResponseIdRole).toString();
}

void RankingEditor::createActions(TaskView *taskView)
{
    m_taskView = taskView;
    QList<QWidget *> scope{m_view};
    if (taskView)
        scope.prepend(taskView);
    const QString group = tr("In a response or the ranking");
    for (int place = 1; place <= 9; ++place) {
        QAction *a = addKeyAction(QStringLiteral("place%1").arg(place), tr("Rank the response at place %1").arg(place),
            QKeySequence(Qt::Key(Qt::Key_0 + place)), group, scope);
        connect(a, &QAction::triggered, this, [this, place] { placeFocused(place); });
    }
    QAction *tie = addKeyAction(
        QStringLiteral("tie"), tr("Tie with the response above, or untie"), QKeySequence(Qt::Key_Equal), group, scope);
    connect(tie, &QAction::triggered, this, &RankingEditor::tieFocused);
    QAction *unrank = addKeyAction(
        QStringLiteral("unrank"), tr("Take the response out of the ranking"), QKeySequence(Qt::Key_0), group, scope);
    connect(unrank, &QAction::triggered, this, &RankingEditor::unrankFocused);
}

void RankingEditor::placeFocused(int place)
{
    const QString id = responseInFocus(m_taskView);
    if (session() && !id.isEmpty() && place <= session()->task().responses.size())
        session()->placeResponse(m_criterion.key, id, place - 1);
}

void RankingEditor::tieFocused()
{
    const QString id = responseInFocus(m_taskView);
    if (session() && !id.isEmpty())
        session()->toggleTie(m_criterion.key, id);
}

void RankingEditor::unrankFocused()
{
    const QString id = responseInFocus(m_taskView);
    if (session() && !id.isEmpty())
        session()->unrank(m_criterion.key, id);
}

} // namespace verdict
