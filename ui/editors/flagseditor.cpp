#include "editors/flagseditor.h"

#include "editors/flagrow.h"
#include "workbench/annotationsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdict {

FlagsEditor::FlagsEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    m_addButtons = new QWidget(this);
    m_addLayout = new QHBoxLayout(m_addButtons);
    m_addLayout->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_addButtons);
    m_list = new QWidget(this);
    auto *list = new QVBoxLayout(m_list);
    list->setContentsMargins(0, 0, 0, 0);
    list->setSpacing(3);
    body()->addWidget(m_list);
}

void FlagsEditor::sessionChanged()
{
    QStringList ids;
    if (session()) {
        if (m_criterion.per == Scope::Response)
            ids = session()->task().responseIds();
        else
            ids << QString();
    }
    if (ids != m_ids) {
        m_ids = ids;
        while (QLayoutItem *item = m_addLayout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (const QString &id : ids) {
            auto *button = new QPushButton(
                id.isEmpty() ? tr("Add flag") : tr("Flag %1").arg(letterOf(session(), id)), m_addButtons);
            button->setObjectName(u"addFlag-" + id);
            button->setToolTip(tr("Add a safety flag (Ctrl+Shift+F flags the focused response)"));
            connect(button, &QPushButton::clicked, this, [this, id] { addFlagTo(id); });
            m_addLayout->addWidget(button);
        }
        m_addLayout->addStretch(1);
    }
    qDeleteAll(m_rows);
    m_rows.clear();
}

void FlagsEditor::addFlagTo(const QString &responseId)
{
    if (!session() || !m_ids.contains(responseId))
        return;
    m_focusNewFor = responseId;
    session()->addFlag(m_criterion.key, responseId, Flag{});
}

void FlagsEditor::rebuild()
{
    // Later: the row that asked for its removal is still in its signal.
    for (FlagRow *row : std::as_const(m_rows)) {
        row->hide();
        row->deleteLater();
    }
    m_rows.clear();
    for (const QString &id : m_ids) {
        const QList<Flag> flags = session()->flags(m_criterion.key, id);
        for (qsizetype i = 0; i < flags.size(); ++i) {
            auto *row
                = new FlagRow(m_criterion, id, int(i), id.isEmpty() ? QString() : letterOf(session(), id), m_list);
            row->showFlag(flags[i]);
            connect(row, &FlagRow::edited, this, [this, row](bool noteOnly) {
                Q_UNUSED(noteOnly);
                session()->changeFlag(m_criterion.key, row->responseId(), row->index(), row->flag());
            });
            connect(row, &FlagRow::removeRequested, this,
                [this, row] { session()->removeFlag(m_criterion.key, row->responseId(), row->index()); });
            m_list->layout()->addWidget(row);
            m_rows << row;
        }
    }
}

void FlagsEditor::refresh()
{
    if (!session()) {
        qDeleteAll(m_rows);
        m_rows.clear();
        return;
    }
    QList<std::pair<QString, Flag>> wanted;
    for (const QString &id : m_ids) {
        for (const Flag &f : session()->flags(m_criterion.key, id))
            wanted << std::pair{id, f};
    }
    bool sameShape = wanted.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < wanted.size(); ++i)
        sameShape = m_rows[i]->responseId() == wanted[i].first;
    if (!sameShape) {
        rebuild();
    } else {
        for (qsizetype i = 0; i < wanted.size(); ++i)
            m_rows[i]->showFlag(wanted[i].second);
    }
    if (!m_focusNewFor.isEmpty()) {
        for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
            if (m_rows[i]->responseId() == m_focusNewFor) {
                m_rows[i]->category()->setFocus(Qt::ShortcutFocusReason);
                break;
            }
        }
        m_focusNewFor.clear();
    }
}

void FlagsEditor::focusEditor()
{
    if (!m_rows.isEmpty())
        m_rows.first()->category()->setFocus(Qt::TabFocusReason);
    else if (QWidget *first = m_addButtons->findChild<QPushButton *>())
        first->setFocus(Qt::TabFocusReason);
}

} // namespace verdict
