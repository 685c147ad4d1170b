#include "dialogs/goldfeedbackdialog.h"

#include "common/answertext.h"
#include "common/appearance.h"
#include "workflow/goldfeedback.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace verdict {

namespace {

QString signedNumber(int value)
{
    return value > 0 ? u'+' + QString::number(value) : QString::number(value);
}

// "A +1 · B 0" for a per-response rating; "+1" for one of the task.
QString ratingText(const QMap<QString, int> &differences, const Task &task)
{
    QStringList parts;
    for (auto it = differences.cbegin(); it != differences.cend(); ++it) {
        if (it.key().isEmpty()) {
            parts << signedNumber(it.value());
            continue;
        }
        parts << letterOf(task, it.key()) + u' ' + signedNumber(it.value());
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

GoldFeedbackDialog::GoldFeedbackDialog(
    const Rubric &rubric, const Task &task, const Annotation &yours, const GoldAnswer &gold, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("goldFeedback"));
    setWindowTitle(tr("Gold Answer for %1").arg(task.id));
    setAccessibleName(windowTitle());

    const QList<GoldFeedbackItem> items = goldFeedback(rubric, yours, gold);
    m_compared = int(items.size());
    m_table = new QTableWidget(int(items.size()), 4, this);
    m_table->setObjectName(QStringLiteral("goldFeedbackTable"));
    m_table->setAccessibleName(tr("Your answers and the gold answers"));
    m_table->setAccessibleDescription(tr("One row per criterion: your answer, the gold answer and whether they match"));
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("Your answer"), tr("Gold answer"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < items.size(); ++row) {
        const GoldFeedbackItem &item = items.at(row);
        if (item.same)
            ++m_matched;
        QString result = item.same ? tr("✓ Same") : tr("✗ Different");
        if (!item.same && item.yours.isNull())
            result = tr("✗ Not answered");
        else if (!item.same && !item.ratingDifference.isEmpty())
            result += u"  (" + ratingText(item.ratingDifference, task) + u')';
        else if (!item.same && !item.differingResponses.isEmpty()) {
            QStringList letters;
            for (const QString &id : item.differingResponses)
                letters << letterOf(task, id);
            result += u"  (" + letters.join(QStringLiteral(", ")) + u')';
        }
        const QStringList cells{item.criterion->title.isEmpty() ? item.criterion->key : item.criterion->title,
            item.yours.isNull() ? tr("—") : describeAnswer(*item.criterion, task, item.yours),
            describeAnswer(*item.criterion, task, item.gold), result};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            if (column == 3) {
                QFont font = cell->font();
                font.setBold(!item.same);
                cell->setFont(font);
            }
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 1; column < 3; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    m_table->resizeRowsToContents();
    // As tall as its rows, up to a screenful: no empty box under two criteria.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setMinimumHeight(qMin(height, 160));
    m_table->setMaximumHeight(qMax(qMin(height, 420), 160));

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("goldFeedbackSummary"));
    summary->setText(m_compared == 0
            ? tr("The gold answer covers none of this rubric's criteria.")
            : tr("You matched the gold answer on %1 of %n criteria.", nullptr, m_compared).arg(m_matched));
    Appearance::setRelativeFont(summary, 1.2, true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table, 1);
    if (!gold.rationale.trimmed().isEmpty()) {
        auto *why = new QLabel(tr("Why the gold answer is what it is: %1").arg(gold.rationale), this);
        why->setTextFormat(Qt::PlainText);
        why->setObjectName(QStringLiteral("goldFeedbackRationale"));
        why->setWordWrap(true);
        why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(why);
    }
    auto *note = new QLabel(tr("A calibration round: your answer is submitted as given; use what differs on the "
                               "next tasks."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *next = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    next->setAccessibleName(tr("Continue with the next task"));
    next->setAccessibleDescription(tr("Closes this comparison; your answer stays submitted"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    next->setFocus();
    resize(900, sizeHint().height());
}

} // namespace verdict
