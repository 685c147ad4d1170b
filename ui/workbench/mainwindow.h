#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QTableView;
class QTimer;
class QUndoGroup;

namespace verdict {

class ActivityClock;
class AdjudicationWindow;
class AnswerOverlay;
class GuidancePane;
class ProjectOpener;
class QueuePanel;
class RubricPanel;
class TaskView;
class Workbench;
class WorkbenchStatusBar;

// The workbench window: the queue on the left with the guidelines under it,
// the task in the middle, the rubric on the right; the project, person,
// active time and counts in the status bar. It arranges views and actions
// around its Workbench, which holds the project, the queue and the open
// task's annotation session, where every edit is stored as a draft at once.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; on failure shows why and keeps what was open.
    bool openProject(const QString &path);
    // Creates (if needed) and opens the demo project in the user's data folder.
    bool openDemoProject();

    Workbench &workbench() const { return *m_workbench; }
    QTableView *queueView() const;
    TaskView *taskView() const { return m_taskView; }
    RubricPanel *rubricPanel() const { return m_rubricPanel; }
    GuidancePane *guidancePane() const { return m_guidance; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // An action by its object name ("submit", "nextTask"…), for tests and scripts.
    QAction *action(const QString &name) const;

    // The annotation flow, as the actions run it: a refused submit shows
    // what is missing; the reason or note is asked for when not given.
    bool submit();
    bool skip(const QString &reason = {});
    bool escalate(const QString &note = {});

    // Works on as `name` from now on (stored in the settings): the queue, the
    // open task and new annotations are that person's.
    void setPerson(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectWorkbench();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createGoMenu();
    void createTaskMenu();
    void createLeadMenu();
    void createHelpMenu();

    void editRubric();
    void adjudicate();
    void closeAdjudication();
    void sessionChanged();
    void showTask();
    // After a submit in a calibration workspace: the gold answer next to the trainer's.
    void showGoldFeedback();
    void flagFocused();
    void showError(const QString &title, const QString &message);
    void followPalette();
    void updateTabOrder();

    Workbench *m_workbench = nullptr;
    ProjectOpener *m_opener = nullptr;
    TaskView *m_taskView = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    RubricPanel *m_rubricPanel = nullptr;
    GuidancePane *m_guidance = nullptr;
    AnswerOverlay *m_overlay = nullptr;
    WorkbenchStatusBar *m_status = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_guidanceDock = nullptr;
    QDockWidget *m_rubricDock = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    ActivityClock *m_clock = nullptr;
    QTimer *m_prepareTimer = nullptr;
    AdjudicationWindow *m_adjudication = nullptr; // a child window on the project, closed with it
};

} // namespace verdict
