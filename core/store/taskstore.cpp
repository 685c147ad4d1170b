#include "store/taskstore.h"

#include "codecs/jsonfields.h"
#include "store/database.h"
#include "store/tasktable.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace verdict {

QString queueStatusName(QueueStatus status)
{
    switch (status) {
    case QueueStatus::New:
        return QStringLiteral("new");
    case QueueStatus::Draft:
        return QStringLiteral("draft");
    case QueueStatus::Submitted:
        return QStringLiteral("submitted");
    case QueueStatus::Skipped:
        return QStringLiteral("skipped");
    case QueueStatus::Escalated:
        return QStringLiteral("escalated");
    }
    return {};
}

std::optional<QueueStatus> queueStatusFromName(const QString &name)
{
    for (auto status :
        {QueueStatus::New, QueueStatus::Draft, QueueStatus::Submitted, QueueStatus::Skipped, QueueStatus::Escalated}) {
        if (queueStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString TaskStore::previewOf(const Task &task)
{
    return task.prompt().simplified().left(160);
}

Result<qint64> TaskStore::insert(const Task &task)
{
    auto inserted = TaskTable(m_db).insert(TaskRow::fromTask(task), toStd(isoTime(nowUtc())));
    if (!inserted) {
        if (byId(task.id).value().has_value())
            return makeError(tr("a task with id %1 already exists").arg(task.id));
        return inserted.error();
    }
    return inserted;
}

Result<std::optional<Task>> TaskStore::fetchOne(const QString &where, const std::function<void(Statement &)> &key) const
{
    Statement query = m_db.prepare(TaskTable::select() + u"WHERE " + where + u" = ?");
    key(query);
    if (auto done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Task>();
    Result<Task> task = TaskTable::read(query);
    if (!task)
        return task.error();
    return std::optional<Task>(std::move(task).value());
}

Result<std::optional<Task>> TaskStore::byId(const QString &id) const
{
    return fetchOne(QStringLiteral("t.external_id"), [&id](Statement &query) { query.add(id); });
}

Result<std::optional<Task>> TaskStore::byRowId(qint64 rowId) const
{
    return fetchOne(QStringLiteral("t.id"), [rowId](Statement &query) { query.add(rowId); });
}

Result<QStringList> TaskStore::ids() const
{
    Statement query = m_db.prepare(QStringLiteral("SELECT external_id FROM task ORDER BY external_id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QStringList list;
    while (query.next())
        list << query.string(0);
    return list;
}

Result<qint64> TaskStore::count() const
{
    Statement query = m_db.prepare(QStringLiteral("SELECT count(*) FROM task"));
    if (auto done = query.exec(); !done)
        return done.error();
    query.next();
    return query.integer(0);
}

Result<QList<qint64>> TaskStore::rowIds(const TaskFilter &filter) const
{
    QStringList conditions;
    QStringList values;
    filterConditions(filter, conditions, values);
    QString sql = QStringLiteral("SELECT t.id FROM task t");
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(u" AND ");
    // No ORDER BY: without one SQLite reads the ids from the smallest index
    // that holds them (tens of MB for a million tasks) instead of walking the
    // task rows with their content (hundreds of MB). Sorting here is cheap.
    // A million ids through Qt Sql would cost a QVariant each: a bulk statement.
    QList<qint64> ids;
    auto done = selectIntegers(sql, values, [&ids](qint64 id) { ids << id; });
    if (!done)
        return done.error();
    auto moved = movedPlaces();
    if (!moved)
        return moved.error();
    if (moved->isEmpty()) {
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    std::vector<std::pair<qint64, qint64>> placed; // (place, row id)
    placed.reserve(std::size_t(ids.size()));
    for (qint64 id : std::as_const(ids))
        placed.emplace_back(moved->value(id, id), id);
    std::sort(placed.begin(), placed.end());
    for (std::size_t i = 0; i < placed.size(); ++i)
        ids[qsizetype(i)] = placed[i].second;
    return ids;
}

Result<QHash<qint64, qint64>> TaskStore::movedPlaces() const
{
    QHash<qint64, qint64> places;
    Statement query = m_db.prepare(QStringLiteral("SELECT task_id, place FROM queue_place"));
    if (auto done = query.exec(); !done)
        return done.error();
    while (query.next())
        places.insert(query.integer(0), query.integer(1));
    return places;
}

Result<void> TaskStore::arrange(const QList<qint64> &rowIds)
{
    QList<qint64> tasks;
    QSet<qint64> seen;
    for (qint64 id : rowIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            tasks << id;
        }
    }
    auto moved = movedPlaces();
    if (!moved)
        return moved.error();
    QList<qint64> current;
    current.reserve(tasks.size());
    for (qint64 id : std::as_const(tasks))
        current << moved->value(id, id);
    QList<qint64> places = current;
    std::sort(places.begin(), places.end());
    if (places == current)
        return {}; // already in this order: the usual case, tasks that arrived in it
    Statement put = m_db.prepare(QStringLiteral("INSERT INTO queue_place (task_id, place) VALUES (?, ?) "
                                                "ON CONFLICT (task_id) DO UPDATE SET place = excluded.place"));
    Statement back = m_db.prepare(QStringLiteral("DELETE FROM queue_place WHERE task_id = ?"));
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (places[i] == current[i])
            continue;
        // Back at its own row id, a task needs no row.
        Statement &query = places[i] == tasks[i] ? back : put;
        query.add(tasks[i]);
        if (places[i] != tasks[i])
            query.add(places[i]);
        if (auto done = query.exec(); !done)
            return done.error();
    }
    return {};
}

Result<std::optional<qint64>> TaskStore::nextUnfinished(const TaskFilter &filter, qint64 afterRowId) const
{
    auto moved = movedPlaces();
    if (!moved)
        return moved.error();
    // Without moved tasks the place is the row id, and the primary key finds the next one at once.
    const QString place = moved->isEmpty() ? QStringLiteral("t.id") : QStringLiteral("COALESCE(q.place, t.id)");
    QStringList conditions;
    QStringList values;
    filterConditions(filter, conditions, values);
    // Values are bound as text; an expression has no column affinity to turn them back into numbers.
    conditions << place + u" > CAST(? AS INTEGER)"
               << QStringLiteral("NOT EXISTS (SELECT 1 FROM annotation a WHERE a.task_id = t.id AND a.annotator = ? "
                                 "AND a.status <> 'draft')");
    values << QString::number(moved->value(afterRowId, afterRowId)) << filter.annotator;
    const QString sql = u"SELECT t.id FROM task t"
        + (moved->isEmpty() ? QString() : QStringLiteral(" LEFT JOIN queue_place q ON q.task_id = t.id")) + u" WHERE "
        + conditions.join(u" AND ") + u" ORDER BY " + place + u" LIMIT 1";
    std::optional<qint64> found;
    auto done = selectIntegers(sql, values, [&found](qint64 id) { found = id; });
    if (!done)
        return done.error();
    return found;
}

void TaskStore::filterConditions(const TaskFilter &filter, QStringList &conditions, QStringList &values)
{
    if (filter.status) {
        if (*filter.status == QueueStatus::New) {
            conditions << QStringLiteral(
                "NOT EXISTS (SELECT 1 FROM annotation a WHERE a.task_id = t.id AND a.annotator = ?)");
        } else {
            conditions << QStringLiteral(
                "EXISTS (SELECT 1 FROM annotation a WHERE a.task_id = t.id AND a.annotator = ? AND a.status = ?)");
        }
        values << filter.annotator;
        if (*filter.status != QueueStatus::New)
            values << queueStatusName(*filter.status);
    }
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("(t.external_id LIKE ? ESCAPE '\\' OR t.preview LIKE ? ESCAPE '\\')");
        QString pattern = filter.text;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        values << pattern << pattern;
    }
}

Result<void> TaskStore::selectIntegers(
    const QString &sql, const QStringList &values, const std::function<void(qint64)> &row) const
{
    Statement query = m_db.prepare(sql, Database::Access::Bulk);
    for (const QString &value : values)
        query.add(value);
    if (auto done = query.exec(); !done)
        return done;
    while (query.next())
        row(query.integer(0));
    return query.status();
}

Result<QList<TaskSummary>> TaskStore::summaries(const QList<qint64> &rowIds, const QString &annotator) const
{
    if (rowIds.isEmpty())
        return QList<TaskSummary>();
    QStringList literals;
    literals.reserve(rowIds.size());
    for (qint64 id : rowIds)
        literals << QString::number(id);
    Statement query = m_db.prepare(u"SELECT t.id, t.external_id, t.preview, t.response_count, a.status FROM task t "
                                   u"LEFT JOIN annotation a ON a.task_id = t.id AND a.annotator = ? WHERE t.id IN ("
        + literals.join(u',') + u')');
    query.add(annotator);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<qint64, TaskSummary> byRow;
    while (query.next()) {
        TaskSummary summary;
        summary.rowId = query.integer(0);
        summary.id = query.string(1);
        summary.preview = query.string(2);
        summary.responseCount = int(query.integer(3));
        summary.status = queueStatusFromName(query.string(4)).value_or(QueueStatus::New);
        byRow.insert(summary.rowId, summary);
    }
    QList<TaskSummary> result;
    result.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        if (const auto it = byRow.constFind(id); it != byRow.constEnd())
            result << *it;
    }
    return result;
}

} // namespace verdict
