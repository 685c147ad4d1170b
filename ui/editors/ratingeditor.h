#pragma once

#include "editors/criterioneditor.h"

class QButtonGroup;
class QLabel;

namespace verdict {

class ResponseRow;

// Scores each response (or the task) on the criterion's scale: a button per
// point, the anchors' labels as a legend, the chosen anchor beside each
// score. Number keys score the focused row.
class RatingEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit RatingEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    QString currentResponseId() const override;
    // Scores the focused row (the first when none has focus).
    void rateCurrent(int value);
    // The scale's points from 0 to 9 score the focused row.
    void createActions(TaskView *taskView) override;

protected:
    void sessionChanged() override;

private:
    struct Line
    {
        ResponseRow *row = nullptr;
        QButtonGroup *buttons = nullptr;
        QLabel *anchor = nullptr;
    };
    QWidget *m_rows = nullptr;
    QList<Line> m_lines;
    QStringList m_ids;
};

} // namespace verdict
