#include "authoring/markdowneditor.h"

#include "highlight/codehighlighter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>

namespace verdict {

MarkdownEditor::MarkdownEditor(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_editor = new QPlainTextEdit(split);
    m_editor->setAccessibleName(accessibleName);
    m_editor->setAccessibleDescription(tr("Markdown; the preview beside it shows how it renders"));
    m_editor->setTabChangesFocus(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview = new QTextBrowser(split);
    m_preview->setAccessibleName(tr("%1, preview").arg(accessibleName));
    m_preview->setAccessibleDescription(tr("The Markdown rendered, with code highlighted"));
    m_preview->setOpenLinks(false);
    m_preview->setFocusPolicy(Qt::ClickFocus);
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    layout->addWidget(split);
    setFocusProxy(m_editor);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &MarkdownEditor::refreshPreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_timer->start();
        emit changed();
    });
}

QString MarkdownEditor::text() const
{
    return m_editor->toPlainText();
}

void MarkdownEditor::setText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(text);
    }
    refreshPreview();
}

void MarkdownEditor::setPlaceholderText(const QString &text)
{
    m_editor->setPlaceholderText(text);
}

void MarkdownEditor::refreshPreview()
{
    m_timer->stop();
    m_preview->setMarkdown(m_editor->toPlainText());
    highlightCodeBlocks(m_preview->document());
}

} // namespace verdict
