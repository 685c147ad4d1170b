#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace verdict {

class Project;
class QueueModel;
class TaskView;

// The workbench: a queue of tasks on the left, the selected task in the
// middle, the project, person and counts in the status bar.
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

    // Selects the task in the given queue row and shows it.
    void selectRow(int row);

    // Asks for the person's name when none is kept yet; returns false when refused.
    bool ensurePerson();

private:
    void createActions();
    void newProject();
    void openProjectDialog();
    void editRubric();
    void updateRecentMenu();
    void showCurrentTask();
    void updateStatus();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Project> m_project;
    QString m_person;
    QueueModel *m_queue = nullptr;
    QTableView *m_queueView = nullptr;
    QLineEdit *m_filter = nullptr;
    TaskView *m_taskView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_personLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

} // namespace verdict
