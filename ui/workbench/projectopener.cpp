#include "workbench/projectopener.h"

#include "common/appsettings.h"
#include "domain/person.h"
#include "domain/validation.h"
#include "store/project.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace verdict {

ProjectOpener::ProjectOpener(Workbench &workbench, QMainWindow *window)
    : QObject(window)
    , m_workbench(workbench)
    , m_window(window)
{ }

bool ProjectOpener::open(const QString &path)
{
    auto opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.error().toString());
        return false;
    }
    if (!ensurePerson())
        return false;
    if (!mayLeaveWaitingChanges(QFileInfo(path).fileName()))
        return false;
    const SaveQueue::Recovery recovery = m_workbench.open(std::move(opened).value());
    AppSettings::addRecentProject(path);
    reportRecovery(recovery);
    return true;
}

void ProjectOpener::reportRecovery(const SaveQueue::Recovery &recovery)
{
    if (recovery.queued > 0) {
        const QString text = m_workbench.saveQueue()->count() == 0
            ? tr("Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project "
                 "when Verdict stopped; all are saved now.",
                nullptr, recovery.queued)
                  .arg(recovery.finals)
            : tr("Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project "
                 "when Verdict stopped; they are saved as soon as the project is free.",
                nullptr, recovery.queued)
                  .arg(recovery.finals);
        m_window->statusBar()->showMessage(text, 60000);
    }
    if (recovery.warnings.isEmpty())
        return;
    QStringList lines;
    for (const Error &warning : recovery.warnings)
        lines << warning.toString();
    showError(tr("Some Waiting Changes Could Not Be Read Back"), lines.join(u'\n'));
}

bool ProjectOpener::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.verdict");
    if (!QFileInfo::exists(path)) {
        auto created = demo::create(path);
        if (!created) {
            showError(tr("Cannot create the demo project"), created.error().toString());
            return false;
        }
    }
    return open(path);
}

void ProjectOpener::createProject()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Project"), QDir::homePath(), tr("Verdict projects (*.verdict)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(u".verdict") ? path : path + u".verdict";
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("New Project"), tr("Project name:"), QLineEdit::Normal, QFileInfo(file).completeBaseName(), &ok);
    if (!ok)
        return;
    QFile::remove(file); // the dialog has asked to overwrite; what it leaves beside goes when the new one is made
    auto created = Project::create(file, name);
    if (!created) {
        showError(tr("Cannot create project"), created.error().toString());
        return;
    }
    created->reset();
    open(file);
}

void ProjectOpener::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Project"), QDir::homePath(), tr("Verdict projects (*.verdict);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void ProjectOpener::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = AppSettings::recentProjects();
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    for (const QString &path : recent)
        menu->addAction(QDir::toNativeSeparators(path), this, [this, path] { open(path); });
}

bool ProjectOpener::ensurePerson()
{
    if (!m_workbench.person().isEmpty())
        return true;
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Who is working?"),
        tr("Your name, as it will appear on your annotations:"), QLineEdit::Normal, personFromEnvironment(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return false;
    if (const QString problem = identifierProblem(name, IdentifierKind::Name); !problem.isEmpty()) {
        showError(tr("Cannot use this name"), tr("Your name %1.").arg(problem));
        return false;
    }
    setPerson(name);
    return true;
}

void ProjectOpener::setPerson(const QString &name)
{
    const QString person = name.trimmed();
    if (person.isEmpty() || person == m_workbench.person())
        return;
    AppSettings::setPerson(person);
    m_workbench.setPerson(person);
}

bool ProjectOpener::mayLeaveWaitingChanges(const QString &other)
{
    SaveQueue *saves = m_workbench.saveQueue();
    if (!saves || saves->flush())
        return true;
    const int waiting = saves->count();
    const QString text = other.isEmpty()
        ? tr("%1.\n\n%n change(s) wait for it. They are kept beside the project and saved the next time you "
             "open it in Verdict. Close now, or wait for the project to be free?",
            nullptr, waiting)
              .arg(saves->reason())
        : tr("%1.\n\n%n change(s) wait for it. They are kept beside the project and saved the next time you "
             "open it in Verdict. Open %2 now, or wait for the project to be free?",
            nullptr, waiting)
              .arg(saves->reason(), other);
    QMessageBox box(QMessageBox::Information, tr("Changes Are Waiting"), text, QMessageBox::NoButton, m_window);
    QPushButton *leave = box.addButton(other.isEmpty() ? tr("Close Now") : tr("Open Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Wait"), QMessageBox::RejectRole);
    box.setDefaultButton(leave);
    box.exec();
    return box.clickedButton() == leave;
}

void ProjectOpener::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace verdict
