#include "editors/spaneditor.h"

#include "editors/spanlistmodel.h"
#include "workbench/annotationsession.h"
#include "workbench/responseview.h"
#include "workbench/taskview.h"

#include <QAction>
#include <QGridLayout>
#include <QKeyEvent>
#include <QListView>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace verdict {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(color.darker(130));
    painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace

SpanEditor::SpanEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    auto *palette = new QWidget(this);
    auto *grid = new QGridLayout(palette);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(3);
    for (qsizetype i = 0; i < criterion.labels.size(); ++i) {
        const Option &label = criterion.labels[i];
        auto *button = new QToolButton(palette);
        button->setObjectName(u"label-" + label.key);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(swatch(QColor::fromString(label.color)));
        button->setText(label.shortcut.isEmpty() ? label.name
                                                 : QStringLiteral("%1   %2").arg(label.shortcut.toUpper(), label.name));
        button->setToolTip(label.description);
        button->setAccessibleName(tr("Tag as %1").arg(label.name));
        button->setAccessibleDescription(label.description);
        // Reached by Tab; a click leaves the focus (and the selection) in the response.
        button->setFocusPolicy(Qt::TabFocus);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, [this, key = label.key] { tagOrRelabel(key); });
        grid->addWidget(button, int(i) / 2, int(i) % 2);
    }
    body()->addWidget(palette);

    m_model = new SpanListModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("spanList"));
    m_view->setAccessibleName(tr("Tagged spans"));
    m_view->setAccessibleDescription(
        tr("Every tagged span with its response, label and text; Enter shows one, Delete removes it"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setMaximumHeight(m_view->fontMetrics().height() * 6 + 12);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    body()->addWidget(m_view);
    const auto activate = [this](const QModelIndex &index) {
        if (!index.isValid() || !m_taskView)
            return;
        const SpanListModel::Entry e = m_model->entry(index.row());
        const int at = int(m_taskView->task().responseIds().indexOf(e.responseId));
        if (ResponseView *view = m_taskView->responseView(at))
            view->selectSpan(e.span);
    };
    connect(m_view, &QListView::activated, this, activate);
    connect(m_view, &QListView::clicked, this, activate);
}

void SpanEditor::sessionChanged()
{
    m_model->setSession(session(), m_criterion.key);
}

void SpanEditor::refresh()
{
    m_model->refresh();
    m_view->setVisible(m_model->rowCount() > 0);
}

void SpanEditor::focusEditor()
{
    if (m_model->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0));
    }
}

bool SpanEditor::currentEntry(QString *responseId, Span *span) const
{
    if (!m_view->hasFocus() || !m_view->currentIndex().isValid())
        return false;
    const SpanListModel::Entry e = m_model->entry(m_view->currentIndex().row());
    *responseId = e.responseId;
    *span = e.span;
    return true;
}

void SpanEditor::createActions(TaskView *taskView)
{
    m_taskView = taskView;
    QList<QWidget *> scope{m_view};
    if (taskView)
        scope.prepend(taskView);
    QAction *remove = addKeyAction(QStringLiteral("removeSpan"), tr("Remove the current span"),
        QKeySequence(Qt::Key_Delete), tr("In a response or the span list"), scope);
    connect(remove, &QAction::triggered, this, &SpanEditor::removeCurrentSpan);
    const QString group = tr("In a response: tag the selection");
    for (const Option &label : m_criterion.labels) {
        if (label.shortcut.isEmpty())
            continue;
        QAction *a = addKeyAction(u"label-" + label.key, tr("Tag as %1").arg(label.name),
            QKeySequence(label.shortcut.toUpper()), group, scope);
        connect(a, &QAction::triggered, this, [this, k = label.key] { tagOrRelabel(k); });
    }
}

void SpanEditor::tagOrRelabel(const QString &label)
{
    if (!session() || !m_taskView)
        return;
    const QString key = m_criterion.key;
    QString listResponse;
    Span listSpan;
    if (currentEntry(&listResponse, &listSpan)) {
        session()->relabelSpan(key, listResponse, listSpan, label);
        return;
    }
    const int index = m_taskView->currentResponse();
    ResponseView *view = m_taskView->responseView(index);
    if (!view)
        return;
    const QString responseId = m_taskView->task().responses[index].id;
    if (const auto span = view->selectionSpan(label)) {
        if (session()->addSpan(key, responseId, *span)) {
            QTextCursor cursor = view->textCursor();
            cursor.clearSelection();
            view->setTextCursor(cursor);
            view->selectSpan(*span);
        }
        emit message(
            tr("Tagged %1 in response %2").arg(m_criterion.label(label)->name, TaskView::responseLetter(index)), false);
    } else if (const auto current = view->currentSpan()) {
        session()->relabelSpan(key, responseId, *current, label);
        Span relabelled = *current;
        relabelled.label = label;
        view->selectSpan(relabelled);
    } else {
        emit message(tr("Select text in a response first (Shift+arrows or the mouse)"), true);
    }
}

void SpanEditor::removeCurrentSpan()
{
    if (!session())
        return;
    QString listResponse;
    Span listSpan;
    if (currentEntry(&listResponse, &listSpan)) {
        session()->removeSpan(m_criterion.key, listResponse, listSpan);
        return;
    }
    if (!m_taskView)
        return;
    const int index = m_taskView->currentResponse();
    ResponseView *view = m_taskView->responseView(index);
    if (!view)
        return;
    if (const auto current = view->currentSpan())
        session()->removeSpan(m_criterion.key, m_taskView->task().responses[index].id, *current);
}

} // namespace verdict
