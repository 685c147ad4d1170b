#include "store/goldtable.h"

#include "codecs/jsonfields.h"
#include "util/timeutil.h"

#include <QCoreApplication>

namespace verdict {

QString GoldTable::columns()
{
    return QStringLiteral(
        "t.external_id, g.rubric_id, g.rubric_version, g.answers, g.rationale, g.author, g.created_at");
}

QString GoldTable::select()
{
    return u"SELECT " + columns() + u" FROM gold g JOIN task t ON t.id = g.task_id ";
}

Result<GoldAnswer> GoldTable::read(const Statement &row, int first)
{
    GoldAnswer g;
    g.taskId = row.string(first + TaskId);
    g.rubricId = row.string(first + RubricId);
    g.rubricVersion = int(row.integer(first + RubricVersion));
    g.answers = nlohmann::json::parse(row.text(first + Answers), nullptr, false);
    if (g.answers.is_discarded())
        return makeError(
            QCoreApplication::translate("verdict::GoldStore", "the gold answer of %1 is damaged in the project file")
                .arg(g.taskId));
    g.rationale = row.string(first + Rationale);
    g.author = row.string(first + Author);
    g.createdAt = parseIsoTime(row.string(first + CreatedAt));
    return g;
}

GoldTable::GoldTable(Database &database, Database::Access access)
    : m_db(database)
    , m_access(access)
{ }

Result<void> GoldTable::put(const GoldAnswer &g, qint64 taskRowId)
{
    if (!m_put.isPrepared())
        m_put = m_db.prepare(
            QStringLiteral(
                "INSERT INTO gold (task_id, rubric_id, rubric_version, answers, rationale, author, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET rubric_id = excluded.rubric_id, "
                "rubric_version = excluded.rubric_version, answers = excluded.answers, "
                "rationale = excluded.rationale, author = excluded.author, created_at = excluded.created_at"),
            m_access);
    const std::string answers = g.answers.dump();
    m_put.add(taskRowId)
        .addText(g.rubricId)
        .add(g.rubricVersion)
        .add(std::string_view(answers))
        .addText(g.rationale)
        .addText(g.author)
        .add(isoTime(g.createdAt.isValid() ? g.createdAt : nowUtc()));
    return m_put.exec();
}

Result<void> GoldTable::remove(const QString &taskId)
{
    Statement query = m_db.prepare(
        QStringLiteral("DELETE FROM gold WHERE task_id = (SELECT id FROM task WHERE external_id = ?)"), m_access);
    query.add(taskId);
    return query.exec();
}

} // namespace verdict
