#pragma once

#include "codecs/batchformat.h"
#include "domain/rubric.h"
#include "domain/validation.h"
#include "import/importformat.h"
#include "import/importitem.h"
#include "store/batchstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace verdict {

class BatchChecker;
class Project;
class Transaction;

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    QString actor; // who imports, for the audit trail
    QString annotator; // for foreign files that do not name their annotators
    std::function<void(qint64 done, qint64 total)> progress; // bytes of the file, on the importing thread
    const std::atomic_bool *cancel = nullptr;
    // Foreign files: refuse the file at its first record that cannot be
    // imported, instead of leaving such records out with a warning each.
    // Batches are always refused whole.
    bool strict = false;
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

// The counts as `import --json` and the audit trail write them (docs/cli.md).
nlohmann::json importCountsJson(const ImportCounts &counts);

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
    qint64 records = 0; // a batch: the records before its end record; a foreign file: the records imported
    qint64 skipped = 0; // foreign records left out, each with a warning (the first ImportPipeline::MaxListedSkips)
    bool alreadyImported = false; // the same batch id, revision and content: nothing changed
    int supersededRevision = 0; // the revision this one supersedes, or 0
    ImportCounts counts;
    QList<Error> warnings;
};

// Imports a file into a project in one transaction. A batch goes in whole,
// or not at all when any record is wrong. A foreign file leaves out each
// record that cannot be imported (unless ImportOptions::strict), with a
// warning naming it, and each record goes in whole or not at all; a file that
// is damaged, or of which no record can be imported, is refused whole.
// Nothing stays of a cancelled import. Parsing runs on worker threads; the
// project is written on the calling thread (the one that opened it).
// docs/batch-format.md and docs/formats.md say what each record does.
class Importer final
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Project &project);
    ~Importer();

    Result<ImportReport> importFile(const QString &fileName, const ImportOptions &options);

    // One line on what an import did: the counts that are not zero and the records skipped.
    static QString summary(const ImportReport &report);

private:
    // Applies one record's items in a savepoint: true when they all went in,
    // false when the record was left out (with a warning and nothing of it kept).
    Result<bool> applyRecord(std::vector<ImportItem> &items, std::size_t begin, std::size_t end);
    void skipRecord(const Error &reason);
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
    // The published rubric version answers say they are under, or an error about the record.
    Result<Rubric> answerRubric(const QString &id, int version, const ImportItem &item);
    // The rubric version a decision on the task is checked against, as the task stands in the project now.
    Result<std::optional<Rubric>> decisionRubric(const BatchStore::StoredTask &task, const ImportItem &item);
    Result<BatchStore::StoredTask> existingTask(const QString &id, const ImportItem &item);
    // The shape of the task answers are checked against, kept for the next record about it.
    const TaskShape &shapeOf(const Task &task);
    // A foreign record's task id, response ids and annotator within the limits of validation.h.
    Result<void> checkForeignNames(const ImportItem &item);
    Error at(const ImportItem &item, const QString &message, const QString &field = {}) const;
    // A store's refusal of a record: when the database refused one of its
    // values, a message about the record instead of the database's.
    Error storeError(const ImportItem &item, const Error &error) const;
    // An error about the record itself, not the project: a foreign record is left out for it.
    Error refuse(const ImportItem &item, const QString &message, const QString &field = {});
    void warn(const ImportItem &item, const QString &message);

    Project &m_project;
    BatchStore m_store;
    ImportOptions m_options;
    ImportReport m_report;
    bool m_foreign = false;
    bool m_skipBadRecords = false; // a foreign file, not strict
    bool m_refused = false; // the last error came from refuse()
    qint64 m_listedSkips = 0;
    std::optional<Error> m_firstSkip;
    // Labels (and other strings) the answers of records imported and left out use, by criterion key.
    QHash<QString, QSet<QString>> m_usedLabels;
    QHash<QString, QSet<QString>> m_skippedLabels;
    bool m_verifyOnly = false; // this revision was imported before: check, change nothing
    ImportedBatch m_previous;
    BatchManifest m_manifest;
    QHash<QString, std::optional<Rubric>> m_rubrics;
    std::unique_ptr<BatchChecker> m_checker; // the checks verify runs too
    qint64 m_lastTaskRowBefore = 0; // tasks stored after it came with this file
    QString m_decisionTask; // the task of the last decision, and its rubric version
    std::optional<Rubric> m_decisionRubric;
    std::optional<TaskShape> m_shape; // of the last task answers were checked against
    QList<qint64> m_queueOrder; // an assignment's tasks, in its order
};

} // namespace verdict
