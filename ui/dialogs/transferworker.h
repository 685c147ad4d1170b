#pragma once

#include "export/assigner.h"
#include "export/exporter.h"
#include "import/importer.h"
#include "workbench/issuemodel.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace verdict {

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

// Runs an import or export away from the window, on the thread it is moved
// to, with its own connection to the project (a connection belongs to the
// thread that opened it). Imports go file by file, each whole or not at all;
// a cancelled one leaves nothing behind.
class TransferWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TransferWorker(TransferJob job, QObject *parent = nullptr);

    // Safe from any thread.
    void cancel() { m_cancel = true; }

public slots:
    void run();

signals:
    void progress(qint64 done, qint64 total, const QString &file);
    // `summary` says what happened; `issues` holds every error and warning.
    void finished(bool ok, const QString &summary, const QList<verdict::Issue> &issues);

private:
    void runImport(QStringList &summary, QList<Issue> &issues, bool &ok);
    void runExport(QStringList &summary, QList<Issue> &issues, bool &ok);
    void runAssign(QStringList &summary, QList<Issue> &issues, bool &ok);

    TransferJob m_job;
    std::atomic_bool m_cancel = false;
};

} // namespace verdict
