#pragma once

#include "editors/criterioneditor.h"

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace verdict {

// The ideal response: started from a chosen response (or blank), edited
// freely, and shown as changes against the response it started from.
class RewriteEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit RewriteEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    QPlainTextEdit *editor() const { return m_edit; }
    QTextBrowser *diffView() const { return m_diff; }
    // Starts the rewrite over from a response (empty: blank).
    void startFrom(const QString &responseId);
    void setShowChanges(bool show);

protected:
    void sessionChanged() override;

private:
    void updateDiff();

    QComboBox *m_seed = nullptr;
    QPushButton *m_start = nullptr;
    QToolButton *m_changes = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QTextBrowser *m_diff = nullptr;
    bool m_refreshing = false;
};

} // namespace verdict
