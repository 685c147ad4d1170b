#pragma once

#include "editors/criterioneditor.h"

class QLabel;
class QPlainTextEdit;

namespace verdict {

// A written answer (a rationale), with its length and the minimum shown as
// it is typed.
class TextAnswerEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit TextAnswerEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    QPlainTextEdit *editor() const { return m_edit; }

private:
    void updateCount();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    bool m_refreshing = false;
};

} // namespace verdict
