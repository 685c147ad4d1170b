#include "lead/optiontable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace verdict {

namespace {
enum Column { KeyColumn, NameColumn, DescriptionColumn, ColorColumn, ShortcutColumn };
} // namespace

OptionTable::OptionTable(Mode mode, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, int(headers().size()), this);
    m_table->setHorizontalHeaderLabels(headers());
    m_table->setAccessibleName(accessibleName);
    m_table->setAccessibleDescription(tr("One row per entry; Tab moves between cells and typing edits one"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &text, const QString &description, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleDescription(description);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Add"), tr("Add a row"), [this] { addRow(); });
    button(tr("Remove"), tr("Remove the selected row"), [this] { removeCurrentRow(); });
    button(tr("Up"), tr("Move the selected row up"), [this] { moveCurrentRow(-1); });
    button(tr("Down"), tr("Move the selected row down"), [this] { moveCurrentRow(1); });
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        if (m_mode == Mode::SpanLabels && item->column() == ColorColumn)
            recolour(item->row());
        emit changed();
    });
}

QStringList OptionTable::headers() const
{
    switch (m_mode) {
    case Mode::Options:
        return {tr("Key"), tr("Label"), tr("Description")};
    case Mode::SpanLabels:
        return {tr("Key"), tr("Name"), tr("Description"), tr("Colour"), tr("Key press")};
    case Mode::Named:
        return {tr("Key"), tr("Name"), tr("Description")};
    case Mode::Anchors:
        return {tr("Value"), tr("Label"), tr("Description")};
    }
    return {};
}

void OptionTable::recolour(int row)
{
    QTableWidgetItem *item = m_table->item(row, ColorColumn);
    if (!item)
        return;
    const QColor colour = QColor::fromString(item->text().trimmed());
    m_filling = true;
    item->setData(Qt::DecorationRole, colour.isValid() ? colour : QVariant());
    m_filling = false;
}

void OptionTable::setOptions(const QList<Option> &options)
{
    m_filling = true;
    m_table->setRowCount(int(options.size()));
    for (int row = 0; row < options.size(); ++row) {
        const Option &o = options[row];
        m_table->setItem(row, KeyColumn, new QTableWidgetItem(o.key));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(o.name));
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(o.description));
        if (m_mode == Mode::SpanLabels) {
            m_table->setItem(row, ColorColumn, new QTableWidgetItem(o.color));
            m_table->setItem(row, ShortcutColumn, new QTableWidgetItem(o.shortcut));
        }
    }
    m_filling = false;
    for (int row = 0; row < options.size() && m_mode == Mode::SpanLabels; ++row)
        recolour(row);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
}

QList<Option> OptionTable::options() const
{
    QList<Option> list;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Option o;
        o.key = text(row, KeyColumn);
        o.name = text(row, NameColumn);
        o.description = text(row, DescriptionColumn);
        if (m_mode == Mode::SpanLabels) {
            o.color = text(row, ColorColumn);
            o.shortcut = text(row, ShortcutColumn);
        }
        if (o.name.isEmpty())
            o.name = o.key;
        list << o;
    }
    return list;
}

void OptionTable::setAnchors(const QList<ScaleAnchor> &anchors)
{
    QList<Option> rows;
    for (const ScaleAnchor &a : anchors)
        rows << Option{QString::number(a.value), a.label, a.description, {}, {}};
    setOptions(rows);
}

QList<ScaleAnchor> OptionTable::anchors() const
{
    QList<ScaleAnchor> list;
    for (const Option &o : options()) {
        bool ok = false;
        const int value = o.key.toInt(&ok);
        if (ok)
            list << ScaleAnchor{value, o.name == o.key ? QString() : o.name, o.description};
    }
    return list;
}

void OptionTable::addRow()
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setItem(row, column, new QTableWidgetItem);
    if (m_mode == Mode::SpanLabels)
        m_table->item(row, ColorColumn)->setText(QStringLiteral("#808080"));
    m_filling = false;
    m_table->setCurrentCell(row, KeyColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, KeyColumn));
    emit changed();
}

void OptionTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    emit changed();
}

void OptionTable::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    m_filling = true;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        QTableWidgetItem *a = m_table->takeItem(row, column);
        QTableWidgetItem *b = m_table->takeItem(target, column);
        m_table->setItem(row, column, b);
        m_table->setItem(target, column, a);
    }
    m_filling = false;
    m_table->setCurrentCell(target, m_table->currentColumn());
    emit changed();
}

} // namespace verdict
