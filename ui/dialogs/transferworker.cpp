#include "dialogs/transferworker.h"

#include "common/backgroundjob.h"
#include "store/project.h"

#include <QFileInfo>

namespace verdict {

TransferWorker::TransferWorker(TransferJob job)
    : m_job(std::move(job))
{ }

TransferOutcome TransferWorker::run(JobControl &control)
{
    QStringList summary;
    QList<Issue> issues;
    bool ok = true;
    auto project = Project::open(m_job.projectPath);
    if (!project) {
        issues << Issue{Issue::Severity::Error, project.error()};
        return TransferOutcome{false, tr("Cannot open the project."), issues};
    }
    switch (m_job.kind) {
    case TransferJob::Kind::Import:
        runImport(**project, control, summary, issues, ok);
        break;
    case TransferJob::Kind::Export:
        runExport(**project, control, summary, issues, ok);
        break;
    case TransferJob::Kind::Assign:
        runAssign(**project, control, summary, issues, ok);
        break;
    }
    return TransferOutcome{ok, summary.join(u'\n'), issues};
}

void TransferWorker::runImport(
    Project &project, JobControl &control, QStringList &summary, QList<Issue> &issues, bool &ok)
{
    Importer importer(project);
    for (const QString &file : m_job.files) {
        if (control.isCancelled()) {
            ok = false;
            summary << tr("%1: not imported (cancelled)").arg(QFileInfo(file).fileName());
            continue;
        }
        ImportOptions options;
        options.format = m_job.format;
        options.actor = m_job.person;
        options.annotator = m_job.annotator;
        options.strict = m_job.strict;
        options.cancel = control.cancelFlag();
        options.progress = [&control, file](qint64 done, qint64 total) { control.setProgress(done, total, file); };
        const auto report = importer.importFile(file, options);
        const QString name = QFileInfo(file).fileName();
        if (!report) {
            ok = false;
            issues << Issue{Issue::Severity::Error, report.error()};
            summary << tr("%1: nothing imported: %2").arg(name, report.error().message);
            continue;
        }
        for (const Error &w : report->warnings)
            issues << Issue{Issue::Severity::Warning, w};
        if (report->alreadyImported) {
            summary << tr("%1: imported before; nothing changed").arg(name);
            continue;
        }
        summary << tr("%1: %2").arg(name, Importer::summary(*report));
    }
}

void TransferWorker::runExport(
    Project &project, JobControl &control, QStringList &summary, QList<Issue> &issues, bool &ok)
{
    Exporter exporter(project);
    ExportRequest request = m_job.request;
    if (request.format == ExportFormat::Batch && request.kind == BatchKind::Assignment && !request.assignment) {
        auto spec = exporter.wholeProjectAssignment(request.annotator, {});
        if (!spec) {
            ok = false;
            issues << Issue{Issue::Severity::Error, spec.error()};
            summary << spec.error().message;
            return;
        }
        request.assignment = *spec;
    }
    ExportOptions options;
    options.producer = m_job.person;
    options.cancel = control.cancelFlag();
    options.progress = [&control, this](qint64 done, qint64 total) { control.setProgress(done, total, m_job.output); };
    const auto report = exporter.run(request, m_job.output, options);
    if (!report) {
        ok = false;
        issues << Issue{Issue::Severity::Error, report.error()};
        summary << tr("Nothing written: %1").arg(report.error().message);
        return;
    }
    summary << tr("Wrote %1 records to %2").arg(report->records).arg(QFileInfo(m_job.output).fileName());
    if (report->skipped > 0)
        summary << tr("%1 answer sets gave no record (a tie, no ranking or no rewrite)").arg(report->skipped);
}

void TransferWorker::runAssign(
    Project &project, JobControl &control, QStringList &summary, QList<Issue> &issues, bool &ok)
{
    ExportOptions options;
    options.producer = m_job.person;
    options.cancel = control.cancelFlag();
    options.progress
        = [&control, this](qint64 done, qint64 total) { control.setProgress(done, total, m_job.assign.outDir); };
    const auto report = Assigner::run(project, m_job.assign, options);
    if (!report) {
        ok = false;
        issues << Issue{Issue::Severity::Error, report.error()};
        summary << tr("Assignment not complete: %1").arg(report.error().message);
        return;
    }
    for (const AssignedBatch &b : report->batches)
        summary << tr("%1: %2 tasks (%3 gold) in %4, revision %5")
                       .arg(b.annotator)
                       .arg(b.tasks)
                       .arg(b.goldTasks)
                       .arg(QFileInfo(b.file).fileName())
                       .arg(b.revision);
}

} // namespace verdict
