#pragma once

#include "domain/annotation.h"
#include "domain/answers.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "util/result.h"
#include "workbench/savequeue.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QUndoGroup;

namespace verdict {

class ActivityClock;
class AnnotationSession;
class GuidancePane;
class AdjudicationWindow;
class Project;
class QueueModel;
class RubricPanel;
class TaskView;

// The workbench: the queue on the left with the guidelines under it, the
// task in the middle, the rubric on the right; the project, person, active
// time and counts in the status bar. Every edit goes through the current
// task's annotation session and is stored as a draft at once.
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
    Project *project() const { return m_project.get(); }
    QString person() const { return m_person; }

    QueueModel *queueModel() const { return m_queue; }
    QTableView *queueView() const { return m_queueView; }
    TaskView *taskView() const { return m_taskView; }
    RubricPanel *rubricPanel() const { return m_rubricPanel; }
    GuidancePane *guidancePane() const { return m_guidance; }
    AnnotationSession *session() const { return m_session.get(); }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // The annotation writes waiting for the project (another program holding it).
    SaveQueue *saveQueue() const { return m_saves; }
    // An action by its object name ("submit", "nextTask"…), for tests and scripts.
    QAction *action(const QString &name) const;

    // Selects the task in the given queue row and shows it.
    void selectRow(int row);

    // Asks for the person's name when none is kept yet; returns false when refused.
    bool ensurePerson();

    // The annotation flow, as the actions run it. The reason or note is asked
    // for when not given.
    bool submit();
    bool skip(const QString &reason = {});
    bool escalate(const QString &note = {});
    void nextTask(int step);
    bool nextUnfinished();

    // Works on as `name` from now on (stored in the settings): the queue, the
    // open task and new annotations are that person's.
    void setPerson(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createGoMenu();
    void createTaskMenu();
    void createLeadMenu();
    void createHelpMenu();

    void newProject();
    void openProjectDialog();
    void editRubric();
    void adjudicate();
    // After a submit in a calibration workspace: the gold answer next to the trainer's.
    void showGoldFeedback();
    void updateRecentMenu();
    void showCurrentTask();
    void openSession(const Task &task);
    void closeSession();
    void loadRubric();
    void updateStatus();
    void updateCounts();
    void updateSessionStatus();
    void updateBusy();
    // With changes waiting for a busy project: tries them once more, then asks
    // whether to close (or open `other`) without them; true when nothing
    // would be lost or the person agrees.
    bool mayLeaveWaitingChanges(const QString &other = {});
    // Tells what recovering the changes a stopped workbench left waiting found.
    void reportRecovery(const SaveQueue::Recovery &recovery);
    void showSpans(const QString &responseId = {});
    void updateResponseNotes();
    void applyFilter();
    void showError(const QString &title, const QString &message);
    void followPalette();
    // Renders the next task in the queue ahead, once the current one is on screen.
    void prepareNext();
    void updateTabOrder();

    void flagFocused();

    std::unique_ptr<Project> m_project;
    SaveQueue *m_saves = nullptr; // the current project's, deleted before it
    QString m_person;
    Rubric m_rubric; // the latest published version: new work starts under it
    bool m_hasRubric = false;
    std::unique_ptr<AnnotationSession> m_session;
    qint64 m_sessionRowId = 0;
    qint64 m_totalTasks = 0;

    QueueModel *m_queue = nullptr;
    QTableView *m_queueView = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_queueCounts = nullptr;
    TaskView *m_taskView = nullptr;
    RubricPanel *m_rubricPanel = nullptr;
    GuidancePane *m_guidance = nullptr;
    QDockWidget *m_queueDock = nullptr;
    QDockWidget *m_guidanceDock = nullptr;
    QDockWidget *m_rubricDock = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    ActivityClock *m_clock = nullptr;
    QTimer *m_prepareTimer = nullptr;
    double m_unflushedSeconds = 0;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_taskMenu = nullptr;
    QMenu *m_leadMenu = nullptr;
    AdjudicationWindow *m_adjudication = nullptr; // a child window on m_project, closed with it
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;

    QLabel *m_projectLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QLabel *m_taskLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
};

} // namespace verdict
