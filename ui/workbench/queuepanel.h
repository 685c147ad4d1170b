#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace verdict {

class Workbench;

// The workbench's queue: a filter by status and by text, the person's tasks
// (the selected one is open), and how many are shown and done.
class QueuePanel final : public QWidget
{
    Q_OBJECT

public:
    // The workbench is not owned and must outlive the panel.
    explicit QueuePanel(Workbench &workbench, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_statusFilter; }

private:
    void applyFilter();
    void selectRow(int row);
    void showCounts();

    Workbench &m_workbench;
    QComboBox *m_statusFilter = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace verdict
