#include "store/batchstore.h"

#include "codecs/jsonfields.h"
#include "store/database.h"
#include "util/timeutil.h"

namespace verdict {

namespace {

using nlohmann::json;

bool sameJsonText(std::string_view stored, const std::string &incoming)
{
    if (stored == incoming)
        return true;
    const json a = json::parse(stored, nullptr, false);
    const json b = json::parse(incoming, nullptr, false);
    return !a.is_discarded() && !b.is_discarded() && a == b;
}

constexpr auto bulk = Database::Access::Bulk;

} // namespace

BatchStore::BatchStore(Database &database)
    : m_db(database)
    , m_tasks(database, bulk)
    , m_annotations(database, bulk)
    , m_gold(database, bulk)
    , m_adjudications(database, bulk)
{ }

Statement &BatchStore::prepared(Statement &statement, const QString &sql)
{
    if (!statement.isPrepared())
        statement = m_db.prepare(sql, bulk);
    return statement;
}

Result<void> BatchStore::run(Statement &statement, const QString &sql)
{
    return prepared(statement, sql).exec();
}

Result<QList<ImportedBatch>> BatchStore::importedRevisions(const QString &batchId) const
{
    Statement query = m_db.prepare(
        QStringLiteral("SELECT batch_id, revision, kind, producer, file_name, sha256, records, imported_at FROM batch "
                       "WHERE batch_id = ? ORDER BY revision"));
    query.add(batchId);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ImportedBatch> list;
    while (query.next()) {
        list << ImportedBatch{query.string(0), int(query.integer(1)), query.string(2), query.string(3), query.string(4),
            query.string(5), query.integer(6), parseIsoTime(query.string(7))};
    }
    return list;
}

Result<QList<ImportedBatch>> BatchStore::imported() const
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT batch_id, revision, kind, producer, file_name, sha256, records, imported_at FROM batch ORDER BY id"));
    if (auto done = query.exec(); !done)
        return done.error();
    QList<ImportedBatch> list;
    while (query.next()) {
        list << ImportedBatch{query.string(0), int(query.integer(1)), query.string(2), query.string(3), query.string(4),
            query.string(5), query.integer(6), parseIsoTime(query.string(7))};
    }
    return list;
}

Result<qint64> BatchStore::lastTaskRowId() const
{
    Statement query = m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM task"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() ? query.integer(0) : qint64(0);
}

Result<qint64> BatchStore::reviseTask(const TaskRow &row, qint64 taskRowId)
{
    if (auto done = m_tasks.update(row, taskRowId); !done)
        return done.error();
    return m_annotations.reopen(taskRowId);
}

Result<void> BatchStore::recordImport(const ImportedBatch &b)
{
    Statement query = m_db.prepare(
        QStringLiteral("INSERT INTO batch (batch_id, revision, kind, producer, file_name, sha256, records, "
                       "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.add(b.batchId)
        .add(b.revision)
        .addText(b.kind)
        .addText(b.producer)
        .addText(b.fileName)
        .addText(b.sha256)
        .add(b.records)
        .add(isoTime(b.importedAt.isValid() ? b.importedAt : nowUtc()));
    return query.exec();
}

Result<void> BatchStore::beginRecord()
{
    return run(m_savepoint, QStringLiteral("SAVEPOINT import_record"));
}

Result<void> BatchStore::endRecord(bool keep)
{
    if (!keep) {
        if (auto undone = run(m_rollbackTo, QStringLiteral("ROLLBACK TO import_record")); !undone)
            return undone;
    }
    // RELEASE after ROLLBACK TO takes the savepoint off the stack.
    return run(m_release, QStringLiteral("RELEASE import_record"));
}

Result<BatchStore::TaskOutcome> BatchStore::putTask(const TaskRow &row, QString *difference, qint64 *rowId)
{
    if (m_now.empty())
        m_now = toStd(isoTime(nowUtc()));
    auto added = m_tasks.insertIfNew(row, m_now);
    if (!added)
        return added.error();
    if (added.value()) {
        if (rowId)
            *rowId = *added.value();
        return TaskOutcome::Added;
    }

    Statement &q = prepared(m_selectTask, TaskTable::select() + u"WHERE t.external_id = ?");
    q.add(std::string_view(row.id));
    if (auto done = q.exec(); !done)
        return done.error();
    TaskOutcome outcome = TaskOutcome::Same;
    if (q.next()) {
        if (rowId)
            *rowId = q.integer(TaskTable::RowId);
        const std::pair<int, const std::string *> parts[] = {
            {TaskTable::Context, &row.context}, {TaskTable::Responses, &row.responses}, {TaskTable::Meta, &row.meta}};
        for (const auto &[column, text] : parts) {
            if (!sameJsonText(q.text(column), *text)) {
                outcome = TaskOutcome::Different;
                if (difference)
                    *difference = column == TaskTable::Context ? QStringLiteral("context")
                        : column == TaskTable::Responses       ? QStringLiteral("responses")
                                                               : QStringLiteral("meta");
                break;
            }
        }
    }
    q.finish();
    if (auto done = q.status(); !done)
        return done.error();
    return outcome;
}

Result<std::optional<BatchStore::StoredTask>> BatchStore::task(const QString &id)
{
    Statement &q = prepared(m_selectTask, TaskTable::select() + u"WHERE t.external_id = ?");
    const std::string key = toStd(id);
    q.add(std::string_view(key));
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.status(); !done)
            return done.error();
        return std::optional<StoredTask>();
    }
    auto task = TaskTable::read(q);
    q.finish();
    if (!task)
        return task.error();
    return std::optional<StoredTask>(StoredTask{task->rowId, std::move(task).value()});
}

Result<std::optional<Annotation>> BatchStore::annotation(qint64 taskRowId, const QString &annotator)
{
    Statement &q = prepared(m_selectAnnotation, AnnotationTable::select() + u"WHERE a.task_id = ? AND a.annotator = ?");
    q.add(taskRowId).add(annotator);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.status(); !done)
            return done.error();
        return std::optional<Annotation>();
    }
    auto a = AnnotationTable::read(q);
    q.finish();
    if (!a)
        return a.error();
    return std::optional<Annotation>(std::move(a).value());
}

Result<void> BatchStore::putAnnotation(const Annotation &a, qint64 taskRowId)
{
    if (auto done = m_annotations.put(a, taskRowId); !done)
        return done;
    if (a.status == AnnotationStatus::Draft)
        return {};
    return m_annotations.keepInHistory(a, taskRowId);
}

Result<void> BatchStore::setRubricVersion(const QString &batchId, const QString &rubricId, int version)
{
    return m_annotations.setRubricVersion(batchId, rubricId, version);
}

Result<std::optional<GoldAnswer>> BatchStore::gold(qint64 taskRowId)
{
    Statement &q = prepared(m_selectGold, GoldTable::select() + u"WHERE g.task_id = ?");
    q.add(taskRowId);
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.status(); !done)
            return done.error();
        return std::optional<GoldAnswer>();
    }
    auto g = GoldTable::read(q);
    q.finish();
    if (!g)
        return g.error();
    return std::optional<GoldAnswer>(std::move(g).value());
}

Result<void> BatchStore::putGold(const GoldAnswer &g, qint64 taskRowId)
{
    return m_gold.put(g, taskRowId);
}

Result<std::optional<Adjudication>> BatchStore::adjudication(qint64 taskRowId, const QString &criterion)
{
    Statement &q
        = prepared(m_selectAdjudication, AdjudicationTable::select() + u"WHERE d.task_id = ? AND d.criterion = ?");
    q.add(taskRowId).addText(criterion); // empty: a resolved escalation
    if (auto done = q.exec(); !done)
        return done.error();
    if (!q.next()) {
        if (auto done = q.status(); !done)
            return done.error();
        return std::optional<Adjudication>();
    }
    auto d = AdjudicationTable::read(q);
    q.finish();
    if (!d)
        return d.error();
    return std::optional<Adjudication>(std::move(d).value());
}

Result<void> BatchStore::putAdjudication(const Adjudication &d, qint64 taskRowId)
{
    return m_adjudications.put(d, taskRowId);
}

Statement BatchStore::exportedTasks(TaskSelection which) const
{
    switch (which) {
    case TaskSelection::All:
        return m_db.prepare(TaskTable::select() + u"ORDER BY t.external_id", bulk);
    case TaskSelection::WithGold:
        return m_db.prepare(TaskTable::select() + u"JOIN gold g ON g.task_id = t.id ORDER BY t.external_id", bulk);
    case TaskSelection::ById:
        break;
    }
    return m_db.prepare(TaskTable::select() + u"WHERE t.external_id = ?", bulk);
}

Statement BatchStore::exportedAnnotations(std::string_view annotator) const
{
    Statement query = m_db.prepare(AnnotationTable::select()
            + (annotator.empty() ? QString() : QStringLiteral("WHERE a.annotator = ? "))
            + u"ORDER BY t.external_id, a.annotator",
        bulk);
    if (!annotator.empty())
        query.add(annotator);
    return query;
}

Statement BatchStore::exportedGold(bool ofOneTask) const
{
    return m_db.prepare(GoldTable::select()
            + (ofOneTask ? QStringLiteral("WHERE t.external_id = ?") : QStringLiteral("ORDER BY t.external_id")),
        bulk);
}

Statement BatchStore::exportedAdjudications() const
{
    return m_db.prepare(AdjudicationTable::select() + u"ORDER BY t.external_id, d.criterion", bulk);
}

Statement BatchStore::submittedAnnotations(std::string_view annotator, std::optional<int> rubricVersion) const
{
    QString sql = AnnotationTable::select(TaskTable::columns()) + u"WHERE a.status = 'submitted' ";
    if (!annotator.empty())
        sql += u"AND a.annotator = ? ";
    if (rubricVersion)
        sql += u"AND a.rubric_version = ? ";
    sql += u"ORDER BY t.external_id, a.annotator";
    Statement query = m_db.prepare(sql, bulk);
    if (!annotator.empty())
        query.add(annotator);
    if (rubricVersion)
        query.add(*rubricVersion);
    return query;
}

} // namespace verdict
