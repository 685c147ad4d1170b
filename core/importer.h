#pragma once

#include "batchformat.h"
#include "batchstore.h"
#include "importformat.h"
#include "importitem.h"
#include "result.h"
#include "rubric.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>
#include <optional>

namespace verdict {

class Project;
class Transaction;

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    QString actor; // who imports, for the audit trail
    QString annotator; // for foreign files that do not name their annotators
    std::function<void(qint64 done, qint64 total)> progress; // bytes of the file, on the importing thread
    const std::atomic_bool *cancel = nullptr;
};

struct ImportCounts
{
    int rubricsAdded = 0;
    qint64 tasksAdded = 0;
    qint64 tasksUnchanged = 0;
    qint64 tasksRevised = 0; // authored tasks replaced by a later revision of their author's

    qint64 annotationsAdded = 0;
    qint64 annotationsReplaced = 0;
    qint64 annotationsUnchanged = 0;
    qint64 annotationsKept = 0; // the stored one was newer
    qint64 goldAdded = 0;
    qint64 goldReplaced = 0;
    qint64 goldUnchanged = 0;
    qint64 goldKept = 0;
    qint64 adjudicationsAdded = 0;
    qint64 adjudicationsReplaced = 0;
    qint64 adjudicationsUnchanged = 0;
    qint64 adjudicationsKept = 0;
};

// What an import did.
struct ImportReport
{
    QString file;
    ImportFormat format = ImportFormat::Auto;
    QString batchId;
    int revision = 0;
    QString kind; // a batch kind, or the foreign format's name
    QString producer;
    QString sha256;
    qint64 records = 0;
    bool alreadyImported = false; // the same batch id, revision and content: nothing changed
    int supersededRevision = 0; // the revision this one supersedes, or 0
    ImportCounts counts;
    QList<Error> warnings;
};

// Imports a file into a project in one transaction: all of it, or nothing
// when any record is wrong, the file is incomplete or the import is
// cancelled. Parsing runs on worker threads; the project is written on the
// calling thread (the one that opened it). docs/batch-format.md and
// docs/formats.md say what each record does.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Project &project);
    ~Importer();

    Result<ImportReport> importFile(const QString &fileName, const ImportOptions &options);

private:
    Result<void> apply(ImportItem &item);
    Result<void> applyManifest(const BatchManifest &manifest, const ImportItem &item);
    Result<void> applyRubric(const ImportRubric &rubric, const ImportItem &item);
    Result<void> applyTask(const TaskRow &row, const ImportItem &item);
    // An authored task (meta.authoring) whose incoming revision is later than
    // the stored one replaces it; true when it did.
    Result<bool> reviseAuthoredTask(const TaskRow &row, const ImportItem &item);
    Result<void> applyAnnotation(Annotation &annotation, const ImportItem &item);
    Result<void> applyGold(GoldAnswer &gold, const ImportItem &item);
    Result<void> applyAdjudication(Adjudication &decision, const ImportItem &item);
    Result<void> applyEnd(const batchformat::EndRecord &end, const ImportItem &item);
    Result<std::optional<Rubric>> rubric(const QString &id, int version);
    Result<BatchStore::StoredTask> existingTask(const QString &id, const ImportItem &item);
    Error at(const ImportItem &item, const QString &message, const QString &field = {}) const;
    void warn(const ImportItem &item, const QString &message);

    Project &m_project;
    BatchStore m_store;
    ImportOptions m_options;
    ImportReport m_report;
    bool m_foreign = false;
    bool m_verifyOnly = false; // this revision was imported before: check, change nothing
    ImportedBatch m_previous;
    BatchManifest m_manifest;
    QHash<QString, std::optional<Rubric>> m_rubrics;
    QList<qint64> m_queueOrder; // an assignment's tasks, in its order
};

} // namespace verdict
