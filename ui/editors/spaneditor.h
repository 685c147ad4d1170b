#pragma once

#include "domain/answers.h"
#include "editors/criterioneditor.h"

class QListView;

namespace verdict {

class SpanListModel;

// The span labels as a palette (click one, or press its key, to tag the
// selected text of the focused response or relabel the current span) and the
// list of tagged spans (Enter shows one, Delete removes it).
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

signals:
    void labelClicked(const QString &label);
    void spanActivated(const QString &responseId, const verdict::Span &span);

protected:
    void sessionChanged() override;

private:
    SpanListModel *m_model = nullptr;
    QListView *m_view = nullptr;
};

} // namespace verdict
