#include "store/annotationstore.h"

#include "codecs/jsonfields.h"
#include "store/annotationtable.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/tasktable.h"
#include "util/timeutil.h"

#include <QCoreApplication>

#include <algorithm>

namespace verdict {

int AnnotatorSummary::total() const
{
    int sum = 0;
    for (int n : byStatus)
        sum += n;
    return sum;
}

Result<qint64> AnnotationStore::taskRowId(const QString &taskId) const
{
    auto rowId = TaskTable(m_db).rowId(taskId);
    if (!rowId)
        return rowId.error();
    if (!rowId.value())
        return makeError(tr("no task with id %1").arg(taskId));
    return *rowId.value();
}

Result<QList<Annotation>> AnnotationStore::list(Statement &query) const
{
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Annotation> list;
    while (query.next()) {
        Result<Annotation> a = AnnotationTable::read(query);
        if (!a)
            return a.error();
        list << std::move(a).value();
    }
    if (auto done = query.status(); !done)
        return done.error();
    return list;
}

Result<std::optional<Annotation>> AnnotationStore::find(const QString &taskId, const QString &annotator) const
{
    Statement query = m_db.prepare(AnnotationTable::select() + u"WHERE t.external_id = ? AND a.annotator = ?");
    query.add(taskId).add(annotator);
    auto found = list(query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Annotation>();
    return std::optional<Annotation>(std::move(found->first()));
}

Result<QList<Annotation>> AnnotationStore::forTask(const QString &taskId) const
{
    Statement query = m_db.prepare(AnnotationTable::select() + u"WHERE t.external_id = ? ORDER BY a.annotator");
    query.add(taskId);
    return list(query);
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
    AnnotationTable table(m_db);
    if (auto done = table.put(annotation, *rowId); !done)
        return done;
    if (final) {
        if (auto done = table.keepInHistory(annotation, *rowId); !done)
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
    AnnotationTable table(m_db);
    if (auto done = table.put(annotation, *rowId); !done)
        return done;
    if (annotation.status != AnnotationStatus::Draft) {
        if (auto done = table.keepInHistory(annotation, *rowId); !done)
            return done;
    }
    return transaction.commit();
}

Result<QList<Annotation>> AnnotationStore::history(const QString &taskId, const QString &annotator) const
{
    Statement query
        = m_db.prepare(AnnotationTable::selectHistory() + u"WHERE t.external_id = ? AND h.annotator = ? ORDER BY h.id");
    query.add(taskId).add(annotator);
    return list(query);
}

Result<QHash<AnnotationStatus, int>> AnnotationStore::countByStatus() const
{
    Statement query = m_db.prepare(QStringLiteral("SELECT status, count(*) FROM annotation GROUP BY status"));
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<AnnotationStatus, int> counts;
    while (query.next()) {
        if (const auto status = annotationStatusFromName(query.string(0)))
            counts.insert(*status, int(query.integer(1)));
    }
    return counts;
}

Result<QList<AnnotatorSummary>> AnnotationStore::annotators() const
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT annotator, status, count(*) FROM annotation GROUP BY annotator, status ORDER BY annotator"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<AnnotatorSummary> list;
    while (query.next()) {
        const QString name = query.string(0);
        if (list.isEmpty() || list.constLast().annotator != name)
            list << AnnotatorSummary{name, {}};
        if (const auto status = annotationStatusFromName(query.string(1)))
            list.last().byStatus.insert(*status, int(query.integer(2)));
    }
    return list;
}

Result<QHash<AnnotationStatus, int>> AnnotationStore::countByStatusFor(const QString &annotator) const
{
    Statement query
        = m_db.prepare(QStringLiteral("SELECT status, count(*) FROM annotation WHERE annotator = ? GROUP BY status"));
    query.add(annotator);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<AnnotationStatus, int> counts;
    while (query.next()) {
        if (const auto status = annotationStatusFromName(query.string(0)))
            counts.insert(*status, int(query.integer(1)));
    }
    return counts;
}

Result<void> AnnotationStore::setActiveSeconds(const QString &taskId, const QString &annotator, double seconds)
{
    return AnnotationTable(m_db).setActiveSeconds(taskId, annotator, seconds);
}

} // namespace verdict

namespace verdict {

Result<QStringList> AnnotationStore::reviewableTaskIds() const
{
    Statement query
        = m_db.prepare(QStringLiteral("SELECT DISTINCT t.external_id FROM annotation a JOIN task t ON t.id = a.task_id "
                                      "WHERE a.status IN ('submitted', 'escalated') ORDER BY t.external_id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList ids;
    while (query.next())
        ids << query.string(0);
    return ids;
}

Result<qint64> AnnotationStore::countSubmitted(const QString &annotator, std::optional<int> rubricVersion) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM annotation WHERE status = 'submitted'");
    if (!annotator.isEmpty())
        sql += QStringLiteral(" AND annotator = ?");
    if (rubricVersion)
        sql += QStringLiteral(" AND rubric_version = ?");
    Statement query = m_db.prepare(sql);
    if (!annotator.isEmpty())
        query.add(annotator);
    if (rubricVersion)
        query.add(*rubricVersion);
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.integer(0);
}

Result<QList<RubricVersion>> AnnotationStore::rubricVersions(const QString &annotator) const
{
    QString sql = QStringLiteral("SELECT DISTINCT rubric_id, rubric_version FROM annotation");
    if (!annotator.isEmpty())
        sql += QStringLiteral(" WHERE annotator = ?");
    sql += QStringLiteral(" ORDER BY rubric_id, rubric_version");
    Statement query = m_db.prepare(sql);
    if (!annotator.isEmpty())
        query.add(annotator);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<RubricVersion> list;
    while (query.next())
        list << RubricVersion{query.string(0), int(query.integer(1))};
    return list;
}

} // namespace verdict
