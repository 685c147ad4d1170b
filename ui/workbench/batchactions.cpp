#include "workbench/batchactions.h"

#include "common/backgroundjob.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "lead/assigndialog.h"
#include "store/project.h"
#include "workbench/issuespanel.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace verdict {

namespace {

// The annotators the project knows, for the dialogs to offer.
QStringList annotatorNames(Project &project)
{
    QStringList names;
    if (const auto info = project.info()) {
        for (const AnnotatorSummary &a : info->annotators)
            names << a.annotator;
    }
    return names;
}

} // namespace

BatchActions::BatchActions(Workbench &workbench, QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_workbench(workbench)
    , m_window(window)
    , m_job(new BackgroundJob(this))
{
    m_import = menu->addAction(tr("&Import…"), this, &BatchActions::importDialog);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_export = menu->addAction(tr("&Export…"), this, &BatchActions::exportDialog);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_assign = new QAction(tr("Assign &Work…"), this);
    m_assign->setObjectName(QStringLiteral("assignAction"));
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_assign, &QAction::triggered, this, &BatchActions::assignDialog);
    connect(menu, &QMenu::aboutToShow, this, &BatchActions::updateActions);
    m_issues = new IssuesPanel(window);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_issues);
    m_job->setObjectName(QStringLiteral("transfer"));
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total, const QString &file) {
        if (!m_progress || total <= 0)
            return;
        const qint64 permille = std::min<qint64>(1000, done * 1000 / total);
        m_progress->setLabelText(tr("%1: %2 %…").arg(QFileInfo(file).fileName()).arg(permille / 10));
        m_progress->setValue(int(permille));
        emit progress(done, total);
    });
    updateActions();
}

// The job's own destructor cancels the work and waits for it.
BatchActions::~BatchActions() = default;

bool BatchActions::isBusy() const
{
    return m_job->isRunning();
}

void BatchActions::updateActions()
{
    m_import->setEnabled(!isBusy());
    m_export->setEnabled(!isBusy());
    m_assign->setEnabled(!isBusy());
}

bool BatchActions::haveProject()
{
    if (m_workbench.project())
        return true;
    QMessageBox::information(m_window, tr("Verdict"), tr("Open or create a project first."));
    return false;
}

void BatchActions::importDialog()
{
    if (isBusy() || !haveProject())
        return;
    ImportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    startImport(dialog.files(), dialog.format(), dialog.annotator(), dialog.strict());
}

void BatchActions::exportDialog()
{
    if (isBusy() || !haveProject())
        return;
    Project *project = m_workbench.project();
    ExportDialog dialog(annotatorNames(*project), m_window);
    dialog.setOutput(QFileInfo(project->path())
                         .absoluteDir()
                         .filePath(QFileInfo(project->path()).completeBaseName() + QStringLiteral("-export.jsonl")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startExport(dialog.request(), dialog.output());
}

void BatchActions::assignDialog()
{
    if (isBusy() || !haveProject())
        return;
    Project *project = m_workbench.project();
    AssignDialog dialog(*project, annotatorNames(*project), m_window);
    dialog.setOutDir(QFileInfo(project->path()).absoluteDir().filePath(QStringLiteral("assignments")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startAssign(dialog.options());
}

bool BatchActions::startAssign(const AssignOptions &options)
{
    if (!m_workbench.project())
        return false;
    TransferJob job;
    job.kind = TransferJob::Kind::Assign;
    job.projectPath = m_workbench.project()->path();
    job.person = m_workbench.person();
    job.assign = options;
    return start(std::move(job), tr("Writing assignment batches"));
}

bool BatchActions::startImport(const QStringList &files, ImportFormat format, const QString &annotator, bool strict)
{
    if (files.isEmpty() || !m_workbench.project())
        return false;
    TransferJob job;
    job.kind = TransferJob::Kind::Import;
    job.projectPath = m_workbench.project()->path();
    job.person = m_workbench.person();
    job.files = files;
    job.format = format;
    job.annotator = annotator;
    job.strict = strict;
    return start(std::move(job), tr("Importing"));
}

bool BatchActions::startExport(const ExportRequest &request, const QString &output)
{
    if (output.isEmpty() || !m_workbench.project())
        return false;
    TransferJob job;
    job.kind = TransferJob::Kind::Export;
    job.projectPath = m_workbench.project()->path();
    job.person = m_workbench.person();
    job.request = request;
    job.output = output;
    return start(std::move(job), tr("Exporting"));
}

bool BatchActions::start(TransferJob job, const QString &title)
{
    if (isBusy())
        return false;
    m_running = job.kind;
    m_progress = new QProgressDialog(title + QStringLiteral("…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("transferProgress"));
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &BatchActions::cancel);
    m_job->start([worker = std::make_shared<TransferWorker>(std::move(job))](
                     JobControl &control) -> Result<TransferOutcome> { return worker->run(control); },
        [this](Result<TransferOutcome> outcome) {
            done(outcome ? *outcome
                         : TransferOutcome{
                             false, outcome.error().message, {Issue{Issue::Severity::Error, outcome.error()}}});
        });
    updateActions();
    return true;
}

void BatchActions::cancel()
{
    m_job->cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void BatchActions::done(const TransferOutcome &outcome)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateActions();
    // Problems stay listed in the panel; a clean run is reported in passing.
    m_issues->showIssues(outcome.issues, outcome.summary, !outcome.ok);
    if (outcome.ok)
        m_window->statusBar()->showMessage(outcome.summary.section(u'\n', 0, 0), 10000);
    if (m_running == TransferJob::Kind::Import)
        emit projectChanged();
    emit finished(outcome.ok, outcome.summary);
}

} // namespace verdict
