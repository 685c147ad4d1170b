#pragma once

#include "export/assigner.h"
#include "export/exporter.h"
#include "import/importer.h"
#include "workbench/issuemodel.h"

#include <QCoreApplication>
#include <QStringList>

namespace verdict {

class JobControl;
class Project;

// What one run of the worker is to do.
struct TransferJob
{
    enum class Kind { Import, Export, Assign };
    Kind kind = Kind::Import;
    QString projectPath;
    QString person;
    // Import
    QStringList files;
    ImportFormat format = ImportFormat::Auto;
    QString annotator;
    bool strict = false; // ImportOptions::strict
    // Export
    ExportRequest request;
    QString output;
    // Assign
    AssignOptions assign;
};

// What a run did: `summary` says it in a line per file or batch, `issues`
// holds every error and warning.
struct TransferOutcome
{
    bool ok = true;
    QString summary;
    QList<Issue> issues;
};

// An import, export or assignment as work for a BackgroundJob, with its own
// connection to the project (a connection belongs to the thread that opened
// it). Imports go file by file, each whole or not at all; a cancelled one
// leaves nothing behind. Progress names the file being worked on.
class TransferWorker final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::TransferWorker)

public:
    explicit TransferWorker(TransferJob job);

    // On the worker thread.
    TransferOutcome run(JobControl &control);

private:
    void runImport(Project &project, JobControl &control, QStringList &summary, QList<Issue> &issues, bool &ok);
    void runExport(Project &project, JobControl &control, QStringList &summary, QList<Issue> &issues, bool &ok);
    void runAssign(Project &project, JobControl &control, QStringList &summary, QList<Issue> &issues, bool &ok);

    TransferJob m_job;
};

} // namespace verdict
