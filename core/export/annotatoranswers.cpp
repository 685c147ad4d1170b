#include "export/annotatoranswers.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "store/database.h"
#include "store/project.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace verdict {

namespace {

using nlohmann::json;

} // namespace

AnnotatorAnswers::AnnotatorAnswers(Project &project, const QString &annotator, std::optional<int> rubricVersion)
    : m_project(project)
    , m_annotator(annotator)
    , m_annotatorUtf8(toStd(annotator))
    , m_rubricVersion(rubricVersion)
{ }

Result<qint64> AnnotatorAnswers::count()
{
    QString sql = QStringLiteral("SELECT count(*) FROM annotation WHERE status = 'submitted'");
    if (!m_annotator.isEmpty())
        sql += QStringLiteral(" AND annotator = ?");
    if (m_rubricVersion)
        sql += QStringLiteral(" AND rubric_version = ?");
    QSqlQuery query = m_project.database().prepare(sql);
    if (!m_annotator.isEmpty())
        query.addBindValue(m_annotator);
    if (m_rubricVersion)
        query.addBindValue(*m_rubricVersion);
    if (auto done = m_project.database().run(query); !done)
        return done.error();
    query.next();
    return query.value(0).toLongLong();
}

Result<bool> AnnotatorAnswers::next(AnsweredTask &answered)
{
    if (!m_started) {
        m_started = true;
        std::string sql = "SELECT t.external_id, t.context, t.responses, t.meta, a.annotator, a.rubric_id, "
                          "a.rubric_version, a.answers, a.batch_id FROM annotation a JOIN task t ON t.id = a.task_id "
                          "WHERE a.status = 'submitted' ";
        if (!m_annotator.isEmpty())
            sql += "AND a.annotator = ?1 ";
        if (m_rubricVersion)
            sql += "AND a.rubric_version = ?2 ";
        sql += "ORDER BY t.external_id, a.annotator";
        if (auto done = m_rows.prepare(static_cast<sqlite3 *>(m_project.database().sqliteHandle()), sql.c_str()); !done)
            return done.error();
        if (!m_annotator.isEmpty())
            m_rows.bind(1, m_annotatorUtf8);
        if (m_rubricVersion)
            m_rows.bind(2, qint64(*m_rubricVersion));
    }
    auto row = m_rows.step();
    if (!row)
        return row.error();
    if (!*row)
        return false;

    answered = AnsweredTask();
    Task &task = answered.task;
    task.id = fromStd(m_rows.text(0));
    const auto context = taskjson::contextFromStored(json::parse(m_rows.text(1), nullptr, false));
    const auto responses = taskjson::responsesFromStored(json::parse(m_rows.text(2), nullptr, false));
    task.meta = json::parse(m_rows.text(3), nullptr, false);
    answered.answers = json::parse(m_rows.text(7), nullptr, false);
    if (!context || !responses || task.meta.is_discarded() || answered.answers.is_discarded())
        return makeError(tr("task %1 or its annotation is damaged in the project file").arg(task.id));
    task.context = *context;
    task.responses = *responses;

    Lineage &lineage = answered.lineage;
    lineage.annotators << fromStd(m_rows.text(4));
    lineage.rubricId = fromStd(m_rows.text(5));
    lineage.rubricVersion = int(m_rows.integer(6));
    if (!m_rows.isNull(8) && !m_rows.text(8).empty())
        lineage.batchIds << fromStd(m_rows.text(8));

    const QString key = lineage.rubricId + u'\n' + QString::number(lineage.rubricVersion);
    if (!m_rubrics.contains(key)) {
        auto rubric = m_project.rubrics().get(lineage.rubricId, lineage.rubricVersion);
        if (!rubric)
            return rubric.error();
        if (!rubric.value())
            return makeError(tr("rubric %1 version %2 is missing from the project")
                                 .arg(lineage.rubricId)
                                 .arg(lineage.rubricVersion));
        m_rubrics.insert(key, *rubric.value());
    }
    answered.rubric = m_rubrics.value(key);
    return true;
}

} // namespace verdict
