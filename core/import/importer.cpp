#include "import/importer.h"

#include "codecs/jsonfields.h"
#include "codecs/jsontext.h"
#include "domain/authoredtask.h"
#include "domain/finalanswers.h"
#include "domain/validation.h"
#include "import/batchchecker.h"
#include "import/batchrecordmapper.h"
#include "import/foreignmapper.h"
#include "import/importpipeline.h"
#include "import/recordreader.h"
#include "import/rubricbuilder.h"
#include "store/database.h"
#include "store/project.h"
#include "util/sha256.h"
#include "util/timeutil.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <limits>

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

// The counts of one kind of record in ImportCounts.
struct Tally
{
    qint64 &added;
    qint64 &replaced;
    qint64 &unchanged;
    qint64 &kept; // the stored one stayed
};

// Counts an incoming record against the one stored in its place and says
// whether to write it: not when `same` finds nothing changed, nor when
// `keepStored` keeps the stored one (after saying why).
template<typename T, typename Same, typename KeepStored>
bool admit(const std::optional<T> &stored, Tally tally, Same same, KeepStored keepStored)
{
    if (!stored) {
        ++tally.added;
        return true;
    }
    if (same(*stored)) {
        ++tally.unchanged;
        return false;
    }
    if (keepStored(*stored)) {
        ++tally.kept;
        return false;
    }
    ++tally.replaced;
    return true;
}

void collectStrings(const json &value, QSet<QString> &out)
{
    if (value.is_string())
        out.insert(fromStd(value.get_ref<const std::string &>()));
    else if (value.is_structured()) {
        for (const json &item : value)
            collectStrings(item, out);
    }
}

// The strings an annotation's answers hold under each criterion: its labels and options among them.
void collectLabels(const ImportItem &item, QHash<QString, QSet<QString>> &out)
{
    const auto *annotation = std::get_if<Annotation>(&item.payload);
    if (!annotation || !annotation->answers.is_object())
        return;
    for (auto it = annotation->answers.begin(); it != annotation->answers.end(); ++it)
        collectStrings(*it, out[fromStd(it.key())]);
}

// A foreign rubric without the labels and options only records left out used;
// a criterion left with none goes too. Unchanged when nothing would be left.
Rubric withoutLabels(const Rubric &rubric, const QHash<QString, QSet<QString>> &unused)
{
    Rubric pruned = rubric;
    pruned.criteria.clear();
    for (Criterion c : rubric.criteria) {
        QList<Option> &options = c.kind == CriterionKind::Spans ? c.labels : c.options;
        const bool hadOptions = !options.isEmpty();
        if (const auto it = unused.constFind(c.key); it != unused.constEnd())
            options.removeIf([&](const Option &o) { return it->contains(o.key); });
        if (hadOptions && options.isEmpty())
            continue;
        pruned.criteria << c;
    }
    return pruned.criteria.isEmpty() ? rubric : pruned;
}

bool before(const Error &a, const Error &b)
{
    // File-level warnings (no line) come last.
    const auto key = [](const Error &e) {
        return std::pair(e.line > 0 ? qint64(e.line) : std::numeric_limits<qint64>::max(), e.column);
    };
    return key(a) < key(b);
}

} // namespace

json importCountsJson(const ImportCounts &c)
{
    return json{{"rubrics_added", c.rubricsAdded},
        {"tasks", {{"added", c.tasksAdded}, {"unchanged", c.tasksUnchanged}, {"revised", c.tasksRevised}}},
        {"annotations",
            {{"added", c.annotationsAdded}, {"replaced", c.annotationsReplaced}, {"unchanged", c.annotationsUnchanged},
                {"kept", c.annotationsKept}}},
        {"gold",
            {{"added", c.goldAdded}, {"replaced", c.goldReplaced}, {"unchanged", c.goldUnchanged},
                {"kept", c.goldKept}}},
        {"adjudications",
            {{"added", c.adjudicationsAdded}, {"replaced", c.adjudicationsReplaced},
                {"unchanged", c.adjudicationsUnchanged}, {"kept", c.adjudicationsKept}}}};
}

QString Importer::summary(const ImportReport &r)
{
    const ImportCounts &c = r.counts;
    QStringList parts;
    QString tasks = tr("tasks: %1 added, %2 already here").arg(c.tasksAdded).arg(c.tasksUnchanged);
    if (c.tasksRevised > 0)
        tasks += tr(", %1 revised").arg(c.tasksRevised);
    parts << tasks;
    if (c.annotationsAdded + c.annotationsReplaced + c.annotationsUnchanged + c.annotationsKept > 0)
        parts << tr("annotations: %1 added, %2 replaced, %3 unchanged, %4 kept (newer ones here)")
                     .arg(c.annotationsAdded)
                     .arg(c.annotationsReplaced)
                     .arg(c.annotationsUnchanged)
                     .arg(c.annotationsKept);
    if (c.goldAdded + c.goldReplaced + c.goldUnchanged + c.goldKept > 0)
        parts << tr("gold: %1 added, %2 replaced, %3 unchanged, %4 kept")
                     .arg(c.goldAdded)
                     .arg(c.goldReplaced)
                     .arg(c.goldUnchanged)
                     .arg(c.goldKept);
    if (c.adjudicationsAdded + c.adjudicationsReplaced + c.adjudicationsUnchanged + c.adjudicationsKept > 0)
        parts << tr("decisions: %1 added, %2 replaced, %3 unchanged, %4 kept")
                     .arg(c.adjudicationsAdded)
                     .arg(c.adjudicationsReplaced)
                     .arg(c.adjudicationsUnchanged)
                     .arg(c.adjudicationsKept);
    if (c.rubricsAdded > 0)
        parts << tr("rubric versions added: %1").arg(c.rubricsAdded);
    if (r.skipped > 0)
        parts << tr("records skipped: %1 of %2 (see the warnings)").arg(r.skipped).arg(r.records + r.skipped);
    return parts.join(QStringLiteral("; "));
}

Importer::Importer(Project &project)
    : m_project(project)
    , m_store(project.database())
{ }

Importer::~Importer() = default;

Error Importer::at(const ImportItem &item, const QString &message, const QString &field) const
{
    return m_checker->at(item, message, field);
}

Error Importer::storeError(const ImportItem &item, const Error &error) const
{
    if (!error.refusedValue)
        return at(item, error.message);
    return at(item,
        tr("this record holds a value the project cannot store (one out of range, or one that clashes "
           "with what the project holds); nothing was imported"));
}

Error Importer::refuse(const ImportItem &item, const QString &message, const QString &field)
{
    m_refused = true;
    return at(item, message, field);
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
    m_checker = std::make_unique<BatchChecker>(fileName);
    m_decisionTask.clear();
    m_decisionRubric.reset();
    m_shape.reset();
    m_refused = false;
    m_listedSkips = 0;
    m_firstSkip.reset();
    m_usedLabels.clear();
    m_skippedLabels.clear();

    ImportFormat format = options.format;
    if (format == ImportFormat::Auto) {
        auto detected = detectImportFormat(fileName);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    m_report.format = format;
    m_foreign = format != ImportFormat::Batch;
    m_skipBadRecords = m_foreign && !options.strict;

    std::unique_ptr<RecordMapper> mapper;
    if (m_foreign) {
        if (const QString problem = identifierProblem(options.annotator, IdentifierKind::Name);
            !options.annotator.isEmpty() && !problem.isEmpty())
            return makeError(tr("the name to credit answers to, \"%1\": %2").arg(options.annotator, problem));
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
    m_project.database().setLargeCache(true);
    const auto restoreCache = qScopeGuard([this] { m_project.database().setLargeCache(false); });
    Transaction transaction(m_project.database());
    if (!transaction.ok())
        return transaction.error();
    auto lastTask = m_store.lastTaskRowId();
    if (!lastTask)
        return lastTask.error();
    m_lastTaskRowBefore = *lastTask;
    const qint64 total = QFileInfo(fileName).size();
    auto done = ImportPipeline::run(
        fileName, *mapper,
        [&](ImportChunk &chunk) -> Result<void> {
            std::size_t item = 0;
            qsizetype warning = 0;
            if (m_skipBadRecords) {
                // Record by record, each whole or not at all.
                for (const RecordEnd &end : chunk.records) {
                    auto applied = applyRecord(chunk.items, item, end.items);
                    if (!applied)
                        return applied.error();
                    if (*applied) {
                        ++m_report.records;
                        m_report.warnings << chunk.warnings.mid(warning, end.warnings - warning);
                    }
                    item = end.items;
                    warning = end.warnings;
                }
                for (const Error &reason : std::as_const(chunk.skipped))
                    skipRecord(reason);
                m_report.skipped += chunk.skippedUnlisted;
            } else if (m_foreign) {
                m_report.records += qint64(chunk.records.size());
            }
            for (; item < chunk.items.size(); ++item) {
                if (auto applied = apply(chunk.items[item]); !applied)
                    return applied;
            }
            m_report.warnings << chunk.warnings.mid(warning);
            if (m_options.progress)
                m_options.progress(chunk.fileOffset, total);
            return {};
        },
        options.cancel, m_skipBadRecords ? ImportPipeline::BadRecords::Skip : ImportPipeline::BadRecords::Refuse);
    if (!done)
        return done.error();
    if (m_report.alreadyImported)
        return m_report; // the transaction rolls back, though nothing was written
    if (m_report.skipped > 0 && m_report.records == 0 && m_firstSkip) {
        Error error = *m_firstSkip;
        error.message = tr("%1; no record in the file can be imported (%n skipped), so nothing was imported", nullptr,
            int(std::min<qint64>(m_report.skipped, std::numeric_limits<int>::max())))
                            .arg(error.message);
        return error;
    }
    if (m_report.skipped > m_listedSkips)
        m_report.warnings << makeError(tr("%1 more records were skipped; only the first %2 are listed")
                                           .arg(m_report.skipped - m_listedSkips)
                                           .arg(m_listedSkips),
            fileName);
    std::stable_sort(m_report.warnings.begin(), m_report.warnings.end(), before);

    if (m_foreign) {
        ImportedBatch batch{m_report.batchId, 1, m_report.kind, m_report.producer, QFileInfo(fileName).fileName(),
            m_report.sha256, m_report.records, nowUtc()};
        if (auto recorded = m_store.recordImport(batch); !recorded)
            return recorded.error();
    }
    json detail{{"file", toStd(QFileInfo(fileName).fileName())}, {"format", toStd(importFormatName(format))},
        {"batch_id", toStd(m_report.batchId)}, {"revision", m_report.revision}, {"kind", toStd(m_report.kind)},
        {"producer", toStd(m_report.producer)}, {"records", m_report.records}, {"skipped", m_report.skipped},
        {"sha256", toStd(m_report.sha256)}, {"superseded_revision", m_report.supersededRevision}};
    detail.update(importCountsJson(m_report.counts));
    if (auto logged = m_project.audit().append(options.actor, QStringLiteral("import"), detail); !logged)
        return logged.error();
    if (options.cancel && options.cancel->load())
        return ImportPipeline::cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return m_report;
}

Result<bool> Importer::applyRecord(std::vector<ImportItem> &items, std::size_t begin, std::size_t end)
{
    if (begin == end)
        return true;
    // A fatal error below leaves the savepoint to the import's transaction, which rolls back.
    if (auto begun = m_store.beginRecord(); !begun)
        return begun.error();
    const ImportCounts counts = m_report.counts;
    const qsizetype warnings = m_report.warnings.size();
    for (std::size_t i = begin; i < end; ++i) {
        m_refused = false;
        if (auto applied = apply(items[i]); !applied) {
            if (!m_refused)
                return applied.error(); // the project's fault, not the record's: the import stops
            if (auto undone = m_store.endRecord(false); !undone)
                return undone.error();
            m_report.counts = counts;
            m_report.warnings.resize(warnings);
            for (std::size_t k = begin; k < end; ++k)
                collectLabels(items[k], m_skippedLabels);
            skipRecord(applied.error());
            return false;
        }
    }
    if (auto kept = m_store.endRecord(true); !kept)
        return kept.error();
    for (std::size_t i = begin; i < end; ++i)
        collectLabels(items[i], m_usedLabels);
    return true;
}

void Importer::skipRecord(const Error &reason)
{
    ++m_report.skipped;
    if (!m_firstSkip || before(reason, *m_firstSkip))
        m_firstSkip = reason;
    if (m_listedSkips >= ImportPipeline::MaxListedSkips)
        return;
    ++m_listedSkips;
    Error warning = reason;
    warning.message = tr("%1; the record is skipped").arg(reason.message);
    m_report.warnings << warning;
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

Result<Rubric> Importer::answerRubric(const QString &id, int version, const ImportItem &item)
{
    auto rubric = this->rubric(id, version);
    if (!rubric)
        return storeError(item, rubric.error());
    if (!rubric.value())
        return at(item, tr("rubric %1 version %2 is neither in this project nor in the batch").arg(id).arg(version),
            QStringLiteral("rubric_version"));
    return *std::move(rubric).value();
}

Result<void> Importer::applyRubric(const ImportRubric &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    if (incoming.foreign) {
        const ImportCounts &c = m_report.counts;
        if (c.annotationsAdded + c.annotationsReplaced + c.annotationsUnchanged == 0)
            return {}; // every record with answers was skipped
        QHash<QString, QSet<QString>> unused = m_skippedLabels;
        for (auto it = unused.begin(); it != unused.end(); ++it)
            it->subtract(m_usedLabels.value(it.key()));
        const Rubric seen = unused.isEmpty() ? incoming.rubric : withoutLabels(incoming.rubric, unused);
        auto latest = m_project.rubrics().latest(incoming.rubric.id);
        if (!latest)
            return latest.error();
        const Rubric merged = latest.value() ? RubricBuilder::merge(*latest.value(), seen) : seen;
        Rubric toPublish = merged;
        toPublish.version = 0;
        auto published = m_project.rubrics().publish(
            toPublish, tr("Labels seen in %1").arg(QFileInfo(m_report.file).fileName()), m_options.actor);
        if (!published)
            return storeError(item, published.error());
        if (published->created)
            ++m_report.counts.rubricsAdded;
        return m_store.setRubricVersion(m_report.batchId, incoming.rubric.id, published->rubric.version);
    }
    if (auto checked = m_checker->rubric(item, incoming.rubric); !checked)
        return checked;
    auto adopted = m_project.rubrics().adopt(incoming.rubric,
        tr("From batch %1 revision %2").arg(m_manifest.batchId).arg(m_manifest.revision), m_options.actor);
    if (!adopted)
        return storeError(item, adopted.error());
    if (adopted->created)
        ++m_report.counts.rubricsAdded;
    m_rubrics.insert(rubricKey(adopted->rubric.id, adopted->rubric.version), adopted->rubric);
    return {};
}

Result<void> Importer::applyTask(const TaskRow &row, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    if (m_foreign) {
        if (auto named = checkForeignNames(item); !named)
            return named;
    }
    QString difference;
    qint64 rowId = 0;
    auto outcome = m_store.putTask(row, &difference, &rowId);
    if (!outcome)
        return storeError(item, outcome.error());
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
        auto stored = m_store.task(fromStd(row.id));
        if (!stored)
            return storeError(item, stored.error());
        if (stored.value() && stored.value()->rowId > m_lastTaskRowBefore) {
            Error twice = m_checker->taskTwice(item, fromStd(row.id), difference);
            if (m_foreign) // a foreign record has no such field to point at
                twice.column = item.column;
            return twice;
        }
        auto revised = reviseAuthoredTask(row, item);
        if (!revised)
            return revised.error();
        if (*revised) {
            m_shape.reset(); // its responses may have changed
            ++m_report.counts.tasksRevised;
            break;
        }
        return refuse(item,
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
    const auto incoming = AuthoredTask::revisionIn(json::parse(row.meta, nullptr, false));
    if (!incoming)
        return false;
    auto stored = m_store.task(fromStd(row.id));
    if (!stored)
        return storeError(item, stored.error());
    if (!stored.value())
        return false;
    const auto current = AuthoredTask::revisionIn(stored.value()->task.meta);
    if (!current || *incoming <= *current)
        return false;
    auto reopened = m_store.reviseTask(row, stored.value()->rowId);
    if (!reopened)
        return storeError(item, reopened.error());
    warn(item,
        tr("authored task %1: revision %2 replaces revision %3; %n review(s) of it here are open again as drafts",
            nullptr, int(*reopened))
            .arg(fromStd(row.id))
            .arg(*incoming)
            .arg(*current));
    return true;
}

Result<std::optional<Rubric>> Importer::decisionRubric(const BatchStore::StoredTask &task, const ImportItem &item)
{
    // Decisions come grouped by task: work the version out once per task.
    if (m_decisionTask == task.task.id && m_decisionRubric)
        return m_decisionRubric;
    auto annotations = m_project.annotations().forTask(task.task.id);
    if (!annotations)
        return storeError(item, annotations.error());
    RubricTally submitted;
    RubricTally any;
    for (const Annotation &a : *annotations) {
        any.add(a.rubricId, a.rubricVersion);
        if (a.status == AnnotationStatus::Submitted)
            submitted.add(a.rubricId, a.rubricVersion);
    }
    auto gold = m_store.gold(task.rowId);
    if (!gold)
        return storeError(item, gold.error());
    std::optional<RubricVersion> goldVersion;
    if (gold.value())
        goldVersion = RubricVersion{gold.value()->rubricId, gold.value()->rubricVersion};
    const auto version = decisionRubricVersion(submitted, goldVersion, any);
    if (!version)
        return at(item,
            tr("no annotation or gold answer of task %1 says which rubric version the decision is under; import "
               "the annotations it decides between first")
                .arg(task.task.id),
            m_foreign ? QString() : QStringLiteral("criterion"));
    auto rubric = this->rubric(version->id, version->version);
    if (!rubric)
        return storeError(item, rubric.error());
    if (!rubric.value())
        return at(item,
            tr("rubric %1 version %2, which the decision on task %3 is under, is neither in this project nor in the "
               "batch")
                .arg(version->id)
                .arg(version->version)
                .arg(task.task.id),
            QStringLiteral("criterion"));
    m_decisionTask = task.task.id;
    m_decisionRubric = rubric.value();
    return rubric;
}

const TaskShape &Importer::shapeOf(const Task &task)
{
    // A batch holds a task's annotations, gold answer and decisions together: measure it once.
    if (!m_shape || m_shape->id != task.id)
        m_shape = TaskShape::of(task);
    return *m_shape;
}

Result<void> Importer::checkForeignNames(const ImportItem &item)
{
    const auto problem = [&](const QString &what, const QString &text, IdentifierKind kind) -> Result<void> {
        if (const QString found = identifierProblem(text, kind); !found.isEmpty())
            return refuse(item, what + u": " + found);
        return {};
    };
    if (const auto *row = std::get_if<TaskRow>(&item.payload)) {
        if (auto ok = problem(tr("task id"), fromStd(row->id), IdentifierKind::Id); !ok)
            return ok;
        const json responses = json::parse(row->responses, nullptr, false);
        for (const json &r : responses.is_array() ? responses : json::array()) {
            if (const auto id = r.find("id"); id != r.end() && id->is_string()) {
                if (auto ok
                    = problem(tr("response id"), fromStd(id->get_ref<const std::string &>()), IdentifierKind::Id);
                    !ok)
                    return ok;
            }
        }
    } else if (const auto *annotation = std::get_if<Annotation>(&item.payload)) {
        if (auto ok = problem(tr("annotator"), annotation->annotator, IdentifierKind::Name); !ok)
            return ok;
    }
    return {};
}

Result<BatchStore::StoredTask> Importer::existingTask(const QString &id, const ImportItem &item)
{
    auto stored = m_store.task(id);
    if (!stored)
        return storeError(item, stored.error());
    if (!stored.value())
        return refuse(item,
            tr("no task %1 in this project; import the batch that holds it (an assignment or dataset) first").arg(id),
            m_foreign ? QString() : QStringLiteral("task"));
    return std::move(*stored.value());
}

Result<void> Importer::applyAnnotation(Annotation &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    if (m_foreign) {
        if (auto named = checkForeignNames(item); !named)
            return named;
    }
    auto task = existingTask(incoming.taskId, item);
    if (!task)
        return task.error();
    if (incoming.batchId.isEmpty() || m_foreign)
        incoming.batchId = m_report.batchId;
    auto stored = m_store.annotation(task->rowId, incoming.annotator);
    if (!stored)
        return storeError(item, stored.error());

    if (m_foreign) {
        if (stored.value() && stored.value()->rubricId != incoming.rubricId)
            return refuse(item,
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
            return storeError(item, done.error());
        return {};
    }

    auto rubric = answerRubric(incoming.rubricId, incoming.rubricVersion, item);
    if (!rubric)
        return rubric.error();
    if (auto checked = m_checker->annotation(item, incoming, *rubric, &shapeOf(task->task)); !checked)
        return checked;

    ImportCounts &c = m_report.counts;
    const bool write = admit(
        *stored, {c.annotationsAdded, c.annotationsReplaced, c.annotationsUnchanged, c.annotationsKept},
        [&](const Annotation &old) { return sameWork(old, incoming); },
        [&](const Annotation &old) {
            const int age = compareAge(incoming, old);
            // An equal age replaces only what an earlier revision of this same batch brought.
            if (age > 0 || (age == 0 && old.batchId == incoming.batchId))
                return false;
            warn(item,
                tr("kept the stored annotation of task %1 by %2 (revision %3, changed %4): it is not older than "
                   "this one (revision %5, changed %6)")
                    .arg(incoming.taskId, incoming.annotator)
                    .arg(old.revision)
                    .arg(isoTime(old.updatedAt))
                    .arg(incoming.revision)
                    .arg(isoTime(incoming.updatedAt)));
            return true;
        });
    if (!write)
        return {};
    if (auto done = m_store.putAnnotation(incoming, task->rowId); !done)
        return storeError(item, done.error());
    return {};
}

Result<void> Importer::applyGold(GoldAnswer &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    auto task = existingTask(incoming.taskId, item);
    if (!task)
        return task.error();
    auto rubric = answerRubric(incoming.rubricId, incoming.rubricVersion, item);
    if (!rubric)
        return rubric.error();
    if (auto checked = m_checker->gold(item, incoming, *rubric, &shapeOf(task->task)); !checked)
        return checked;
    auto stored = m_store.gold(task->rowId);
    if (!stored)
        return storeError(item, stored.error());
    ImportCounts &c = m_report.counts;
    const bool write = admit(
        *stored, {c.goldAdded, c.goldReplaced, c.goldUnchanged, c.goldKept},
        [&](const GoldAnswer &old) {
            return old.answers == incoming.answers && old.rubricId == incoming.rubricId
                && old.rubricVersion == incoming.rubricVersion && old.rationale == incoming.rationale;
        },
        [&](const GoldAnswer &old) {
            if (compareTimes(incoming.createdAt, old.createdAt) > 0)
                return false;
            warn(item,
                tr("kept the stored gold answer of task %1 (from %2): it is not older than this one (from %3)")
                    .arg(incoming.taskId, isoTime(old.createdAt), isoTime(incoming.createdAt)));
            return true;
        });
    if (!write)
        return {};
    if (auto done = m_store.putGold(incoming, task->rowId); !done)
        return storeError(item, done.error());
    return {};
}

Result<void> Importer::applyAdjudication(Adjudication &incoming, const ImportItem &item)
{
    if (m_verifyOnly)
        return {};
    auto task = existingTask(incoming.taskId, item);
    if (!task)
        return task.error();
    if (!incoming.criterion.isEmpty()) {
        auto rubric = decisionRubric(*task, item);
        if (!rubric)
            return rubric.error();
        if (auto checked = m_checker->decision(item, incoming, *rubric.value(), &shapeOf(task->task)); !checked)
            return checked;
    }
    auto stored = m_store.adjudication(task->rowId, incoming.criterion);
    if (!stored)
        return storeError(item, stored.error());
    ImportCounts &c = m_report.counts;
    const bool write = admit(
        *stored, {c.adjudicationsAdded, c.adjudicationsReplaced, c.adjudicationsUnchanged, c.adjudicationsKept},
        [&](const Adjudication &old) {
            return old.answer == incoming.answer && old.source == incoming.source
                && old.sourceAnnotator == incoming.sourceAnnotator && old.rationale == incoming.rationale;
        },
        [&](const Adjudication &old) {
            if (compareTimes(incoming.decidedAt, old.decidedAt) > 0)
                return false;
            warn(item,
                tr("kept the stored decision on %1 of task %2 (from %3): it is not older than this one (from %4)")
                    .arg(incoming.criterion, incoming.taskId, isoTime(old.decidedAt), isoTime(incoming.decidedAt)));
            return true;
        });
    if (!write)
        return {};
    if (auto done = m_store.putAdjudication(incoming, task->rowId); !done)
        return storeError(item, done.error());
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
        return storeError(item, done.error());
    // The newest assignment decides the order of its tasks in the queue (docs/batch-format.md, "Queue order").
    if (auto done = m_project.tasks().arrange(m_queueOrder); !done)
        return storeError(item, done.error());
    if (m_manifest.calibration) {
        if (auto done = m_project.markCalibrationWorkspace(); !done)
            return storeError(item, done.error());
    }
    return {};
}

} // namespace verdict
