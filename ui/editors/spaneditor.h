#pragma once

#include "domain/answers.h"
#include "editors/criterioneditor.h"

class QListView;

namespace verdict {

class SpanListModel;

// The span labels as a palette (click one, or press its key, to tag the
// selected text of the focused response or relabel the current span) and the
// list of tagged spans (Enter shows one in its response, Delete removes it).
class SpanEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit SpanEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    SpanListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // The span selected in the list, if the list has the focus.
    bool currentEntry(QString *responseId, Span *span) const;
    // The labels' keys tag and relabel, Delete removes the current span; in
    // the list and in the responses of `taskView`.
    void createActions(TaskView *taskView) override;
    // Relabels the span current in the list or in the focused response, or
    // tags the text selected there.
    void tagOrRelabel(const QString &label);
    void removeCurrentSpan();

protected:
    void sessionChanged() override;

private:
    TaskView *m_taskView = nullptr;
    SpanListModel *m_model = nullptr;
    QListView *m_view = nullptr;
};

} // namespace verdict
