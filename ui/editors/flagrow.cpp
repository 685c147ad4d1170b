#include "editors/flagrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace verdict {

FlagRow::FlagRow(
    const Criterion &criterion, const QString &responseId, int index, const QString &letter, QWidget *parent)
    : QFrame(parent)
    , m_responseId(responseId)
    , m_index(index)
{
    setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(3);
    auto *label = new QLabel(letter, this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_category = new QComboBox(this);
    m_category->setPlaceholderText(tr("Category…"));
    m_category->setAccessibleName(tr("Flag category"));
    for (const Option &o : criterion.categories) {
        m_category->addItem(o.name, o.key);
        m_category->setItemData(m_category->count() - 1, o.description, Qt::ToolTipRole);
    }
    m_severity = new QComboBox(this);
    m_severity->setPlaceholderText(tr("Severity…"));
    m_severity->setAccessibleName(tr("Flag severity"));
    for (const Option &o : criterion.severities) {
        m_severity->addItem(o.name, o.key);
        m_severity->setItemData(m_severity->count() - 1, o.description, Qt::ToolTipRole);
    }
    m_escalate = new QCheckBox(tr("Escalate"), this);
    m_escalate->setToolTip(tr("Ask a lead to review this response"));
    auto *remove = new QToolButton(this);
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this flag"));
    remove->setAccessibleName(tr("Remove flag"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("One-line note: what is harmful"));
    m_note->setAccessibleName(tr("Flag note"));
    grid->addWidget(label, 0, 0);
    grid->addWidget(m_category, 0, 1);
    grid->addWidget(m_severity, 0, 2);
    grid->addWidget(m_escalate, 0, 3);
    grid->addWidget(remove, 0, 4);
    grid->addWidget(m_note, 1, 1, 1, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);
    const auto changed = [this] {
        if (!m_showing)
            emit edited(false);
    };
    connect(m_category, &QComboBox::currentIndexChanged, this, changed);
    connect(m_severity, &QComboBox::currentIndexChanged, this, changed);
    connect(m_escalate, &QCheckBox::toggled, this, changed);
    connect(m_note, &QLineEdit::textEdited, this, [this] { emit edited(true); });
    connect(remove, &QToolButton::clicked, this, &FlagRow::removeRequested);
}

void FlagRow::showFlag(const Flag &flag)
{
    m_showing = true;
    m_category->setCurrentIndex(m_category->findData(flag.category));
    m_severity->setCurrentIndex(m_severity->findData(flag.severity));
    m_escalate->setChecked(flag.escalate);
    if (m_note->text() != flag.note)
        m_note->setText(flag.note);
    m_showing = false;
}

Flag FlagRow::flag() const
{
    return Flag{m_category->currentData().toString(), m_severity->currentData().toString(), m_note->text(),
        m_escalate->isChecked()};
}

} // namespace verdict
