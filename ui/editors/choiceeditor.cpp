#include "editors/choiceeditor.h"

#include "editors/responserow.h"
#include "workbench/annotationsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <algorithm>

namespace verdict {

ChoiceEditor::ChoiceEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    m_rows = new QWidget(this);
    auto *layout = new QVBoxLayout(m_rows);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    body()->addWidget(m_rows);
}

void ChoiceEditor::sessionChanged()
{
    QStringList ids;
    if (session()) {
        if (m_criterion.per == Scope::Response)
            ids = session()->task().responseIds();
        else
            ids << QString();
    }
    if (ids == m_ids)
        return;
    m_ids = ids;
    qDeleteAll(m_rows->findChildren<ResponseRow *>(Qt::FindDirectChildrenOnly));
    m_boxes.clear();
    for (const QString &id : ids) {
        auto *row = new ResponseRow(id, id.isEmpty() ? tr("Task") : letterOf(session(), id), m_rows);
        row->setFocusPolicy(Qt::NoFocus);
        auto *box = new QComboBox(row);
        box->setAccessibleName(tr("%1, response %2").arg(m_criterion.title, letterOf(session(), id)));
        box->setAccessibleDescription(
            m_criterion.guidance.isEmpty() ? tr("Pick one option; 1 to 9 pick by number") : m_criterion.guidance);
        box->setPlaceholderText(tr("Choose…"));
        for (qsizetype i = 0; i < m_criterion.options.size(); ++i) {
            const Option &o = m_criterion.options[i];
            box->addItem(i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(o.name) : o.name, o.key);
            box->setItemData(int(i), o.description, Qt::ToolTipRole);
        }
        box->setCurrentIndex(-1);
        connect(box, &QComboBox::currentIndexChanged, this, [this, id, box](int index) {
            if (m_refreshing || !session())
                return;
            session()->setChoice(m_criterion.key, id, box->itemData(index).toString());
        });
        row->inputs()->addWidget(box, 1);
        m_rows->layout()->addWidget(row);
        m_boxes << box;
    }
}

void ChoiceEditor::refresh()
{
    m_refreshing = true;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        const QString chosen = session() ? session()->choice(m_criterion.key, m_ids[i]) : QString();
        m_boxes[i]->setCurrentIndex(m_boxes[i]->findData(chosen));
        m_boxes[i]->setToolTip(m_boxes[i]->currentIndex() >= 0
                ? m_criterion.options.value(m_boxes[i]->currentIndex()).description
                : QString());
    }
    m_refreshing = false;
}

void ChoiceEditor::focusEditor()
{
    if (!m_boxes.isEmpty())
        m_boxes.first()->setFocus(Qt::TabFocusReason);
}

QString ChoiceEditor::currentResponseId() const
{
    if (ResponseRow *row = ResponseRow::of(QApplication::focusWidget()); row && isAncestorOf(row))
        return row->responseId();
    return m_ids.value(0);
}

void ChoiceEditor::chooseCurrent(int number)
{
    if (!session() || number < 1 || number > m_criterion.options.size() || m_ids.isEmpty())
        return;
    session()->setChoice(m_criterion.key, currentResponseId(), m_criterion.options[number - 1].key);
}

void ChoiceEditor::createActions(TaskView *taskView)
{
    Q_UNUSED(taskView);
    const QString group = tr("In %1").arg(m_criterion.title);
    for (int n = 1; n <= std::min<int>(9, int(m_criterion.options.size())); ++n) {
        QAction *a = addKeyAction(QStringLiteral("choose-%1-%2").arg(m_criterion.key).arg(n),
            m_criterion.options[n - 1].name, QKeySequence(Qt::Key(Qt::Key_0 + n)), group, {this});
        connect(a, &QAction::triggered, this, [this, n] { chooseCurrent(n); });
    }
}

} // namespace verdict
