#include "store/annotationtable.h"

#include "codecs/jsonfields.h"
#include "util/timeutil.h"

#include <QCoreApplication>

namespace verdict {

QString AnnotationTable::columns()
{
    return QStringLiteral("t.external_id, a.annotator, a.rubric_id, a.rubric_version, a.answers, a.status, "
                          "a.revision, a.started_at, a.submitted_at, a.updated_at, a.active_seconds, a.note, "
                          "a.batch_id, a.id");
}

QString AnnotationTable::select(const QString &more)
{
    return u"SELECT " + columns() + (more.isEmpty() ? QString() : u", " + more)
        + u" FROM annotation a JOIN task t ON t.id = a.task_id ";
}

QString AnnotationTable::selectHistory(const QString &more)
{
    return QStringLiteral("SELECT t.external_id, h.annotator, h.rubric_id, h.rubric_version, h.answers, h.status, "
                          "h.revision, NULL, NULL, h.recorded_at, h.active_seconds, h.note, h.batch_id, h.id")
        + (more.isEmpty() ? QString() : u", " + more) + u" FROM annotation_history h JOIN task t ON t.id = h.task_id ";
}

Result<Annotation> AnnotationTable::read(const Statement &row, int first)
{
    Annotation a;
    a.taskId = row.string(first + TaskId);
    a.annotator = row.string(first + Annotator);
    a.rubricId = row.string(first + RubricId);
    a.rubricVersion = int(row.integer(first + RubricVersion));
    try {
        a.answers = nlohmann::json::parse(row.text(first + Answers));
    } catch (const nlohmann::json::exception &e) {
        return makeError(QCoreApplication::translate(
            "verdict::AnnotationStore", "the annotation of %1 by %2 is damaged in the project file: %3")
                             .arg(a.taskId, a.annotator, QString::fromUtf8(e.what())));
    }
    a.status = annotationStatusFromName(row.string(first + Status)).value_or(AnnotationStatus::Draft);
    a.revision = int(row.integer(first + Revision));
    a.startedAt = parseIsoTime(row.string(first + StartedAt));
    a.submittedAt = parseIsoTime(row.string(first + SubmittedAt));
    a.updatedAt = parseIsoTime(row.string(first + UpdatedAt));
    a.activeSeconds = row.real(first + ActiveSeconds);
    a.note = row.string(first + Note);
    a.batchId = row.string(first + BatchId);
    a.rowId = row.integer(first + RowId);
    return a;
}

AnnotationTable::AnnotationTable(Database &database, Database::Access access)
    : m_db(database)
    , m_access(access)
{ }

Statement &AnnotationTable::prepared(Statement &statement, const QString &sql)
{
    if (!statement.isPrepared())
        statement = m_db.prepare(sql, m_access);
    return statement;
}

Result<void> AnnotationTable::put(const Annotation &a, qint64 taskRowId)
{
    Statement &q = prepared(m_put,
        QStringLiteral(
            "INSERT INTO annotation (task_id, annotator, rubric_id, rubric_version, answers, status, revision, "
            "started_at, submitted_at, updated_at, active_seconds, note, batch_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (task_id, annotator) DO UPDATE SET rubric_id = excluded.rubric_id, "
            "rubric_version = excluded.rubric_version, answers = excluded.answers, status = excluded.status, "
            "revision = excluded.revision, started_at = excluded.started_at, submitted_at = excluded.submitted_at, "
            "updated_at = excluded.updated_at, active_seconds = excluded.active_seconds, note = excluded.note, "
            "batch_id = excluded.batch_id"));
    const std::string answers = a.answers.dump();
    q.add(taskRowId)
        .addText(a.annotator)
        .addText(a.rubricId)
        .add(a.rubricVersion)
        .add(std::string_view(answers))
        .add(annotationStatusName(a.status))
        .add(a.revision)
        .addOptional(isoTime(a.startedAt))
        .addOptional(isoTime(a.submittedAt))
        .add(isoTime(a.updatedAt.isValid() ? a.updatedAt : nowUtc()))
        .add(a.activeSeconds)
        .addText(a.note)
        .addOptional(a.batchId);
    return q.exec();
}

Result<void> AnnotationTable::keepInHistory(const Annotation &a, qint64 taskRowId)
{
    Statement &q = prepared(m_history,
        QStringLiteral(
            "INSERT INTO annotation_history (task_id, annotator, revision, rubric_id, rubric_version, answers, "
            "status, note, active_seconds, batch_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const std::string answers = a.answers.dump();
    q.add(taskRowId)
        .addText(a.annotator)
        .add(a.revision)
        .addText(a.rubricId)
        .add(a.rubricVersion)
        .add(std::string_view(answers))
        .add(annotationStatusName(a.status))
        .addText(a.note)
        .add(a.activeSeconds)
        .addOptional(a.batchId)
        .add(isoTime(nowUtc()));
    return q.exec();
}

Result<void> AnnotationTable::setActiveSeconds(const QString &taskId, const QString &annotator, double seconds)
{
    Statement query = m_db.prepare(QStringLiteral("UPDATE annotation SET active_seconds = ? WHERE annotator = ? AND "
                                                  "task_id = (SELECT id FROM task WHERE external_id = ?)"),
        m_access);
    query.add(seconds).add(annotator).add(taskId);
    return query.exec();
}

Result<qint64> AnnotationTable::reopen(qint64 taskRowId)
{
    Statement query = m_db.prepare(QStringLiteral("UPDATE annotation SET status = 'draft' WHERE task_id = ? AND "
                                                  "status IN ('submitted', 'skipped', 'escalated')"),
        m_access);
    query.add(taskRowId);
    if (auto done = query.exec(); !done)
        return done.error();
    return query.rowsAffected();
}

Result<void> AnnotationTable::setRubricVersion(const QString &batchId, const QString &rubricId, int version)
{
    for (const QString &table : {QStringLiteral("annotation"), QStringLiteral("annotation_history")}) {
        Statement query = m_db.prepare(
            u"UPDATE " + table + u" SET rubric_version = ? WHERE batch_id = ? AND rubric_id = ? AND rubric_version = 0",
            m_access);
        query.add(version).add(batchId).add(rubricId);
        if (auto done = query.exec(); !done)
            return done;
    }
    return {};
}

} // namespace verdict
