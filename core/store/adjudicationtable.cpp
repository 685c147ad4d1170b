#include "store/adjudicationtable.h"

#include "codecs/jsonfields.h"
#include "util/timeutil.h"

#include <QCoreApplication>

namespace verdict {

QString AdjudicationTable::columns()
{
    return QStringLiteral("t.external_id, d.criterion, d.answer, d.source, d.source_annotator, d.rationale, "
                          "d.decided_by, d.decided_at, d.example");
}

QString AdjudicationTable::select()
{
    return u"SELECT " + columns() + u" FROM adjudication d JOIN task t ON t.id = d.task_id ";
}

Result<Adjudication> AdjudicationTable::read(const Statement &row, int first)
{
    Adjudication d;
    d.taskId = row.string(first + TaskId);
    d.criterion = row.string(first + Criterion);
    d.answer = nlohmann::json::parse(row.text(first + Answer), nullptr, false);
    if (d.answer.is_discarded())
        return makeError(QCoreApplication::translate(
            "verdict::AdjudicationStore", "the decision on %1 / %2 is damaged in the project file")
                             .arg(d.taskId, d.criterion));
    d.source = decisionSourceFromName(row.string(first + Source)).value_or(DecisionSource::Lead);
    d.sourceAnnotator = row.string(first + SourceAnnotator);
    d.rationale = row.string(first + Rationale);
    d.decidedBy = row.string(first + DecidedBy);
    d.decidedAt = parseIsoTime(row.string(first + DecidedAt));
    d.example = row.integer(first + Example) != 0;
    return d;
}

AdjudicationTable::AdjudicationTable(Database &database, Database::Access access)
    : m_db(database)
    , m_access(access)
{ }

Result<void> AdjudicationTable::put(const Adjudication &d, qint64 taskRowId)
{
    if (!m_put.isPrepared())
        m_put = m_db.prepare(
            QStringLiteral(
                "INSERT INTO adjudication (task_id, criterion, answer, source, source_annotator, rationale, "
                "decided_by, decided_at, example) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (task_id, criterion) DO UPDATE SET answer = excluded.answer, source = excluded.source, "
                "source_annotator = excluded.source_annotator, rationale = excluded.rationale, "
                "decided_by = excluded.decided_by, decided_at = excluded.decided_at, example = excluded.example"),
            m_access);
    const std::string answer = d.answer.dump();
    m_put.add(taskRowId)
        .addText(d.criterion) // empty: a resolved escalation
        .add(std::string_view(answer))
        .add(decisionSourceName(d.source))
        .addOptional(d.sourceAnnotator)
        .addText(d.rationale)
        .addText(d.decidedBy)
        .add(isoTime(d.decidedAt.isValid() ? d.decidedAt : nowUtc()))
        .add(d.example ? 1 : 0);
    return m_put.exec();
}

Result<void> AdjudicationTable::remove(const QString &taskId, const QString &criterion)
{
    Statement query = m_db.prepare(
        QStringLiteral(
            "DELETE FROM adjudication WHERE criterion = ? AND task_id = (SELECT id FROM task WHERE external_id = ?)"),
        m_access);
    query.addText(criterion).add(taskId);
    return query.exec();
}

} // namespace verdict
