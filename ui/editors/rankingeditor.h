#pragma once

#include "editors/criterioneditor.h"

class QLabel;
class QListView;

namespace verdict {

class RankingModel;

// Orders the responses: the order in one line, always visible, and a list
// to drag in (onto a response to tie, between two to place). With a
// response focused here or in its pane, 1..N give its place.
class RankingEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit RankingEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    QString currentResponseId() const override;
    // 1…9 place the response in focus, = ties it with the one above, 0 unranks it.
    void createActions(TaskView *taskView) override;
    RankingModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

protected:
    void sessionChanged() override;

private:
    void placeFocused(int place);
    void tieFocused();
    void unrankFocused();

    TaskView *m_taskView = nullptr;
    RankingModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace verdict
