#pragma once

#include <QStatusBar>

class QLabel;

namespace verdict {

class Workbench;

// The workbench's status bar: the project, who is working, the open task and
// its annotation's status, writes waiting for a busy project, active time and
// how much is done; and the workbench's passing messages.
class WorkbenchStatusBar final : public QStatusBar
{
    Q_OBJECT

public:
    // The workbench is not owned and must outlive the bar.
    explicit WorkbenchStatusBar(Workbench &workbench, QWidget *parent = nullptr);

    // Shows everything again.
    void refresh();

signals:
    // The open annotation's status as a sentence (empty when none is open).
    void annotationStatusChanged(const QString &text);

private:
    void showAnnotationStatus();
    void showCounts();
    void showBusy();
    void showActiveTime();

    Workbench &m_workbench;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QLabel *m_taskLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
};

} // namespace verdict
