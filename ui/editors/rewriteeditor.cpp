#include "editors/rewriteeditor.h"

#include "dialogs/shortcutsdialog.h"
#include "util/textdiff.h"
#include "workbench/annotationsession.h"
#include "workbench/texteditfilter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace verdict {

RewriteEditor::RewriteEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    auto *bar = new QHBoxLayout;
    auto *from = new QLabel(tr("Start from"), this);
    m_seed = new QComboBox(this);
    m_seed->setAccessibleName(tr("Start the rewrite from"));
    m_seed->setAccessibleDescription(tr("The response the ideal response starts from"));
    from->setBuddy(m_seed);
    m_start = new QPushButton(tr("Start"), this);
    m_start->setToolTip(tr("Replace the text with the chosen response (undo brings it back)"));
    auto *changes = new QAction(tr("Show changes"), this);
    changes->setObjectName(QStringLiteral("showChanges"));
    changes->setCheckable(true);
    changes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    changes->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    changes->setToolTip(tr("Show the rewrite against the response it started from (Ctrl+D)"));
    changes->setProperty(ShortcutsDialog::groupProperty(), tr("In %1").arg(criterion.title));
    addAction(changes);
    m_changes = new QToolButton(this);
    m_changes->setDefaultAction(changes);
    bar->addWidget(from);
    bar->addWidget(m_seed, 1);
    bar->addWidget(m_start);
    bar->addWidget(m_changes);
    body()->addLayout(bar);

    m_stack = new QStackedWidget(this);
    m_edit = new QPlainTextEdit(m_stack);
    m_edit->setObjectName(u"rewrite-" + criterion.key);
    m_edit->setAccessibleName(criterion.title);
    m_edit->setAccessibleDescription(
        tr("Your ideal response; Ctrl+D shows its changes against the response it started from"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Optional. Start from the best response and fix it."));
    TextEditFilter::install(m_edit);
    m_diff = new QTextBrowser(m_stack);
    m_diff->setObjectName(QStringLiteral("rewriteChanges"));
    m_diff->setAccessibleName(tr("Changes against the response"));
    m_diff->setAccessibleDescription(
        tr("What the ideal response changed: deletions struck through, insertions marked"));
    m_stack->addWidget(m_edit);
    m_stack->addWidget(m_diff);
    m_stack->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 10 + 14);
    body()->addWidget(m_stack);

    connect(m_start, &QPushButton::clicked, this, [this] { startFrom(m_seed->currentData().toString()); });
    connect(changes, &QAction::toggled, this, &RewriteEditor::setShowChanges);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_refreshing || !session())
            return;
        Rewrite rewrite = session()->rewrite(m_criterion.key);
        rewrite.text = m_edit->toPlainText();
        session()->setRewrite(m_criterion.key, rewrite);
    });
}

void RewriteEditor::sessionChanged()
{
    m_seed->clear();
    if (!session())
        return;
    for (const Response &r : session()->task().responses)
        m_seed->addItem(tr("Response %1").arg(letterOf(session(), r.id)), r.id);
    m_seed->addItem(tr("Blank"), QString());
}

void RewriteEditor::startFrom(const QString &responseId)
{
    if (!session())
        return;
    const Response *response = session()->task().response(responseId);
    session()->setRewrite(m_criterion.key, Rewrite{responseId, response ? response->content : QString()});
}

void RewriteEditor::setShowChanges(bool show)
{
    if (m_changes->defaultAction()->isChecked() != show)
        m_changes->defaultAction()->setChecked(show);
    m_stack->setCurrentWidget(show ? static_cast<QWidget *>(m_diff) : m_edit);
    updateDiff();
}

void RewriteEditor::refresh()
{
    const Rewrite rewrite = session() ? session()->rewrite(m_criterion.key) : Rewrite();
    if (m_edit->toPlainText() != rewrite.text) {
        m_refreshing = true;
        const int position = m_edit->textCursor().position();
        m_edit->setPlainText(rewrite.text);
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::min<int>(position, int(rewrite.text.size())));
        m_edit->setTextCursor(cursor);
        m_refreshing = false;
    }
    const int seedIndex = m_seed->findData(rewrite.seed);
    if (seedIndex >= 0 && !rewrite.seed.isEmpty())
        m_seed->setCurrentIndex(seedIndex);
    m_changes->defaultAction()->setEnabled(!rewrite.seed.isEmpty());
    if (rewrite.seed.isEmpty() && m_changes->defaultAction()->isChecked())
        setShowChanges(false);
    updateDiff();
}

void RewriteEditor::updateDiff()
{
    if (m_stack->currentWidget() != m_diff || !session())
        return;
    const Rewrite rewrite = session()->rewrite(m_criterion.key);
    const Response *seed = session()->task().response(rewrite.seed);
    const QList<textdiff::Piece> pieces = textdiff::diff(seed ? seed->content : QString(), rewrite.text);
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    for (const textdiff::Piece &p : pieces) {
        const QString text = p.text.toHtmlEscaped();
        switch (p.op) {
        case textdiff::Op::Equal:
            html += text;
            break;
        case textdiff::Op::Delete:
            html += QStringLiteral("<span style=\"background-color:#f6d4d4; color:#8a1f1f; text-decoration: "
                                   "line-through\">%1</span>")
                        .arg(text);
            break;
        case textdiff::Op::Insert:
            html += QStringLiteral("<span style=\"background-color:#d3f0d8; color:#145a26\">%1</span>").arg(text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    m_diff->setHtml(html);
}

void RewriteEditor::focusEditor()
{
    if (m_stack->currentWidget() == m_edit)
        m_edit->setFocus(Qt::TabFocusReason);
    else
        m_diff->setFocus(Qt::TabFocusReason);
}

} // namespace verdict
