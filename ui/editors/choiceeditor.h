#pragma once

#include "editors/criterioneditor.h"

class QComboBox;

namespace verdict {

// Picks one option, for the task or for each response. Number keys pick the
// n-th option for the focused row.
class ChoiceEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit ChoiceEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    QString currentResponseId() const override;
    // Picks option `number` (1-based) for the focused row.
    void chooseCurrent(int number);
    // 1…9 pick the n-th option for the focused row.
    void createActions(TaskView *taskView) override;

protected:
    void sessionChanged() override;

private:
    QWidget *m_rows = nullptr;
    QList<QComboBox *> m_boxes;
    QStringList m_ids;
    bool m_refreshing = false;
};

} // namespace verdict
