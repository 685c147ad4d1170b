#pragma once

#include "workbench/savequeue.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace verdict {

class Workbench;

// Opening projects in the workbench window: a file, a new project, a recent
// one or the demo, with what opening asks (who is working; whether to leave
// changes that wait for a busy project) and tells (what was recovered of the
// changes a workbench that stopped left waiting). Problems are shown in
// message boxes over the window.
class ProjectOpener final : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the opener.
    ProjectOpener(Workbench &workbench, QMainWindow *window);

    // Opens a project file; on failure shows why and keeps what was open.
    bool open(const QString &path);
    // Creates (if needed) and opens the demo project in the user's data folder.
    bool openDemo();
    // Asks for a file and a name, creates the project and opens it.
    void createProject();
    // Asks for a project file and opens it.
    void chooseProject();
    // Lists the recent projects in `menu`, each opening its project.
    void fillRecentMenu(QMenu *menu);

    // Asks for the person's name when none is kept yet; returns false when refused.
    bool ensurePerson();
    // Works as `name` from now on, kept in the settings.
    void setPerson(const QString &name);
    // With changes waiting for a busy project: tries them once more, then asks
    // whether to close (or open `other`) without them; true when nothing
    // would be lost or the person agrees.
    bool mayLeaveWaitingChanges(const QString &other = {});

private:
    void reportRecovery(const SaveQueue::Recovery &recovery);
    void showError(const QString &title, const QString &message);

    Workbench &m_workbench;
    QMainWindow *m_window;
};

} // namespace verdict
