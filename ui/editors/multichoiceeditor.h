#pragma once

#include "editors/criterioneditor.h"

class QCheckBox;

namespace verdict {

// Ticks any number of options, for the task or for each response. Number
// keys toggle the n-th option where the focus is.
class MultiChoiceEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit MultiChoiceEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    QString currentResponseId() const override;
    void toggleCurrent(int number);
    // 1…9 tick or untick the n-th option for the focused row.
    void createActions(TaskView *taskView) override;

protected:
    void sessionChanged() override;

private:
    QWidget *m_groups = nullptr;
    QList<QList<QCheckBox *>> m_boxes;
    QStringList m_ids;
};

} // namespace verdict
