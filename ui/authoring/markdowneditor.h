#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace verdict {

// Markdown source on the left and its rendering on the right, with fenced
// code blocks highlighted by language; the preview follows the typing.
class MarkdownEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(const QString &accessibleName, QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    // Renders the preview now instead of after the typing pause.
    void refreshPreview();

signals:
    void changed();

private:
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace verdict
