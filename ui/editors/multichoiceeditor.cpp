#include "editors/multichoiceeditor.h"

#include "workbench/annotationsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace verdict {

MultiChoiceEditor::MultiChoiceEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    m_groups = new QWidget(this);
    auto *layout = new QVBoxLayout(m_groups);
    layout->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_groups);
}

void MultiChoiceEditor::sessionChanged()
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
    qDeleteAll(m_groups->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_boxes.clear();
    for (const QString &id : ids) {
        auto *group = new QWidget(m_groups);
        group->setProperty("responseId", id);
        auto *grid = new QGridLayout(group);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(12);
        grid->setVerticalSpacing(2);
        int row = 0;
        if (!id.isEmpty()) {
            auto *label = new QLabel(tr("Response %1").arg(letterOf(session(), id)), group);
            grid->addWidget(label, row++, 0, 1, 2);
        }
        QList<QCheckBox *> boxes;
        for (qsizetype i = 0; i < m_criterion.options.size(); ++i) {
            const Option &o = m_criterion.options[i];
            auto *box = new QCheckBox(i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(o.name) : o.name, group);
            box->setToolTip(o.description);
            connect(box, &QCheckBox::clicked, this, [this, id, i] {
                const QString key = m_criterion.options[i].key;
                QStringList chosen = session()->choices(m_criterion.key, id);
                if (chosen.contains(key))
                    chosen.removeAll(key);
                else
                    chosen << key;
                session()->setChoices(m_criterion.key, id, chosen);
            });
            grid->addWidget(box, row + int(i) / 2, int(i) % 2);
            boxes << box;
        }
        m_groups->layout()->addWidget(group);
        m_boxes << boxes;
    }
}

void MultiChoiceEditor::refresh()
{
    for (qsizetype g = 0; g < m_boxes.size(); ++g) {
        const QStringList chosen = session() ? session()->choices(m_criterion.key, m_ids[g]) : QStringList();
        for (qsizetype i = 0; i < m_boxes[g].size(); ++i)
            m_boxes[g][i]->setChecked(chosen.contains(m_criterion.options[i].key));
    }
}

void MultiChoiceEditor::focusEditor()
{
    if (!m_boxes.isEmpty() && !m_boxes.first().isEmpty())
        m_boxes.first().first()->setFocus(Qt::TabFocusReason);
}

QString MultiChoiceEditor::currentResponseId() const
{
    for (QWidget *w = QApplication::focusWidget(); w && w != this; w = w->parentWidget()) {
        if (w->parentWidget() == m_groups)
            return w->property("responseId").toString();
    }
    return m_ids.value(0);
}

void MultiChoiceEditor::toggleCurrent(int number)
{
    if (!session() || number < 1 || number > m_criterion.options.size())
        return;
    const QString id = currentResponseId();
    const QString key = m_criterion.options[number - 1].key;
    QStringList chosen = session()->choices(m_criterion.key, id);
    if (chosen.contains(key))
        chosen.removeAll(key);
    else
        chosen << key;
    session()->setChoices(m_criterion.key, id, chosen);
}

void MultiChoiceEditor::createActions(TaskView *taskView)
{
    Q_UNUSED(taskView);
    const QString group = tr("In %1").arg(m_criterion.title);
    for (int n = 1; n <= std::min<int>(9, int(m_criterion.options.size())); ++n) {
        QAction *a = addKeyAction(QStringLiteral("toggle-%1-%2").arg(m_criterion.key).arg(n),
            tr("Tick or untick %1").arg(m_criterion.options[n - 1].name), QKeySequence(Qt::Key(Qt::Key_0 + n)), group,
            {this});
        connect(a, &QAction::triggered, this, [this, n] { toggleCurrent(n); });
    }
}

} // namespace verdict
