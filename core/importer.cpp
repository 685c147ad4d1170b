#include "importer.h"

#include "batchrecordmapper.h"
#include "database.h"
#include "foreignmapper.h"
#include "importpipeline.h"
#include "jsonfields.h"
#include "jsontext.h"
#include "project.h"
#include "recordreader.h"
#include "rubricbuilder.h"
#include "sha256.h"
#include "timeutil.h"
#include "validation.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace verdict {

namespace {

using nlohmann::json;

// The digest of a whole file, read in blocks.
Result<QString> fileDigest(const QString &fileName, const std::atomic_bool *cancel)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("verdict::Importer", "cannot read: %1").arg(file.errorString()), fileName);
    Sha256 hash;
    std::string block(1 << 20, '\0');
    while (true) {
        if (cancel && cancel->load())
            return ImportPipeline::cancelled();
        const qint64 got = file.read(block.data(), qint64(block.size()));
        if (got < 0)
            return makeError(
                QCoreApplication::translate("verdict::Importer", "cannot read: %1").arg(file.errorString()), fileName);
        if (got == 0)
            break;
        hash.addData(std::string_view(block.data(), std::size_t(got)));
    }
    return hash.hexDigest();
}

QString rubricKey(const QString &id, int version)
{
    return id + u'\n' + QString::number(version);
}

// Orders two versions of one person's annotation: by revision, then by when it was last changed.
int compareAge(const Annotation &a, const Annotation &b)
{
    if (a.revision != b.revision)
        return a.revision < b.revision ? -1 : 1;
    const qint64 ta = a.updatedAt.isValid() ? a.updatedAt.toSecsSinceEpoch() : 0;
    const qint64 tb = b.updatedAt.isValid() ? b.updatedAt.toSecsSinceEpoch() : 0;
    return ta < tb ? -1 : ta > tb ? 1 : 0;
}

bool sameWork(const Annotation &a, const Annotation &b)
{
    return a.rubricId == b.rubricId && a.rubricVersion == b.rubricVersion && a.answers == b.answers
        && a.status == b.status && a.revision == b.revision && a.note == b.note;
}

int compareTimes(const QDateTime &a, const QDateTime &b)
{
    const qint64 ta = a.isValid() ? a.toSecsSinceEpoch() : 0;
    const qint64 tb = b.isValid() ? b.toSecsSinceEpoch() : 0;
    return ta < tb ? -1 : ta > tb ? 1 : 0;
}

} // namespace

Importer::Importer(Project &project)
    : m_project(project)
    , m_store(project.database())
{ }

Importer::~Importer() = default;

Error Importer::at(const ImportItem &item, const QString &message, const QString &field) const
{
    Error error = makeError(message, m_report.file, int(item.line), item.column);
    error.field = field;
    if (!field.isEmpty()) {
        // The stored side has no text: read the record again to point at the field.
        if (const auto text = RecordReader::recordAt(m_report.file, item.line)) {
            const std::size_t offset = jsontext::locate(*text, field);
            error.column = jsontext::positionOf(*text, offset).column;
        }
    }
    return error;
}

void Importer::warn(const ImportItem &item, const QString &message)
{
    m_report.warnings << makeError(message, m_report.file, int(item.line), item.column);
}

Result<ImportReport> Importer::importFile(const QString &fileName, const ImportOptions &options)
{
    m_options = options;
    m_report = ImportReport();
    m_report.file = fileName;
    m_rubrics.clear();
    m_queueOrder.clear();
    m_verifyOnly = false;

    ImportFormat format = options.format;
    if (format == ImportFormat::Auto) {
        auto detected = detectImportFormat(fileName);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    m_report.format = format;
    m_foreign = format != ImportFormat::Batch;

    std::unique_ptr<RecordMapper> mapper;
    if (m_foreign) {
        auto digest = fileDigest(fileName, options.cancel);
        if (!digest)
            return digest.error();
        m_report.sha256 = *digest;
        m_report.batchId = batchformat::foreignBatchId(importFormatName(format), *digest);
        m_report.revision = 1;
        m_report.kind = importFormatName(format);
        m_report.producer = options.annotator.isEmpty() ? importFormatName(format) : options.annotator;
        auto earlier = m_store.importedRevisions(m_report.batchId);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty()) {
            m_report.alreadyImported = true;
            m_report.records = earlier->constLast().records;
            return m_report;
        }
        mapper = createForeignMapper(format, options.annotator);
    } else {
        mapper = std::make_unique<BatchRecordMapper>();
    }

    // A big transaction re-spills the index pages it keeps touching when the page cache is
    // small; 64 MB holds them (docs/performance.md). Back to the default afterwards.
    (void)m_project.database().exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache
        = qScopeGuard([this] { (void)m_project.database().exec(QStringLiteral("PRAGMA cache_size = -2000")); });
    Transaction transaction(m_project.database());
    if (!transaction.ok())
        return transaction.error();
    const qint64 total = QFileInfo(fileName).size();
    auto done = ImportPipeline::run(
        fileName, *mapper,
        [&](ImportChunk &chunk) -> Result<void> {
            for (ImportItem &item : chunk.items) {
                if (auto applied = apply(item); !applied)
                    return applied;
            }
            if (m_foreign)
                m_report.records += chunk.records;
            m_report.warnings << chunk.warnings;
            if (m_options.progress)
                m_options.progress(chunk.fileOffset, total);
            return {};
        },
        options.cancel);
    if (!done)
        return done.error();
    if (m_report.alreadyImported)
        return m_report; // the transaction rolls back, though nothing was written

    if (m_foreign) {
        ImportedBatch batch{m_report.batchId, 1, m_report.kind, m_report.producer, QFileInfo(fileName).fileName(),
            m_report.sha256, m_report.records, nowUtc()};
        if (auto recorded = m_store.recordImport(batch); !recorded)
            return recorded.error();
    }
    const ImportCounts &c = m_report.counts;
    const json detail{{"file", toStd(QFileInfo(fileName).fileName())}, {"format", toStd(importFormatName(format))},
        {"batch_id", toStd(m_report.batchId)}, {"revision", m_report.revision}, {"kind", toStd(m_report.kind)},
        {"producer", toStd(m_report.producer)}, {"records", m_report.records}, {"sha256", toStd(m_report.sha256)},
        {"superseded_revision", m_report.supersededRevision},
        {"tasks", {{"added", c.tasksAdded}, {"unchanged", c.tasksUnchanged}, {"revised", c.tasksRevised}}},
        {"annotations",
            {{"added", c.annotationsAdded}, {"replaced", c.annotationsReplaced}, {"unchanged", c.annotationsUnchanged},
                {"kept", c.annotationsKept}}},
        {"gold",
            {{"added", c.goldAdded}, {"replaced", c.goldReplaced}, {"unchanged", c.goldUnchanged},
                {"kept", c.goldKept}}},
        {"adjudications",
            {{"added", c.adjudicationsAdded}, {"replaced", c.adjudicationsReplaced},
                {"unchanged", c.adjudicationsUnchanged}, {"kept", c.adjudicationsKept}}},
        {"rubrics_added", c.rubricsAdded}};
    if (auto logged = m_project.audit().append(options.actor, QStringLiteral("import"), detail); !logged)
        return logged.error();
    if (options.cancel && options.cancel->load())
        return ImportPipeline::cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return m_report;
}

Result<void> Importer::apply(ImportItem &item)
{
    return std::visit(
        [&](auto &payload) -> Result<void> {
            using T = std::decay_t<decltype(payload)>;
            if constexpr (std::is_same_v<T, BatchManifest>)
                return applyManifest(payload, item);
            else if constexpr (std::is_same_v<T, ImportRubric>)
                return applyRubric(payload, item);
            else if constexpr (std::is_same_v<T, TaskRow>)
                return applyTask(payload, item);
            else if constexpr (std::is_same_v<T, Annotation>)
                return applyAnnotation(payload, item);
            else if constexpr (std::is_same_v<T, GoldAnswer>)
                return applyGold(payload, item);
            else if constexpr (std::is_same_v<T, Adjudication>)
                return applyAdjudication(payload, item);
            else
                return applyEnd(payload, item);
        },
        item.payload);
}

Result<void> Importer::applyManifest(const BatchManifest &manifest, const ImportItem &item)
{
    m_manifest = manifest;
    m_report.batchId = manifest.batchId;
    m_report.revision = manifest.revision;
    m_report.kind = batchKindName(manifest.kind);
    m_report.producer = manifest.producer;
    auto earlier = m_store.importedRevisions(manifest.batchId);
    if (!earlier)
        return earlier.error();
    for (const ImportedBatch &b : *earlier) {
        if (b.revision == manifest.revision) {
            m_verifyOnly = true;
            m_previous = b;
        } else if (b.revision > manifest.revision) {
            return at(item,
                tr("batch %1: this is revision %2, but revision %3 was imported on %4; an older revision is refused "
                   "and nothing was imported")
                    .arg(manifest.batchId)
                    .arg(manifest.revision)
                    .arg(b.revision)
                    .arg(isoTime(b.importedAt)),
                QStringLiteral("revision"));
        } else {
            m_report.supersededRevision = std::max(m_report.supersededRevision, b.revision);
        }
    }
    return {};
}

Result<std::optional<Rubric>> Importer::rubric(const QString &id, int version)
{
    const QString key = rubricKey(id, version);
    if (const auto it = m_rubrics.constFind(key); it != m_rubrics.constEnd())
        return *it;
    auto stored = m_project.rubrics().get(id, version);
    if (!stored)
        return stored.error();
    std::optional<Rubric> found;
    if (stored.value() && stored.value()->status == RubricStatus::Published)
        found = *stored.value();
    m_rubrics.insert(key, found);
    return found;
}

Result<void> Importer::applyRubric(const ImportRubric &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    if (incoming.foreign) {
        auto latest = m_project.rubrics().latest(incoming.rubric.id);
        if (!latest)
            return latest.error();
        const Rubric merged = latest.value() ? RubricBuilder::merge(*latest.value(), incoming.rubric) : incoming.rubric;
        Rubric toPublish = merged;
        toPublish.version = 0;
        auto published = m_project.rubrics().publish(
            toPublish, tr("Labels seen in %1").arg(QFileInfo(m_report.file).fileName()), m_options.actor);
        if (!published)
            return at(item, published.error().message);
        if (published->created)
            ++m_report.counts.rubricsAdded;
        return m_store.setRubricVersion(m_report.batchId, incoming.rubric.id, published->rubric.version);
    }
    auto adopted = m_project.rubrics().adopt(incoming.rubric,
        tr("From batch %1 revision %2").arg(m_manifest.batchId).arg(m_manifest.revision), m_options.actor);
    if (!adopted)
        return at(item, adopted.error().message);
    if (adopted->created)
        ++m_report.counts.rubricsAdded;
    m_rubrics.insert(rubricKey(adopted->rubric.id, adopted->rubric.version), adopted->rubric);
    return {};
}

Result<void> Importer::applyTask(const TaskRow &row, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    QString difference;
    qint64 rowId = 0;
    auto outcome = m_store.putTask(row, &difference, &rowId);
    if (!outcome)
        return at(item, outcome.error().message);
    if (!m_foreign && m_manifest.kind == BatchKind::Assignment)
        m_queueOrder << rowId;
    switch (*outcome) {
    case BatchStore::TaskOutcome::Added:
        ++m_report.counts.tasksAdded;
        break;
    case BatchStore::TaskOutcome::Same:
        ++m_report.counts.tasksUnchanged;
        break;
    case BatchStore::TaskOutcome::Different: {
        auto revised = reviseAuthoredTask(row, item);
        if (!revised)
            return revised.error();
        if (*revised) {
            ++m_report.counts.tasksRevised;
            break;
        }
        return at(item,
            tr("task %1 already exists in this project with a different %2; a task never changes, so give the "
               "changed one a new id")
                .arg(fromStd(row.id), difference),
            m_foreign ? QString() : difference);
    }
    }
    return {};
}

Result<bool> Importer::reviseAuthoredTask(const TaskRow &row, const ImportItem &item)
{
    const auto revisionOf = [](const json &meta) -> std::optional<qint64> {
        if (!meta.is_object())
            return std::nullopt;
        const auto authoring = meta.find("authoring");
        if (authoring == meta.end() || !authoring->is_object())
            return std::nullopt;
        const auto revision = authoring->find("revision");
        if (revision == authoring->end() || !revision->is_number_integer())
            return std::nullopt;
        return revision->get<qint64>();
    };
    const auto incoming = revisionOf(json::parse(row.meta, nullptr, false));
    if (!incoming)
        return false;
    auto stored = m_store.task(fromStd(row.id));
    if (!stored)
        return at(item, stored.error().message);
    if (!stored.value())
        return false;
    const auto current = revisionOf(stored.value()->task.meta);
    if (!current || *incoming <= *current)
        return false;
    auto reopened = m_store.reviseTask(row, stored.value()->rowId);
    if (!reopened)
        return at(item, reopened.error().message);
    warn(item,
        tr("authored task %1: revision %2 replaces revision %3; %n review(s) of it here are open again as drafts",
            nullptr, int(*reopened))
            .arg(fromStd(row.id))
            .arg(*incoming)
            .arg(*current));
    return true;
}

Result<BatchStore::StoredTask> Importer::existingTask(const QString &id, const ImportItem &item)
{
    auto stored = m_store.task(id);
    if (!stored)
        return at(item, stored.error().message);
    if (!stored.value())
        return at(item,
            tr("no task %1 in this project; import the batch that holds it (an assignment or dataset) first").arg(id),
            m_foreign ? QString() : QStringLiteral("task"));
    return std::move(*stored.value());
}

Result<void> Importer::applyAnnotation(Annotation &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    auto task = existingTask(incoming.taskId, item);
    if (!task)
        return task.error();
    if (incoming.batchId.isEmpty() || m_foreign)
        incoming.batchId = m_report.batchId;
    auto stored = m_store.annotation(task->rowId, incoming.annotator);
    if (!stored)
        return at(item, stored.error().message);

    if (m_foreign) {
        if (stored.value() && stored.value()->rubricId != incoming.rubricId)
            return at(item,
                tr("%1 already annotated task %2 under rubric %3; import these answers under another name "
                   "(--annotator)")
                    .arg(incoming.annotator, incoming.taskId, stored.value()->rubricId));
        if (stored.value() && stored.value()->answers == incoming.answers
            && stored.value()->status == incoming.status) {
            ++m_report.counts.annotationsUnchanged;
            return {};
        }
        if (stored.value()) {
            incoming.revision = stored.value()->revision + 1;
            ++m_report.counts.annotationsReplaced;
        } else {
            ++m_report.counts.annotationsAdded;
        }
        if (auto done = m_store.putAnnotation(incoming, task->rowId); !done)
            return at(item, done.error().message);
        return {};
    }

    auto rubric = this->rubric(incoming.rubricId, incoming.rubricVersion);
    if (!rubric)
        return at(item, rubric.error().message);
    if (!rubric.value())
        return at(item,
            tr("rubric %1 version %2 is neither in this project nor in the batch")
                .arg(incoming.rubricId)
                .arg(incoming.rubricVersion),
            QStringLiteral("rubric_version"));
    const Completeness completeness
        = incoming.status == AnnotationStatus::Submitted ? Completeness::Submit : Completeness::Draft;
    const QList<Error> problems = validateAnswers(*rubric.value(), task->task, incoming.answers, completeness);
    if (!problems.isEmpty()) {
        const Error &first = problems.constFirst();
        return at(item, first.message,
            first.field.isEmpty() ? QStringLiteral("answers") : QStringLiteral("answers.") + first.field);
    }

    if (stored.value()) {
        const Annotation &old = *stored.value();
        if (sameWork(old, incoming)) {
            ++m_report.counts.annotationsUnchanged;
            return {};
        }
        const int age = compareAge(incoming, old);
        // An equal age replaces only what an earlier revision of this same batch brought.
        const bool replace = age > 0 || (age == 0 && old.batchId == incoming.batchId);
        if (!replace) {
            ++m_report.counts.annotationsKept;
            warn(item,
                tr("kept the stored annotation of task %1 by %2 (revision %3, changed %4): it is not older than "
                   "this one (revision %5, changed %6)")
                    .arg(incoming.taskId, incoming.annotator)
                    .arg(old.revision)
                    .arg(isoTime(old.updatedAt))
                    .arg(incoming.revision)
                    .arg(isoTime(incoming.updatedAt)));
            return {};
        }
        ++m_report.counts.annotationsReplaced;
    } else {
        ++m_report.counts.annotationsAdded;
    }
    if (auto done = m_store.putAnnotation(incoming, task->rowId); !done)
        return at(item, done.error().message);
    return {};
}

Result<void> Importer::applyGold(GoldAnswer &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    auto task = existingTask(incoming.taskId, item);
    if (!task)
        return task.error();
    auto rubric = this->rubric(incoming.rubricId, incoming.rubricVersion);
    if (!rubric)
        return at(item, rubric.error().message);
    if (!rubric.value())
        return at(item,
            tr("rubric %1 version %2 is neither in this project nor in the batch")
                .arg(incoming.rubricId)
                .arg(incoming.rubricVersion),
            QStringLiteral("rubric_version"));
    const QList<Error> problems = validateAnswers(*rubric.value(), task->task, incoming.answers, Completeness::Draft);
    if (!problems.isEmpty()) {
        const Error &first = problems.constFirst();
        return at(item, first.message,
            first.field.isEmpty() ? QStringLiteral("answers") : QStringLiteral("answers.") + first.field);
    }
    auto stored = m_store.gold(task->rowId);
    if (!stored)
        return at(item, stored.error().message);
    if (stored.value()) {
        const GoldAnswer &old = *stored.value();
        if (old.answers == incoming.answers && old.rubricId == incoming.rubricId
            && old.rubricVersion == incoming.rubricVersion && old.rationale == incoming.rationale) {
            ++m_report.counts.goldUnchanged;
            return {};
        }
        if (compareTimes(incoming.createdAt, old.createdAt) <= 0) {
            ++m_report.counts.goldKept;
            warn(item,
                tr("kept the stored gold answer of task %1 (from %2): it is not older than this one (from %3)")
                    .arg(incoming.taskId, isoTime(old.createdAt), isoTime(incoming.createdAt)));
            return {};
        }
        ++m_report.counts.goldReplaced;
    } else {
        ++m_report.counts.goldAdded;
    }
    if (auto done = m_store.putGold(incoming, task->rowId); !done)
        return at(item, done.error().message);
    return {};
}

Result<void> Importer::applyAdjudication(Adjudication &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    auto task = existingTask(incoming.taskId, item);
    if (!task)
        return task.error();
    auto stored = m_store.adjudication(task->rowId, incoming.criterion);
    if (!stored)
        return at(item, stored.error().message);
    if (stored.value()) {
        const Adjudication &old = *stored.value();
        if (old.answer == incoming.answer && old.source == incoming.source
            && old.sourceAnnotator == incoming.sourceAnnotator && old.rationale == incoming.rationale) {
            ++m_report.counts.adjudicationsUnchanged;
            return {};
        }
        if (compareTimes(incoming.decidedAt, old.decidedAt) <= 0) {
            ++m_report.counts.adjudicationsKept;
            warn(item,
                tr("kept the stored decision on %1 of task %2 (from %3): it is not older than this one (from %4)")
                    .arg(incoming.criterion, incoming.taskId, isoTime(old.decidedAt), isoTime(incoming.decidedAt)));
            return {};
        }
        ++m_report.counts.adjudicationsReplaced;
    } else {
        ++m_report.counts.adjudicationsAdded;
    }
    if (auto done = m_store.putAdjudication(incoming, task->rowId); !done)
        return at(item, done.error().message);
    return {};
}

Result<void> Importer::applyEnd(const batchformat::EndRecord &end, const ImportItem &item)
{
    m_report.sha256 = end.sha256;
    m_report.records = end.records;
    if (m_verifyOnly) {
        if (m_previous.sha256 != end.sha256)
            return at(item,
                tr("batch %1 revision %2 was imported on %3 with other content; a changed batch needs a higher "
                   "revision, and nothing was imported")
                    .arg(m_manifest.batchId)
                    .arg(m_manifest.revision)
                    .arg(isoTime(m_previous.importedAt)),
                QStringLiteral("sha256"));
        m_report.alreadyImported = true;
        return {};
    }
    ImportedBatch batch{m_manifest.batchId, m_manifest.revision, batchKindName(m_manifest.kind), m_manifest.producer,
        QFileInfo(m_report.file).fileName(), end.sha256, end.records, nowUtc()};
    if (auto done = m_store.recordImport(batch); !done)
        return at(item, done.error().message);
    // The newest assignment decides the order of its tasks in the queue (docs/batch-format.md, "Queue order").
    if (auto done = m_project.tasks().arrange(m_queueOrder); !done)
        return at(item, done.error().message);
    if (m_manifest.calibration) {
        if (auto done = m_store.markCalibration(); !done)
            return at(item, done.error().message);
    }
    return {};
}

} // namespace verdict
