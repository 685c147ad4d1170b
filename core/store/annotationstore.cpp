#include "store/annotationstore.h"

#include "codecs/jsonfields.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace verdict {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT t.external_id, a.annotator, a.rubric_id, a.rubric_version, a.answers, a.status, a.revision, "
    "a.started_at, a.submitted_at, a.updated_at, a.active_seconds, a.note, a.batch_id, a.id ");

Result<Annotation> fromRow(const QSqlQuery &q)
{
    Annotation a;
    a.taskId = q.value(0).toString();
    a.annotator = q.value(1).toString();
    a.rubricId = q.value(2).toString();
    a.rubricVersion = q.value(3).toInt();
    try {
        a.answers = nlohmann::json::parse(toStd(q.value(4).toString()));
    } catch (const nlohmann::json::exception &e) {
        return makeError(QCoreApplication::translate(
            "verdict::AnnotationStore", "the annotation of %1 by %2 is damaged in the project file: %3")
                             .arg(a.taskId, a.annotator, QString::fromUtf8(e.what())));
    }
    a.status = annotationStatusFromName(q.value(5).toString()).value_or(AnnotationStatus::Draft);
    a.revision = q.value(6).toInt();
    a.startedAt = parseIsoTime(q.value(7).toString());
    a.submittedAt = parseIsoTime(q.value(8).toString());
    a.updatedAt = parseIsoTime(q.value(9).toString());
    a.activeSeconds = q.value(10).toDouble();
    a.note = q.value(11).toString();
    a.batchId = q.value(12).toString();
    a.rowId = q.value(13).toLongLong();
    return a;
}

} // namespace

int AnnotatorSummary::total() const
{
    int sum = 0;
    for (int n : byStatus)
        sum += n;
    return sum;
}

Result<qint64> AnnotationStore::taskRowId(const QString &taskId) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id FROM task WHERE external_id = ?"));
    query.addBindValue(taskId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    if (!query.next())
        return makeError(tr("no task with id %1").arg(taskId));
    return query.value(0).toLongLong();
}

Result<std::optional<Annotation>> AnnotationStore::find(const QString &taskId, const QString &annotator) const
{
    QSqlQuery query = m_db.prepare(selectColumns
        + u"FROM annotation a JOIN task t ON t.id = a.task_id "
          u"WHERE t.external_id = ? AND a.annotator = ?");
    query.addBindValue(taskId);
    query.addBindValue(annotator);
    if (auto done = m_db.run(query); !done)
        return done.error();
    if (!query.next())
        return std::optional<Annotation>();
    Result<Annotation> a = fromRow(query);
    if (!a)
        return a.error();
    return std::optional<Annotation>(std::move(a).value());
}

Result<QList<Annotation>> AnnotationStore::forTask(const QString &taskId) const
{
    QSqlQuery query = m_db.prepare(selectColumns
        + u"FROM annotation a JOIN task t ON t.id = a.task_id "
          u"WHERE t.external_id = ? ORDER BY a.annotator");
    query.addBindValue(taskId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<Annotation> list;
    while (query.next()) {
        Result<Annotation> a = fromRow(query);
        if (!a)
            return a.error();
        list << std::move(a).value();
    }
    return list;
}

Result<void> AnnotationStore::upsert(const Annotation &a, qint64 taskRowId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO annotation (task_id, annotator, rubric_id, rubric_version, answers, status, revision, "
        "started_at, submitted_at, updated_at, active_seconds, note, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (task_id, annotator) DO UPDATE SET rubric_id = excluded.rubric_id, "
        "rubric_version = excluded.rubric_version, answers = excluded.answers, status = excluded.status, "
        "revision = excluded.revision, started_at = excluded.started_at, submitted_at = excluded.submitted_at, "
        "updated_at = excluded.updated_at, active_seconds = excluded.active_seconds, note = excluded.note, "
        "batch_id = excluded.batch_id"));
    query.addBindValue(taskRowId);
    query.addBindValue(Database::text(a.annotator));
    query.addBindValue(Database::text(a.rubricId));
    query.addBindValue(a.rubricVersion);
    query.addBindValue(fromStd(a.answers.dump()));
    query.addBindValue(annotationStatusName(a.status));
    query.addBindValue(a.revision);
    query.addBindValue(nullable(isoTime(a.startedAt)));
    query.addBindValue(nullable(isoTime(a.submittedAt)));
    query.addBindValue(isoTime(a.updatedAt.isValid() ? a.updatedAt : nowUtc()));
    query.addBindValue(a.activeSeconds);
    query.addBindValue(Database::text(a.note));
    query.addBindValue(nullable(a.batchId));
    return m_db.run(query);
}

Result<void> AnnotationStore::keepInHistory(const Annotation &a, qint64 taskRowId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO annotation_history (task_id, annotator, revision, rubric_id, rubric_version, answers, status, "
        "note, active_seconds, batch_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(taskRowId);
    query.addBindValue(Database::text(a.annotator));
    query.addBindValue(a.revision);
    query.addBindValue(Database::text(a.rubricId));
    query.addBindValue(a.rubricVersion);
    query.addBindValue(fromStd(a.answers.dump()));
    query.addBindValue(annotationStatusName(a.status));
    query.addBindValue(Database::text(a.note));
    query.addBindValue(a.activeSeconds);
    query.addBindValue(nullable(a.batchId));
    query.addBindValue(isoTime(nowUtc()));
    return m_db.run(query);
}

Result<void> AnnotationStore::save(Annotation &annotation)
{
    if (annotation.annotator.trimmed().isEmpty())
        return makeError(tr("an annotation needs an annotator"));
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const Result<qint64> rowId = taskRowId(annotation.taskId);
    if (!rowId)
        return rowId.error();
    const auto stored = find(annotation.taskId, annotation.annotator);
    if (!stored)
        return stored.error();
    const QDateTime now = nowUtc();
    annotation.revision = stored.value() ? stored.value()->revision : 0;
    if (!annotation.startedAt.isValid())
        annotation.startedAt = stored.value() && stored.value()->startedAt.isValid() ? stored.value()->startedAt : now;
    annotation.updatedAt = now;
    const bool final = annotation.status != AnnotationStatus::Draft;
    if (final) {
        ++annotation.revision;
        annotation.submittedAt = now;
    }
    if (auto done = upsert(annotation, *rowId); !done)
        return done;
    if (final) {
        if (auto done = keepInHistory(annotation, *rowId); !done)
            return done;
        AuditLog audit(m_db);
        const nlohmann::json detail{{"task", toStd(annotation.taskId)},
            {"status", toStd(annotationStatusName(annotation.status))}, {"revision", annotation.revision}};
        if (auto done = audit.append(annotation.annotator, QStringLiteral("submit"), detail); !done)
            return done;
    }
    return transaction.commit();
}

Result<void> AnnotationStore::store(const Annotation &annotation)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const Result<qint64> rowId = taskRowId(annotation.taskId);
    if (!rowId)
        return rowId.error();
    if (auto done = upsert(annotation, *rowId); !done)
        return done;
    if (annotation.status != AnnotationStatus::Draft) {
        if (auto done = keepInHistory(annotation, *rowId); !done)
            return done;
    }
    return transaction.commit();
}

Result<QList<Annotation>> AnnotationStore::history(const QString &taskId, const QString &annotator) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT t.external_id, h.annotator, h.rubric_id, h.rubric_version, h.answers, h.status, h.revision, "
        "NULL, NULL, h.recorded_at, h.active_seconds, h.note, h.batch_id, h.id "
        "FROM annotation_history h JOIN task t ON t.id = h.task_id "
        "WHERE t.external_id = ? AND h.annotator = ? ORDER BY h.id"));
    query.addBindValue(taskId);
    query.addBindValue(annotator);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<Annotation> list;
    while (query.next()) {
        Result<Annotation> a = fromRow(query);
        if (!a)
            return a.error();
        list << std::move(a).value();
    }
    return list;
}

Result<QHash<AnnotationStatus, int>> AnnotationStore::countByStatus() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT status, count(*) FROM annotation GROUP BY status"));
    if (auto done = m_db.run(query); !done)
        return done.error();
    QHash<AnnotationStatus, int> counts;
    while (query.next()) {
        if (const auto status = annotationStatusFromName(query.value(0).toString()))
            counts.insert(*status, query.value(1).toInt());
    }
    return counts;
}

Result<QList<AnnotatorSummary>> AnnotationStore::annotators() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT annotator, status, count(*) FROM annotation GROUP BY annotator, status ORDER BY annotator"));
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<AnnotatorSummary> list;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (list.isEmpty() || list.constLast().annotator != name)
            list << AnnotatorSummary{name, {}};
        if (const auto status = annotationStatusFromName(query.value(1).toString()))
            list.last().byStatus.insert(*status, query.value(2).toInt());
    }
    return list;
}

Result<QHash<AnnotationStatus, int>> AnnotationStore::countByStatusFor(const QString &annotator) const
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("SELECT status, count(*) FROM annotation WHERE annotator = ? GROUP BY status"));
    query.addBindValue(annotator);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QHash<AnnotationStatus, int> counts;
    while (query.next()) {
        if (const auto status = annotationStatusFromName(query.value(0).toString()))
            counts.insert(*status, query.value(1).toInt());
    }
    return counts;
}

Result<void> AnnotationStore::setActiveSeconds(const QString &taskId, const QString &annotator, double seconds)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE annotation SET active_seconds = ? WHERE annotator = ? AND "
                                                  "task_id = (SELECT id FROM task WHERE external_id = ?)"));
    query.addBindValue(seconds);
    query.addBindValue(annotator);
    query.addBindValue(taskId);
    return m_db.run(query);
}

} // namespace verdict

namespace verdict {

Result<QStringList> AnnotationStore::reviewableTaskIds() const
{
    QSqlQuery query
        = m_db.prepare(QStringLiteral("SELECT DISTINCT t.external_id FROM annotation a JOIN task t ON t.id = a.task_id "
                                      "WHERE a.status IN ('submitted', 'escalated') ORDER BY t.external_id"));
    if (auto done = m_db.run(query); !done)
        return done.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

} // namespace verdict
