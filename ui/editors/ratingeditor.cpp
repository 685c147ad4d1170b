#include "editors/ratingeditor.h"

#include "editors/responserow.h"
#include "workbench/annotationsession.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace verdict {

RatingEditor::RatingEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    QStringList legend;
    for (int v = criterion.scaleMin; v <= criterion.scaleMax; ++v) {
        const ScaleAnchor *a = criterion.anchor(v);
        legend << (a && !a->label.isEmpty() ? QStringLiteral("<b>%1</b>&nbsp;%2").arg(v).arg(a->label.toHtmlEscaped())
                                            : QStringLiteral("<b>%1</b>").arg(v));
    }
    auto *legendLabel = new QLabel(legend.join(QStringLiteral(" &nbsp;·&nbsp; ")), this);
    legendLabel->setObjectName(QStringLiteral("anchors"));
    legendLabel->setTextFormat(Qt::RichText);
    legendLabel->setWordWrap(true);
    body()->addWidget(legendLabel);
    m_rows = new QWidget(this);
    auto *rowsLayout = new QVBoxLayout(m_rows);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->setSpacing(2);
    body()->addWidget(m_rows);
}

void RatingEditor::sessionChanged()
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
    m_lines.clear();
    for (const QString &id : ids) {
        Line line;
        line.row = new ResponseRow(id, id.isEmpty() ? tr("Task") : letterOf(session(), id), m_rows);
        line.buttons = new QButtonGroup(line.row);
        line.buttons->setExclusive(false);
        for (int v = m_criterion.scaleMin; v <= m_criterion.scaleMax; ++v) {
            auto *button = new QToolButton(line.row);
            button->setText(QString::number(v));
            button->setCheckable(true);
            button->setFocusPolicy(Qt::NoFocus);
            button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("00")) + 14);
            if (const ScaleAnchor *a = m_criterion.anchor(v))
                button->setToolTip(QStringLiteral("%1 — %2").arg(a->label, a->description));
            line.buttons->addButton(button, v);
            line.row->inputs()->addWidget(button);
        }
        line.anchor = new QLabel(line.row);
        line.anchor->setTextFormat(Qt::PlainText);
        line.anchor->setMinimumWidth(40);
        line.row->inputs()->addSpacing(6);
        line.row->inputs()->addWidget(line.anchor, 1);
        connect(line.buttons, &QButtonGroup::idClicked, this, [this, id, buttons = line.buttons](int v) {
            if (!session())
                return;
            const auto current = session()->rating(m_criterion.key, id);
            session()->setRating(m_criterion.key, id, current == v ? std::nullopt : std::optional<int>(v));
            buttons->button(v)->setChecked(session()->rating(m_criterion.key, id) == v);
        });
        m_rows->layout()->addWidget(line.row);
        m_lines << line;
    }
}

void RatingEditor::refresh()
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QString &id = m_ids[i];
        const std::optional<int> rated = session() ? session()->rating(m_criterion.key, id) : std::nullopt;
        const bool has = rated.has_value();
        const int value = rated.value_or(0);
        for (QAbstractButton *button : m_lines[i].buttons->buttons())
            button->setChecked(has && m_lines[i].buttons->id(button) == value);
        const ScaleAnchor *a = has ? m_criterion.anchor(value) : nullptr;
        m_lines[i].anchor->setText(a ? a->label : has ? QString::number(value) : QStringLiteral("—"));
        m_lines[i].anchor->setToolTip(a ? a->description : QString());
    }
}

void RatingEditor::focusEditor()
{
    if (!m_lines.isEmpty())
        m_lines.first().row->setFocus(Qt::TabFocusReason);
}

QString RatingEditor::currentResponseId() const
{
    if (ResponseRow *row = ResponseRow::of(QApplication::focusWidget()); row && isAncestorOf(row))
        return row->responseId();
    return m_ids.value(0);
}

void RatingEditor::rateCurrent(int value)
{
    if (!session() || value < m_criterion.scaleMin || value > m_criterion.scaleMax || m_ids.isEmpty())
        return;
    session()->setRating(m_criterion.key, currentResponseId(), value);
}

void RatingEditor::createActions(TaskView *taskView)
{
    Q_UNUSED(taskView);
    const QString group = tr("In %1").arg(m_criterion.title);
    for (int v = std::max(0, m_criterion.scaleMin); v <= std::min(9, m_criterion.scaleMax); ++v) {
        const ScaleAnchor *anchor = m_criterion.anchor(v);
        QAction *a = addKeyAction(QStringLiteral("rate-%1-%2").arg(m_criterion.key).arg(v),
            anchor ? tr("%1 — %2").arg(v).arg(anchor->label) : QString::number(v), QKeySequence(Qt::Key(Qt::Key_0 + v)),
            group, {this});
        connect(a, &QAction::triggered, this, [this, v] { rateCurrent(v); });
    }
}

} // namespace verdict
