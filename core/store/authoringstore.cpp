#include "store/authoringstore.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/rubricstore.h"
#include "store/taskstore.h"
#include "util/timeutil.h"

#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace verdict {

using nlohmann::json;

namespace {

const QString authoredWhere = QStringLiteral("json_extract(meta, '$.authoring.kind') IS NOT NULL");

Result<Task> taskFrom(const QString &id, const QString &context, const QString &responses, const QString &meta)
{
    json object{{"id", toStd(id)}};
    object["context"] = json::parse(toStd(context), nullptr, false);
    object["responses"] = json::parse(toStd(responses), nullptr, false);
    object["meta"] = json::parse(toStd(meta), nullptr, false);
    return taskjson::fromJson(object);
}

// The text near-duplicates are looked for in: every turn but the system prompt.
QString conversationText(const AuthoredTask &task)
{
    QStringList parts;
    for (const Message &m : task.turns)
        parts << m.content;
    return parts.join(u'\n');
}

} // namespace

QString authoredStatusName(AuthoredStatus status)
{
    switch (status) {
    case AuthoredStatus::Unreviewed:
        return AuthoringStore::tr("unreviewed");
    case AuthoredStatus::NeedsChanges:
        return AuthoringStore::tr("needs changes");
    case AuthoredStatus::Accepted:
        return AuthoringStore::tr("accepted");
    }
    return {};
}

std::optional<double> AuthorAcceptance::acceptanceRate() const
{
    if (reviewed == 0)
        return std::nullopt;
    return double(accepted) / reviewed;
}

AuthoredStatus AuthoringStore::statusOf(const QList<AuthoredReview> &reviews)
{
    bool accepted = false;
    for (const AuthoredReview &r : reviews) {
        if (!r.current)
            continue;
        if (r.decision == authoringreview::Decision::NeedsChanges)
            return AuthoredStatus::NeedsChanges;
        accepted = true;
    }
    return accepted ? AuthoredStatus::Accepted : AuthoredStatus::Unreviewed;
}

Result<QString> AuthoringStore::newId(AuthoredKind kind) const
{
    const QString prefix = kind == AuthoredKind::Sft ? QStringLiteral("sft-") : QStringLiteral("rt-");
    TaskStore tasks(m_db);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString id = prefix + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        auto taken = tasks.byId(id);
        if (!taken)
            return taken.error();
        if (!taken.value())
            return id;
    }
    return makeError(tr("could not find a free task id"));
}

Result<AuthoredTask> AuthoringStore::save(AuthoredTask task, const QString &person)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    TaskStore tasks(m_db);
    std::optional<AuthoredTask> stored;
    qint64 rowId = 0;
    if (!task.id.isEmpty()) {
        auto existing = tasks.byId(task.id);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            stored = AuthoredTask::fromTask(*existing.value());
            if (!stored)
                return makeError(tr("task %1 was not authored; duplicate it to vary it").arg(task.id));
            rowId = existing.value()->rowId;
        }
    } else {
        auto id = newId(task.kind);
        if (!id)
            return id.error();
        task.id = *id;
    }
    if (stored && stored->sameContent(task))
        return *stored;
    task.author = stored ? stored->author : person;
    task.revision = stored ? stored->revision + 1 : 1;
    const Task row = task.toTask();
    if (stored) {
        QSqlQuery update = m_db.prepare(QStringLiteral(
            "UPDATE task SET context = ?, responses = ?, meta = ?, preview = ?, response_count = ? WHERE id = ?"));
        update.addBindValue(fromStd(taskjson::contextToJson(row.context).dump()));
        update.addBindValue(fromStd(taskjson::responsesToJson(row.responses).dump()));
        update.addBindValue(fromStd(row.meta.dump()));
        update.addBindValue(TaskStore::previewOf(row));
        update.addBindValue(int(row.responses.size()));
        update.addBindValue(rowId);
        if (auto done = m_db.run(update); !done)
            return done.error();
    } else {
        auto inserted = tasks.insert(row);
        if (!inserted)
            return inserted.error();
        rowId = *inserted;
    }
    // The reviews made so far judge earlier revisions: remember which they are.
    json seen = json::object();
    QSqlQuery reviewers = m_db.prepare(
        QStringLiteral("SELECT annotator, max(revision) FROM annotation_history WHERE task_id = ? AND rubric_id = ? "
                       "AND status = 'submitted' GROUP BY annotator"));
    reviewers.addBindValue(rowId);
    reviewers.addBindValue(authoringreview::rubricId());
    if (auto done = m_db.run(reviewers); !done)
        return done.error();
    while (reviewers.next())
        seen[toStd(reviewers.value(0).toString())] = reviewers.value(1).toInt();

    QSqlQuery revision = m_db.prepare(QStringLiteral("INSERT INTO task_revision (task_id, revision, author, saved_at, "
                                                     "task, reviews_seen) VALUES (?, ?, ?, ?, ?, ?)"));
    revision.addBindValue(rowId);
    revision.addBindValue(task.revision);
    revision.addBindValue(Database::text(person));
    revision.addBindValue(isoTime(nowUtc()));
    revision.addBindValue(fromStd(taskjson::toJson(row).dump()));
    revision.addBindValue(fromStd(seen.dump()));
    if (auto done = m_db.run(revision); !done)
        return done.error();
    AuditLog audit(m_db);
    if (auto done = audit.append(person, QStringLiteral("author"),
            {{"task", toStd(task.id)}, {"kind", toStd(authoredKindName(task.kind))}, {"revision", task.revision}});
        !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return task;
}

Result<std::optional<AuthoredTask>> AuthoringStore::load(const QString &id) const
{
    TaskStore tasks(m_db);
    auto task = tasks.byId(id);
    if (!task)
        return task.error();
    if (!task.value())
        return std::optional<AuthoredTask>();
    return AuthoredTask::fromTask(*task.value());
}

Result<QList<Task>> AuthoringStore::authoredTasks() const
{
    QSqlQuery query = m_db.prepare(
        u"SELECT external_id, context, responses, meta FROM task WHERE " + authoredWhere + u" ORDER BY external_id");
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<Task> list;
    while (query.next()) {
        auto task = taskFrom(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString());
        if (!task)
            return makeError(tr("task %1 is damaged in the project file: %2")
                                 .arg(query.value(0).toString(), task.error().toString()));
        list << std::move(task).value();
    }
    return list;
}

Result<QHash<QString, QList<AuthoredReview>>> AuthoringStore::allReviews(const QString &taskId) const
{
    QString sql = QStringLiteral(
        "SELECT t.external_id, h.annotator, h.revision, h.answers, h.recorded_at, "
        "(SELECT r.reviews_seen FROM task_revision r WHERE r.task_id = t.id ORDER BY r.revision DESC LIMIT 1) "
        "FROM annotation_history h JOIN task t ON t.id = h.task_id "
        "WHERE h.rubric_id = ? AND h.status = 'submitted'");
    if (!taskId.isEmpty())
        sql += QStringLiteral(" AND t.external_id = ?");
    sql += QStringLiteral(" ORDER BY t.external_id, h.recorded_at DESC, h.id DESC");
    QSqlQuery query = m_db.prepare(sql);
    query.addBindValue(authoringreview::rubricId());
    if (!taskId.isEmpty())
        query.addBindValue(taskId);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QHash<QString, QList<AuthoredReview>> byTask;
    QHash<QString, QHash<QString, int>> latestByReviewer;
    while (query.next()) {
        const QString task = query.value(0).toString();
        const json answers = json::parse(toStd(query.value(3).toString()), nullptr, false);
        const auto decision = authoringreview::decisionOf(answers);
        if (!decision)
            continue;
        AuthoredReview review;
        review.reviewer = query.value(1).toString();
        review.annotationRevision = query.value(2).toInt();
        review.decision = *decision;
        review.comments = authoringreview::commentsOf(answers);
        review.submittedAt = parseIsoTime(query.value(4).toString());
        const json seen = json::parse(toStd(query.value(5).toString()), nullptr, false);
        const auto seenRevision = seen.is_object() ? seen.find(toStd(review.reviewer)) : seen.end();
        const bool seenBefore = seen.is_object() && seenRevision != seen.end() && seenRevision->is_number_integer()
            && seenRevision->get<int>() >= review.annotationRevision;
        int &latest = latestByReviewer[task][review.reviewer];
        latest = std::max(latest, review.annotationRevision);
        review.current = !seenBefore;
        byTask[task] << review;
    }
    // A reviewer's own later review replaces their earlier one.
    for (auto it = byTask.begin(); it != byTask.end(); ++it) {
        for (AuthoredReview &r : it.value()) {
            if (r.annotationRevision < latestByReviewer[it.key()][r.reviewer])
                r.current = false;
        }
    }
    return byTask;
}

Result<QList<AuthoredReview>> AuthoringStore::reviews(const QString &id) const
{
    auto all = allReviews(id);
    if (!all)
        return all.error();
    return all->value(id);
}

Result<QList<AuthoredRecord>> AuthoringStore::records(std::optional<AuthoredKind> kind) const
{
    auto tasks = authoredTasks();
    if (!tasks)
        return tasks.error();
    auto reviews = allReviews({});
    if (!reviews)
        return reviews.error();
    QList<AuthoredRecord> list;
    for (const Task &t : *tasks) {
        auto authored = AuthoredTask::fromTask(t);
        if (!authored || (kind && authored->kind != *kind))
            continue;
        AuthoredRecord record;
        record.task = std::move(*authored);
        record.reviews = reviews->value(t.id);
        record.status = statusOf(record.reviews);
        list << std::move(record);
    }
    return list;
}

Result<QList<AuthoredSummary>> AuthoringStore::list() const
{
    auto all = records();
    if (!all)
        return all.error();
    QList<AuthoredSummary> list;
    for (const AuthoredRecord &r : *all) {
        AuthoredSummary s;
        s.id = r.task.id;
        s.kind = r.task.kind;
        s.author = r.task.author;
        s.revision = r.task.revision;
        s.prompt = r.task.prompt().simplified().left(160);
        s.status = r.status;
        s.missingFields = int(r.task.missingFields().size());
        list << s;
    }
    return list;
}

Result<QList<TaskRevision>> AuthoringStore::revisions(const QString &id) const
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT r.revision, r.author, r.saved_at, r.task FROM task_revision r JOIN task t ON t.id = "
                       "r.task_id WHERE t.external_id = ? ORDER BY r.revision"));
    query.addBindValue(id);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<TaskRevision> list;
    while (query.next()) {
        auto task = taskjson::fromJson(json::parse(toStd(query.value(3).toString()), nullptr, false));
        std::optional<AuthoredTask> authored = task ? AuthoredTask::fromTask(*task) : std::nullopt;
        if (!authored)
            return makeError(
                tr("revision %1 of task %2 is damaged in the project file").arg(query.value(0).toInt()).arg(id));
        list << TaskRevision{query.value(0).toInt(), query.value(1).toString(), parseIsoTime(query.value(2).toString()),
            std::move(*authored)};
    }
    return list;
}

Result<QList<AuthorAcceptance>> AuthoringStore::acceptance() const
{
    auto all = records();
    if (!all)
        return all.error();
    QMap<QString, AuthorAcceptance> byAuthor;
    for (const AuthoredRecord &r : *all) {
        AuthorAcceptance &a = byAuthor[r.task.author];
        a.author = r.task.author;
        ++a.tasks;
        if (r.status != AuthoredStatus::Unreviewed)
            ++a.reviewed;
        if (r.status == AuthoredStatus::Accepted)
            ++a.accepted;
        if (r.status == AuthoredStatus::NeedsChanges)
            ++a.needsChanges;
        for (const AuthoredReview &review : r.reviews) {
            ++a.reviews;
            if (review.decision == authoringreview::Decision::Accept)
                ++a.reviewsAccepted;
        }
    }
    return byAuthor.values();
}

Result<QList<DuplicatePair>> AuthoringStore::duplicates(double threshold) const
{
    auto tasks = authoredTasks();
    if (!tasks)
        return tasks.error();
    QList<TextItem> items;
    for (const Task &t : *tasks) {
        if (const auto authored = AuthoredTask::fromTask(t))
            items << TextItem{t.id, conversationText(*authored)};
    }
    return findNearDuplicates(items, threshold);
}

Result<std::optional<Rubric>> AuthoringStore::reviewRubric() const
{
    RubricStore rubrics(m_db);
    return rubrics.latest(authoringreview::rubricId());
}

Result<Rubric> AuthoringStore::ensureReviewRubric(const QString &person)
{
    auto latest = reviewRubric();
    if (!latest)
        return latest.error();
    if (latest.value())
        return *latest.value();
    RubricStore rubrics(m_db);
    auto published = rubrics.publish(authoringreview::defaultRubric(), tr("The default review rubric"), person);
    if (!published)
        return published.error();
    return published->rubric;
}

} // namespace verdict
