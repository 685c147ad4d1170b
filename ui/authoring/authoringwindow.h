#pragma once

#include "store/authoringstore.h"

#include <QMainWindow>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QMenuBar;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace verdict {

class AuthoredListModel;
class AuthoringEditor;
class BackgroundJob;
class Project;
class RevisionHistory;

// Writing SFT examples and logging red-team attempts: the authored tasks on
// the left, the one being written in the middle, and beside it its reviews,
// its revision history, the near-duplicate prompts, what is missing across
// all authored tasks and the acceptance rate of each author. Edit → Undo and
// Redo go through the edits of the task open, saves included. Every save is a
// revision; unsaved edits are never dropped without asking. Opens its own
// connection to the project.
class AuthoringWindow final : public QMainWindow
{
    Q_OBJECT

public:
    AuthoringWindow(const QString &projectPath, const QString &person, QWidget *parent = nullptr);
    ~AuthoringWindow() override;

    // Adds the Author menu to a menu bar: the authoring window, new examples
    // and entries, and "duplicate and vary" of the task `currentTask` names.
    static QMenu *addMenu(QMenuBar *bar, std::function<QString()> projectPath, std::function<QString()> person,
        std::function<QString()> currentTask, QWidget *parent);

    bool isOpen() const { return m_project != nullptr; }
    Project *project() const { return m_project.get(); }

    // Starts a new task in the editor (asking first about unsaved edits).
    bool newTask(AuthoredKind kind);
    // Starts a new task from an existing one, authored or not.
    bool duplicateAndVary(const QString &taskId, AuthoredKind kind);
    // Opens an authored task in the editor.
    bool openTask(const QString &id);
    // Saves the edited task as a new revision; false with a message when it cannot.
    bool save();
    // Runs the checks (duplicates, missing fields, acceptance) on a worker thread.
    void refreshChecks();
    // Writes the red-team report on a worker thread.
    void saveRedTeamReport(const QString &fileName, bool asHtml);
    // Whether a worker is running.
    bool isBusy() const;

    AuthoringEditor *editor() const { return m_editor; }
    AuthoredListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_list; }
    RevisionHistory *history() const { return m_history; }
    QTextBrowser *reviewView() const { return m_reviews; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    QTableWidget *checksTable() const { return m_checks; }
    QTableWidget *authorsTable() const { return m_authors; }
    QTabWidget *sideTabs() const { return m_tabs; }
    QString currentId() const { return m_currentId; }
    QString statusText() const;

signals:
    // A task was saved (for windows showing the queue).
    void saved(const QString &taskId);
    // A worker finished its run.
    void workFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Analysis;
    void buildUi();
    void createMenus();
    bool maybeSave();
    void reloadList();
    void showTaskDetails();
    void applyAnalysis(const Analysis &analysis);
    void runInBackground(const QString &what, std::function<QString(Project &, const std::atomic_bool &)> work,
        std::function<void()> done);
    void updateTitle();
    void askForReport();

    std::unique_ptr<Project> m_project;
    QString m_person;
    QString m_currentId; // empty while a new task is not yet saved
    QList<Taxonomy> m_taxonomies;
    std::shared_ptr<Analysis> m_analysis;
    BackgroundJob *m_job = nullptr;

    AuthoredListModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    AuthoringEditor *m_editor = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_reviews = nullptr;
    RevisionHistory *m_history = nullptr;
    QTableWidget *m_duplicates = nullptr;
    QTableWidget *m_checks = nullptr;
    QTableWidget *m_authors = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace verdict
