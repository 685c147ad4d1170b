#pragma once

#include "workbench/issuemodel.h"

#include <QDockWidget>

class QLabel;
class QTableView;

namespace verdict {

// A dock listing the problems of the last import or export. Double-clicking
// one shows its line of the file with the column marked.
class IssuesPanel final : public QDockWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget *parent = nullptr);

    // Shows the issues, and the panel when there are any or `raise` is set; `summary` heads the list.
    void showIssues(const QList<Issue> &issues, const QString &summary, bool raise = false);
    IssueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The text the panel shows for an issue's line: the line, and a caret under its column.
    static QString lineExcerpt(const Error &error);

signals:
    void lineRequested(const QString &excerpt);

private:
    void showLine(const QModelIndex &index);

    IssueModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace verdict
