#include "store/annotationquery.h"

#include "store/database.h"

#include <QThread>

#include <algorithm>
#include <numeric>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace verdict {

namespace {

using Type = Statement::Type;

// Gives each distinct string a small index, without building a string per lookup.
class Interner
{
public:
    explicit Interner(QStringList &names)
        : m_names(names)
    {
        for (const QString &name : names)
            m_index.emplace(name.toStdString(), int(m_index.size()));
    }

    int operator()(std::string_view text)
    {
        if (const auto it = m_index.find(text); it != m_index.end())
            return it->second;
        const int index = int(m_names.size());
        m_index.emplace(std::string(text), index);
        m_names << QString::fromUtf8(text.data(), qsizetype(text.size()));
        return index;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    QStringList &m_names;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_index;
};

QString jsonPath(const QString &key)
{
    // Criterion keys are slugs (docs/rubric-format.md); quoting keeps a '.' in one literal.
    return u"$.\"" + key + u'"';
}

QString scopeCondition(const AnnotationScope &scope)
{
    QString sql;
    if (!scope.rubricId.isEmpty())
        sql += QStringLiteral(" AND a.rubric_id = :rubric");
    if (!scope.rubricVersions.isEmpty()) {
        QStringList versions;
        for (int version : scope.rubricVersions)
            versions << QString::number(version);
        sql += u" AND a.rubric_version IN (" + versions.join(u", ") + u')';
    }
    return sql;
}

void bindScope(Statement &statement, const AnnotationScope &scope)
{
    if (!scope.rubricId.isEmpty())
        statement.bind(QStringLiteral(":rubric"), scope.rubricId);
}

// Orders the rows by task, response and annotator. Task row ids are nearly
// dense, so a counting sort by task does most of the work in one pass.
void sortRows(CriterionAnswers &a)
{
    const std::size_t n = a.size();
    const auto less = [&a](std::size_t x, std::size_t y) {
        if (a.task[x] != a.task[y])
            return a.task[x] < a.task[y];
        if (a.response[x] != a.response[y])
            return a.response[x] < a.response[y];
        return a.annotator[x] < a.annotator[y];
    };
    bool sorted = true;
    for (std::size_t i = 1; i < n && sorted; ++i)
        sorted = !less(i, i - 1);
    if (sorted)
        return;
    std::vector<std::size_t> order(n);
    const auto [lo, hi] = std::minmax_element(a.task.begin(), a.task.end());
    const auto range = std::size_t(*hi - *lo) + 1;
    if (range <= 4 * n + 1024) {
        std::vector<std::size_t> start(range + 1, 0);
        for (qint64 t : a.task)
            ++start[std::size_t(t - *lo) + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i)
            order[fill[std::size_t(a.task[i] - *lo)]++] = i;
        for (std::size_t g = 0; g < range; ++g) {
            if (start[g + 1] - start[g] > 1)
                std::sort(order.begin() + qsizetype(start[g]), order.begin() + qsizetype(start[g + 1]), less);
        }
    } else {
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), less);
    }
    const auto permute = [&order, n](auto &column) {
        if (column.empty())
            return;
        std::remove_reference_t<decltype(column)> result;
        result.reserve(n);
        for (std::size_t i : order)
            result.push_back(std::move(column[i]));
        column = std::move(result);
    };
    permute(a.task);
    permute(a.annotator);
    permute(a.response);
    permute(a.number);
    permute(a.json);
}

// Reads rows of (task, annotator, [response key,] value[, json type]) into `out`.
Result<CriterionAnswers> readAnswers(Statement &statement, Scope per, AnswerForm form)
{
    CriterionAnswers out;
    Interner annotators(out.annotators);
    Interner responses(out.responseIds);
    Interner texts(out.texts);
    const bool perResponse = per == Scope::Response && form != AnswerForm::Json;
    const int valueColumn = perResponse ? 3 : 2;
    while (statement.next()) {
        if (perResponse && statement.isNull(2))
            continue; // the per-response value is not an object keyed by response
        const Type type = statement.type(valueColumn);
        double number = 0;
        switch (form) {
        case AnswerForm::Number:
            if (type != Type::Integer && type != Type::Real)
                continue;
            number = statement.real(valueColumn);
            break;
        case AnswerForm::Text:
            if (type != Type::Text)
                continue;
            number = texts(statement.text(valueColumn));
            break;
        case AnswerForm::Json:
            break;
        }
        out.task.push_back(statement.integer(0));
        out.annotator.push_back(annotators(statement.text(1)));
        out.response.push_back(perResponse ? responses(statement.text(2)) : -1);
        if (form == AnswerForm::Json)
            out.json.emplace_back(statement.text(valueColumn));
        else
            out.number.push_back(number);
    }
    if (auto done = statement.status(); !done)
        return done.error();
    return out;
}

// Appends `part` to `into`, mapping its annotator, response and text indices to those of `into`.
void append(CriterionAnswers &into, CriterionAnswers &&part, AnswerForm form)
{
    const auto mapping = [](QStringList &names, const QStringList &more) {
        Interner index(names);
        std::vector<qint32> map;
        for (const QString &name : more)
            map.push_back(index(name.toStdString()));
        return map;
    };
    const std::vector<qint32> annotators = mapping(into.annotators, part.annotators);
    const std::vector<qint32> responses = mapping(into.responseIds, part.responseIds);
    const std::vector<qint32> texts = mapping(into.texts, part.texts);
    into.task.insert(into.task.end(), part.task.begin(), part.task.end());
    for (qint32 a : part.annotator)
        into.annotator.push_back(annotators[std::size_t(a)]);
    for (qint32 r : part.response)
        into.response.push_back(r < 0 ? r : responses[std::size_t(r)]);
    for (double n : part.number)
        into.number.push_back(form == AnswerForm::Text ? double(texts[std::size_t(n)]) : n);
    std::move(part.json.begin(), part.json.end(), std::back_inserter(into.json));
}

// The SELECT that yields one criterion's values as (task, annotator, [response id,] value).
QString answersSql(const QString &table, const QString &annotator, const QString &where, Scope per, AnswerForm form)
{
    const QString head = u"SELECT a.task_id, " + annotator + u", ";
    if (form == AnswerForm::Json)
        return head + u"a.answers -> :path FROM " + table + u" WHERE 1" + where;
    const QString types
        = form == AnswerForm::Number ? QStringLiteral("('integer', 'real')") : QStringLiteral("('text')");
    if (per == Scope::Response)
        return head + u"j.key, j.atom FROM " + table + u", json_each(a.answers, :path) j WHERE j.type IN " + types
            + where;
    // A number comes out of json_extract as an SQL number, which the reader checks;
    // a string and an object both come out as text, so json_type tells them apart.
    if (form == AnswerForm::Number)
        return head + u"json_extract(a.answers, :path) FROM " + table + u" WHERE 1" + where;
    return head + u"json_extract(a.answers, :path) FROM " + table + u" WHERE json_type(a.answers, :path) IN " + types
        + where;
}

} // namespace

Result<CriterionAnswers> AnnotationQuery::answers(
    const QString &criterion, Scope per, AnswerForm form, const AnnotationScope &scope) const
{
    const QString sql = answersSql(QStringLiteral("annotation a"), QStringLiteral("a.annotator"),
        u" AND a.status = 'submitted'" + scopeCondition(scope) + u" AND a.id BETWEEN :low AND :high", per, form);
    Statement range = m_db.prepare(QStringLiteral("SELECT min(id), max(id) FROM annotation"));
    if (auto done = range.exec(); !done)
        return done.error();
    if (!range.next()) {
        if (auto done = range.status(); !done)
            return done.error();
        return CriterionAnswers();
    }
    const qint64 low = range.integer(0);
    const qint64 high = range.integer(1);
    range.finish();

    const auto read = [&](const Database &db, qint64 from, qint64 to) -> Result<CriterionAnswers> {
        Statement statement = db.prepare(sql, Database::Access::Bulk);
        statement.bind(QStringLiteral(":path"), jsonPath(criterion));
        bindScope(statement, scope);
        statement.bind(QStringLiteral(":low"), from);
        statement.bind(QStringLiteral(":high"), to);
        if (auto done = statement.exec(); !done)
            return done.error();
        return readAnswers(statement, per, form);
    };

    // Extracting values from JSON is most of the work: a large table is read in
    // parts, each on its own thread and connection (docs/performance.md). Not
    // inside a write transaction, whose changes other connections cannot see.
    const qint64 span = high - low + 1;
    const int parts = span >= m_parallelFrom && !m_db.inTransaction() && m_db.path() != u":memory:"
        ? (m_parts > 0 ? m_parts : std::clamp(QThread::idealThreadCount(), 1, 4))
        : 1;
    if (parts == 1) {
        auto all = read(m_db, low, high);
        if (all)
            sortRows(*all);
        return all;
    }
    std::vector<std::optional<Result<CriterionAnswers>>> results{std::size_t(parts)};
    const auto bounds = [&](int part) {
        return std::pair{low + span * part / parts, low + span * (part + 1) / parts - 1};
    };
    std::vector<std::thread> workers;
    for (int part = 1; part < parts; ++part) {
        workers.emplace_back([&, part] {
            auto connection = Database::openReadOnly(m_db.path());
            if (!connection) {
                results[std::size_t(part)] = connection.error();
                return;
            }
            const auto [from, to] = bounds(part);
            results[std::size_t(part)] = read(**connection, from, to);
        });
    }
    const auto [from, to] = bounds(0);
    results[0] = read(m_db, from, to);
    for (std::thread &worker : workers)
        worker.join();
    CriterionAnswers merged;
    for (auto &result : results) {
        if (!*result)
            return result->error();
        append(merged, std::move(*result).value(), form);
    }
    sortRows(merged);
    return merged;
}

Result<CriterionAnswers> AnnotationQuery::goldAnswers(const QString &criterion, Scope per, AnswerForm form) const
{
    const QString sql = answersSql(QStringLiteral("gold a"), QStringLiteral("'gold'"), QString(), per, form);
    Statement statement = m_db.prepare(sql, Database::Access::Bulk);
    statement.bind(QStringLiteral(":path"), jsonPath(criterion));
    if (auto done = statement.exec(); !done)
        return done.error();
    auto answers = readAnswers(statement, per, form);
    if (answers)
        sortRows(*answers);
    return answers;
}

Result<QHash<qint64, QString>> AnnotationQuery::taskMeta(const QString &key) const
{
    Statement statement
        = m_db.prepare(QStringLiteral("SELECT id, json_extract(meta, :path) FROM task"), Database::Access::Bulk);
    statement.bind(QStringLiteral(":path"), jsonPath(key));
    if (auto done = statement.exec(); !done)
        return done.error();
    QHash<qint64, QString> meta;
    while (statement.next())
        meta.insert(statement.integer(0), statement.isNull(1) ? QString() : statement.string(1));
    if (auto done = statement.status(); !done)
        return done.error();
    return meta;
}

Result<QHash<qint64, QHash<QString, QString>>> AnnotationQuery::responseModels() const
{
    if (m_models)
        return *m_models;
    Statement statement
        = m_db.prepare(QStringLiteral("SELECT t.id, json_extract(j.value, '$.id'), json_extract(j.value, '$.model') "
                                      "FROM task t, json_each(t.responses) j"),
            Database::Access::Bulk);
    if (auto done = statement.exec(); !done)
        return done.error();
    QHash<qint64, QHash<QString, QString>> models;
    while (statement.next())
        models[statement.integer(0)].insert(statement.string(1), statement.string(2));
    if (auto done = statement.status(); !done)
        return done.error();
    m_models = models;
    return models;
}

Result<QStringList> AnnotationQuery::metaKeys() const
{
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT DISTINCT j.key FROM task t, json_each(t.meta) j WHERE j.key IS NOT NULL ORDER BY 1"),
        Database::Access::Bulk);
    if (auto done = statement.exec(); !done)
        return done.error();
    QStringList keys;
    while (statement.next())
        keys << statement.string(0);
    if (auto done = statement.status(); !done)
        return done.error();
    return keys;
}

Result<QHash<qint64, QString>> AnnotationQuery::taskIds() const
{
    Statement statement = m_db.prepare(QStringLiteral("SELECT id, external_id FROM task"), Database::Access::Bulk);
    if (auto done = statement.exec(); !done)
        return done.error();
    QHash<qint64, QString> ids;
    while (statement.next())
        ids.insert(statement.integer(0), statement.string(1));
    if (auto done = statement.status(); !done)
        return done.error();
    return ids;
}

Result<ActivityLog> AnnotationQuery::activity(const AnnotationScope &scope) const
{
    Statement statement
        = m_db.prepare(u"SELECT a.task_id, a.annotator, a.status, unixepoch(a.started_at), unixepoch(a.submitted_at), "
                       u"a.active_seconds, a.batch_id, a.rubric_version FROM annotation a WHERE a.status != 'draft'"
                + scopeCondition(scope),
            Database::Access::Bulk);
    bindScope(statement, scope);
    if (auto done = statement.exec(); !done)
        return done.error();
    ActivityLog log;
    Interner annotators(log.annotators);
    Interner batches(log.batches);
    while (statement.next()) {
        ActivityRecord r;
        r.task = statement.integer(0);
        r.annotator = annotators(statement.text(1));
        r.status = annotationStatusFromName(statement.string(2)).value_or(AnnotationStatus::Submitted);
        r.startedAt = statement.integer(3);
        r.submittedAt = statement.integer(4);
        r.activeSeconds = statement.real(5);
        r.batch = statement.isNull(6) || statement.text(6).empty() ? -1 : batches(statement.text(6));
        r.rubricVersion = int(statement.integer(7));
        log.records.push_back(r);
    }
    if (auto done = statement.status(); !done)
        return done.error();
    return log;
}

Result<QList<RubricUse>> AnnotationQuery::rubricsInUse() const
{
    Statement statement = m_db.prepare(
        QStringLiteral("SELECT rubric_id, rubric_version, count(*) FROM annotation WHERE status = 'submitted' "
                       "GROUP BY rubric_id, rubric_version ORDER BY rubric_id, rubric_version"),
        Database::Access::Bulk);
    if (auto done = statement.exec(); !done)
        return done.error();
    QList<RubricUse> uses;
    while (statement.next())
        uses << RubricUse{statement.string(0), int(statement.integer(1)), statement.integer(2)};
    if (auto done = statement.status(); !done)
        return done.error();
    return uses;
}

} // namespace verdict
