#include "store/tasktable.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"

#include <QCoreApplication>

namespace verdict {

QString TaskTable::columns()
{
    return QStringLiteral("t.id, t.external_id, t.context, t.responses, t.meta");
}

QString TaskTable::select()
{
    return u"SELECT " + columns() + u" FROM task t ";
}

Result<Task> TaskTable::read(const Statement &row, int first)
{
    Task task;
    task.rowId = row.integer(first + RowId);
    task.id = row.string(first + Id);
    // Stored JSON is written by Verdict itself; a failure here means a damaged file.
    try {
        const auto context = taskjson::contextFromStored(nlohmann::json::parse(row.text(first + Context)));
        const auto responses = taskjson::responsesFromStored(nlohmann::json::parse(row.text(first + Responses)));
        task.meta = nlohmann::json::parse(row.text(first + Meta));
        if (!context || !responses)
            return makeError(QCoreApplication::translate("verdict::TaskStore",
                "task %1 is damaged in the project file: its context or responses do not have the stored shape")
                                 .arg(task.id));
        task.context = *context;
        task.responses = *responses;
    } catch (const nlohmann::json::exception &e) {
        return makeError(QCoreApplication::translate("verdict::TaskStore", "task %1 is damaged in the project file: %2")
                             .arg(task.id, QString::fromUtf8(e.what())));
    }
    return task;
}

TaskTable::TaskTable(Database &database, Database::Access access)
    : m_db(database)
    , m_access(access)
{ }

Result<void> TaskTable::put(Statement &statement, const QString &sql, const TaskRow &row, std::string_view createdAt)
{
    if (!statement.isPrepared())
        statement = m_db.prepare(sql, m_access);
    statement.add(std::string_view(row.id))
        .add(std::string_view(row.context))
        .add(std::string_view(row.responses))
        .add(std::string_view(row.meta))
        .add(std::string_view(row.preview))
        .add(row.responseCount)
        .add(createdAt);
    return statement.exec();
}

Result<qint64> TaskTable::insert(const TaskRow &row, std::string_view createdAt)
{
    if (auto done = put(m_insert,
            QStringLiteral("INSERT INTO task (external_id, context, responses, meta, preview, response_count, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            row, createdAt);
        !done)
        return done.error();
    return m_insert.lastInsertId();
}

Result<std::optional<qint64>> TaskTable::insertIfNew(const TaskRow &row, std::string_view createdAt)
{
    if (auto done = put(m_insertIfNew,
            QStringLiteral("INSERT INTO task (external_id, context, responses, meta, preview, response_count, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_id) DO NOTHING"),
            row, createdAt);
        !done)
        return done.error();
    if (m_insertIfNew.rowsAffected() < 1)
        return std::optional<qint64>();
    return std::optional<qint64>(m_insertIfNew.lastInsertId());
}

Result<void> TaskTable::update(const TaskRow &row, qint64 rowId)
{
    if (!m_update.isPrepared())
        m_update = m_db.prepare(
            QStringLiteral(
                "UPDATE task SET context = ?, responses = ?, meta = ?, preview = ?, response_count = ? WHERE id = ?"),
            m_access);
    m_update.add(std::string_view(row.context))
        .add(std::string_view(row.responses))
        .add(std::string_view(row.meta))
        .add(std::string_view(row.preview))
        .add(row.responseCount)
        .add(rowId);
    return m_update.exec();
}

Result<std::optional<qint64>> TaskTable::rowId(const QString &id)
{
    if (!m_rowId.isPrepared())
        m_rowId = m_db.prepare(QStringLiteral("SELECT id FROM task WHERE external_id = ?"), m_access);
    m_rowId.add(id);
    if (auto done = m_rowId.exec(); !done)
        return done.error();
    std::optional<qint64> found;
    if (m_rowId.next())
        found = m_rowId.integer(0);
    m_rowId.finish();
    return found;
}

} // namespace verdict
