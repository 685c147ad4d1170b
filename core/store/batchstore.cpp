#include "store/batchstore.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace verdict {

namespace {

using nlohmann::json;

std::string utf8(const QString &text)
{
    return toStd(text);
}

bool sameJsonText(std::string_view stored, const std::string &incoming)
{
    if (stored == incoming)
        return true;
    const json a = json::parse(stored, nullptr, false);
    const json b = json::parse(incoming, nullptr, false);
    return !a.is_discarded() && !b.is_discarded() && a == b;
}

} // namespace

BatchStore::BatchStore(Database &database)
    : m_db(database)
{ }

Result<void> BatchStore::prepareImport()
{
    if (m_prepared)
        return {};
    auto *db = static_cast<sqlite3 *>(m_db.sqliteHandle());
    const std::pair<SqliteStatement *, const char *> statements[] = {
        {&m_insertTask,
            "INSERT INTO task (external_id, context, responses, meta, preview, response_count, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (external_id) DO NOTHING"},
        {&m_selectTask, "SELECT id, context, responses, meta FROM task WHERE external_id = ?1"},
        {&m_selectAnnotation,
            "SELECT rubric_id, rubric_version, answers, status, revision, started_at, submitted_at, updated_at, "
            "active_seconds, note, batch_id FROM annotation WHERE task_id = ?1 AND annotator = ?2"},
        {&m_upsertAnnotation,
            "INSERT INTO annotation (task_id, annotator, rubric_id, rubric_version, answers, status, revision, "
            "started_at, submitted_at, updated_at, active_seconds, note, batch_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
            "ON CONFLICT (task_id, annotator) DO UPDATE SET rubric_id = excluded.rubric_id, "
            "rubric_version = excluded.rubric_version, answers = excluded.answers, status = excluded.status, "
            "revision = excluded.revision, started_at = excluded.started_at, submitted_at = excluded.submitted_at, "
            "updated_at = excluded.updated_at, active_seconds = excluded.active_seconds, note = excluded.note, "
            "batch_id = excluded.batch_id"},
        {&m_insertHistory,
            "INSERT INTO annotation_history (task_id, annotator, revision, rubric_id, rubric_version, answers, "
            "status, note, active_seconds, batch_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
            "?11)"},
        {&m_savepoint, "SAVEPOINT import_record"},
        {&m_release, "RELEASE import_record"},
        {&m_rollbackTo, "ROLLBACK TO import_record"},
    };
    for (const auto &[statement, sql] : statements) {
        if (auto done = statement->prepare(db, sql); !done)
            return done;
    }
    m_now = utf8(isoTime(nowUtc()));
    m_prepared = true;
    return {};
}

Result<QList<ImportedBatch>> BatchStore::importedRevisions(const QString &batchId) const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT batch_id, revision, kind, producer, file_name, sha256, records, imported_at FROM batch "
                       "WHERE batch_id = ? ORDER BY revision"));
    query.addBindValue(batchId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<ImportedBatch> list;
    while (query.next()) {
        list << ImportedBatch{query.value(0).toString(), query.value(1).toInt(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toLongLong(), parseIsoTime(query.value(7).toString())};
    }
    return list;
}

Result<qint64> BatchStore::lastTaskRowId() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM task"));
    if (auto done = m_db.run(query); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<qint64> BatchStore::reviseTask(const TaskRow &row, qint64 taskRowId)
{
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE task SET context = ?, responses = ?, meta = ?, preview = ?, response_count = ? WHERE id = ?"));
    update.addBindValue(QString::fromStdString(row.context));
    update.addBindValue(QString::fromStdString(row.responses));
    update.addBindValue(QString::fromStdString(row.meta));
    update.addBindValue(Database::text(QString::fromStdString(row.preview)));
    update.addBindValue(row.responseCount);
    update.addBindValue(taskRowId);
    if (auto done = m_db.run(update); !done)
        return done.error();
    QSqlQuery reopen = m_db.prepare(QStringLiteral("UPDATE annotation SET status = 'draft' WHERE task_id = ? AND "
                                                   "status IN ('submitted', 'skipped', 'escalated')"));
    reopen.addBindValue(taskRowId);
    if (auto done = m_db.run(reopen); !done)
        return done.error();
    return qint64(reopen.numRowsAffected());
}

Result<void> BatchStore::markCalibration()
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO project (key, value) VALUES ('calibration', 'true')"));
    return m_db.run(query);
}

Result<void> BatchStore::recordImport(const ImportedBatch &b)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("INSERT INTO batch (batch_id, revision, kind, producer, file_name, sha256, records, "
                       "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(b.batchId);
    query.addBindValue(b.revision);
    query.addBindValue(Database::text(b.kind));
    query.addBindValue(Database::text(b.producer));
    query.addBindValue(Database::text(b.fileName));
    query.addBindValue(Database::text(b.sha256));
    query.addBindValue(b.records);
    query.addBindValue(isoTime(b.importedAt.isValid() ? b.importedAt : nowUtc()));
    return m_db.run(query);
}

Result<std::optional<ExportedBatch>> BatchStore::lastExport(const QString &batchId) const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT json_extract(detail, '$.revision'), json_extract(detail, '$.fingerprint') FROM audit "
                       "WHERE action = 'export' AND json_extract(detail, '$.batch_id') = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(batchId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    if (!query.next())
        return std::optional<ExportedBatch>();
    return std::optional<ExportedBatch>(ExportedBatch{batchId, query.value(0).toInt(), query.value(1).toString()});
}

Result<void> BatchStore::beginRecord()
{
    if (auto ready = prepareImport(); !ready)
        return ready;
    const auto stepped = m_savepoint.step();
    m_savepoint.reset();
    return stepped ? Result<void>() : Result<void>(stepped.error());
}

Result<void> BatchStore::endRecord(bool keep)
{
    if (!keep) {
        const auto undone = m_rollbackTo.step();
        m_rollbackTo.reset();
        if (!undone)
            return undone.error();
    }
    // RELEASE after ROLLBACK TO takes the savepoint off the stack.
    const auto released = m_release.step();
    m_release.reset();
    return released ? Result<void>() : Result<void>(released.error());
}

Result<BatchStore::TaskOutcome> BatchStore::putTask(const TaskRow &row, QString *difference, qint64 *rowId)
{
    if (auto ready = prepareImport(); !ready)
        return ready.error();
    m_insertTask.bind(1, row.id);
    m_insertTask.bind(2, row.context);
    m_insertTask.bind(3, row.responses);
    m_insertTask.bind(4, row.meta);
    m_insertTask.bind(5, row.preview);
    m_insertTask.bind(6, qint64(row.responseCount));
    m_insertTask.bind(7, m_now);
    const auto stepped = m_insertTask.step();
    const qint64 changed = stepped.ok() ? m_insertTask.changes() : 0;
    const qint64 inserted = changed > 0 ? m_insertTask.lastInsertRowId() : 0;
    m_insertTask.reset();
    if (!stepped)
        return stepped.error();
    if (changed > 0) {
        if (rowId)
            *rowId = inserted;
        return TaskOutcome::Added;
    }

    m_selectTask.bind(1, row.id);
    auto found = m_selectTask.step();
    TaskOutcome outcome = TaskOutcome::Same;
    if (found.ok() && *found) {
        if (rowId)
            *rowId = m_selectTask.integer(0);
        const std::pair<int, const std::string *> parts[] = {{1, &row.context}, {2, &row.responses}, {3, &row.meta}};
        for (const auto &[column, text] : parts) {
            if (!sameJsonText(m_selectTask.text(column), *text)) {
                outcome = TaskOutcome::Different;
                if (difference)
                    *difference = column == 1 ? QStringLiteral("context")
                        : column == 2         ? QStringLiteral("responses")
                                              : QStringLiteral("meta");
                break;
            }
        }
    }
    m_selectTask.reset();
    if (!found)
        return found.error();
    return outcome;
}

Result<std::optional<BatchStore::StoredTask>> BatchStore::task(const QString &id)
{
    if (auto ready = prepareImport(); !ready)
        return ready.error();
    const std::string key = utf8(id);
    m_selectTask.bind(1, key);
    auto found = m_selectTask.step();
    if (!found) {
        m_selectTask.reset();
        return found.error();
    }
    if (!*found) {
        m_selectTask.reset();
        return std::optional<StoredTask>();
    }
    StoredTask stored;
    stored.rowId = m_selectTask.integer(0);
    stored.task.rowId = stored.rowId;
    stored.task.id = id;
    const auto context = taskjson::contextFromStored(json::parse(m_selectTask.text(1), nullptr, false));
    const auto responses = taskjson::responsesFromStored(json::parse(m_selectTask.text(2), nullptr, false));
    stored.task.meta = json::parse(m_selectTask.text(3), nullptr, false);
    m_selectTask.reset();
    if (!context || !responses || stored.task.meta.is_discarded())
        return makeError(tr("task %1 is damaged in the project file").arg(id));
    stored.task.context = *context;
    stored.task.responses = *responses;
    return std::optional<StoredTask>(std::move(stored));
}

Result<std::optional<Annotation>> BatchStore::annotation(qint64 taskRowId, const QString &annotator)
{
    if (auto ready = prepareImport(); !ready)
        return ready.error();
    const std::string name = utf8(annotator);
    m_selectAnnotation.bind(1, taskRowId);
    m_selectAnnotation.bind(2, name);
    auto found = m_selectAnnotation.step();
    if (!found || !*found) {
        m_selectAnnotation.reset();
        if (!found)
            return found.error();
        return std::optional<Annotation>();
    }
    const SqliteStatement &q = m_selectAnnotation;
    Annotation a;
    a.annotator = annotator;
    a.rubricId = fromStd(q.text(0));
    a.rubricVersion = int(q.integer(1));
    a.answers = json::parse(q.text(2), nullptr, false);
    a.status = annotationStatusFromName(fromStd(q.text(3))).value_or(AnnotationStatus::Draft);
    a.revision = int(q.integer(4));
    a.startedAt = parseIsoTime(fromStd(q.text(5)));
    a.submittedAt = parseIsoTime(fromStd(q.text(6)));
    a.updatedAt = parseIsoTime(fromStd(q.text(7)));
    a.activeSeconds = q.real(8);
    a.note = fromStd(q.text(9));
    a.batchId = fromStd(q.text(10));
    m_selectAnnotation.reset();
    if (a.answers.is_discarded())
        return makeError(tr("an annotation by %1 is damaged in the project file").arg(annotator));
    return std::optional<Annotation>(std::move(a));
}

Result<void> BatchStore::putAnnotation(const Annotation &a, qint64 taskRowId)
{
    if (auto ready = prepareImport(); !ready)
        return ready;
    const std::string annotator = utf8(a.annotator);
    const std::string rubric = utf8(a.rubricId);
    const std::string answers = a.answers.dump();
    const std::string status = utf8(annotationStatusName(a.status));
    const std::string started = utf8(isoTime(a.startedAt));
    const std::string submitted = utf8(isoTime(a.submittedAt));
    const std::string updated = utf8(isoTime(a.updatedAt.isValid() ? a.updatedAt : nowUtc()));
    const std::string note = utf8(a.note);
    const std::string batch = utf8(a.batchId);
    SqliteStatement &q = m_upsertAnnotation;
    q.bind(1, taskRowId);
    q.bind(2, annotator);
    q.bind(3, rubric);
    q.bind(4, qint64(a.rubricVersion));
    q.bind(5, answers);
    q.bind(6, status);
    q.bind(7, qint64(a.revision));
    started.empty() ? q.bindNull(8) : q.bind(8, started);
    submitted.empty() ? q.bindNull(9) : q.bind(9, submitted);
    q.bind(10, updated);
    q.bind(11, a.activeSeconds);
    q.bind(12, note);
    batch.empty() ? q.bindNull(13) : q.bind(13, batch);
    auto done = q.step();
    q.reset();
    if (!done)
        return done.error();
    if (a.status == AnnotationStatus::Draft)
        return {};
    const std::string now = utf8(isoTime(nowUtc()));
    SqliteStatement &h = m_insertHistory;
    h.bind(1, taskRowId);
    h.bind(2, annotator);
    h.bind(3, qint64(a.revision));
    h.bind(4, rubric);
    h.bind(5, qint64(a.rubricVersion));
    h.bind(6, answers);
    h.bind(7, status);
    h.bind(8, note);
    h.bind(9, a.activeSeconds);
    batch.empty() ? h.bindNull(10) : h.bind(10, batch);
    h.bind(11, now);
    done = h.step();
    h.reset();
    if (!done)
        return done.error();
    return {};
}

Result<void> BatchStore::setRubricVersion(const QString &batchId, const QString &rubricId, int version)
{
    for (const QString &table : {QStringLiteral("annotation"), QStringLiteral("annotation_history")}) {
        QSqlQuery query = m_db.prepare(u"UPDATE " + table
            + u" SET rubric_version = ? WHERE batch_id = ? AND rubric_id = ? AND rubric_version = 0");
        query.addBindValue(version);
        query.addBindValue(batchId);
        query.addBindValue(rubricId);
        if (auto done = m_db.run(query); !done)
            return done;
    }
    return {};
}

Result<std::optional<GoldAnswer>> BatchStore::gold(qint64 taskRowId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT rubric_id, rubric_version, answers, rationale, author, created_at FROM gold WHERE task_id = ?"));
    query.addBindValue(taskRowId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    if (!query.next())
        return std::optional<GoldAnswer>();
    GoldAnswer g;
    g.rubricId = query.value(0).toString();
    g.rubricVersion = query.value(1).toInt();
    g.answers = json::parse(toStd(query.value(2).toString()), nullptr, false);
    g.rationale = query.value(3).toString();
    g.author = query.value(4).toString();
    g.createdAt = parseIsoTime(query.value(5).toString());
    return std::optional<GoldAnswer>(std::move(g));
}

Result<void> BatchStore::putGold(const GoldAnswer &g, qint64 taskRowId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO gold (task_id, rubric_id, rubric_version, answers, rationale, author, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET rubric_id = excluded.rubric_id, "
        "rubric_version = excluded.rubric_version, answers = excluded.answers, rationale = excluded.rationale, "
        "author = excluded.author, created_at = excluded.created_at"));
    query.addBindValue(taskRowId);
    query.addBindValue(Database::text(g.rubricId));
    query.addBindValue(g.rubricVersion);
    query.addBindValue(fromStd(g.answers.dump()));
    query.addBindValue(Database::text(g.rationale));
    query.addBindValue(Database::text(g.author));
    query.addBindValue(isoTime(g.createdAt.isValid() ? g.createdAt : nowUtc()));
    return m_db.run(query);
}

Result<std::optional<Adjudication>> BatchStore::adjudication(qint64 taskRowId, const QString &criterion)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT answer, source, source_annotator, rationale, decided_by, decided_at, example FROM "
                       "adjudication WHERE task_id = ? AND criterion = ?"));
    query.addBindValue(taskRowId);
    query.addBindValue(Database::text(criterion)); // empty: a resolved escalation
    if (auto done = m_db.run(query); !done)
        return done.error();
    if (!query.next())
        return std::optional<Adjudication>();
    Adjudication d;
    d.criterion = criterion;
    d.answer = json::parse(toStd(query.value(0).toString()), nullptr, false);
    d.source = decisionSourceFromName(query.value(1).toString()).value_or(DecisionSource::Lead);
    d.sourceAnnotator = query.value(2).toString();
    d.rationale = query.value(3).toString();
    d.decidedBy = query.value(4).toString();
    d.decidedAt = parseIsoTime(query.value(5).toString());
    d.example = query.value(6).toBool();
    return std::optional<Adjudication>(std::move(d));
}

Result<void> BatchStore::putAdjudication(const Adjudication &d, qint64 taskRowId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO adjudication (task_id, criterion, answer, source, source_annotator, rationale, decided_by, "
        "decided_at, example) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (task_id, criterion) DO UPDATE SET answer = excluded.answer, source = excluded.source, "
        "source_annotator = excluded.source_annotator, rationale = excluded.rationale, "
        "decided_by = excluded.decided_by, decided_at = excluded.decided_at, example = excluded.example"));
    query.addBindValue(taskRowId);
    query.addBindValue(Database::text(d.criterion));
    query.addBindValue(fromStd(d.answer.dump()));
    query.addBindValue(decisionSourceName(d.source));
    query.addBindValue(nullable(d.sourceAnnotator));
    query.addBindValue(Database::text(d.rationale));
    query.addBindValue(Database::text(d.decidedBy));
    query.addBindValue(isoTime(d.decidedAt.isValid() ? d.decidedAt : nowUtc()));
    query.addBindValue(d.example ? 1 : 0);
    return m_db.run(query);
}

} // namespace verdict
