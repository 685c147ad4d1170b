#include "store/authoringstore.h"

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "store/annotationtable.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/rubricstore.h"
#include "store/taskstore.h"
#include "store/tasktable.h"
#include "util/timeutil.h"

#include <QUuid>

#include <algorithm>

namespace verdict {

using nlohmann::json;

namespace {

const QString authoredWhere = QStringLiteral("json_extract(meta, '$.authoring.kind') IS NOT NULL");

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
        if (auto done = TaskTable(m_db).update(TaskRow::fromTask(row), rowId); !done)
            return done.error();
    } else {
        auto inserted = tasks.insert(row);
        if (!inserted)
            return inserted.error();
        rowId = *inserted;
    }
    // The reviews made so far judge earlier revisions: remember which they are.
    json seen = json::object();
    Statement reviewers = m_db.prepare(
        QStringLiteral("SELECT annotator, max(revision) FROM annotation_history WHERE task_id = ? AND rubric_id = ? "
                       "AND status = 'submitted' GROUP BY annotator"));
    reviewers.add(rowId).add(authoringreview::rubricId());
    if (auto done = reviewers.exec(); !done)
        return done.error();
    while (reviewers.next())
        seen[toStd(reviewers.string(0))] = int(reviewers.integer(1));

    Statement revision = m_db.prepare(QStringLiteral("INSERT INTO task_revision (task_id, revision, author, saved_at, "
                                                     "task, reviews_seen) VALUES (?, ?, ?, ?, ?, ?)"));
    const std::string saved = taskjson::toJson(row).dump();
    const std::string seenText = seen.dump();
    revision.add(rowId)
        .add(task.revision)
        .addText(person)
        .add(isoTime(nowUtc()))
        .add(std::string_view(saved))
        .add(std::string_view(seenText));
    if (auto done = revision.exec(); !done)
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
    Statement query = m_db.prepare(TaskTable::select() + u"WHERE " + authoredWhere + u" ORDER BY t.external_id");
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Task> list;
    while (query.next()) {
        auto task = TaskTable::read(query);
        if (!task)
            return task.error();
        list << std::move(task).value();
    }
    if (auto done = query.status(); !done)
        return done.error();
    return list;
}

Result<QHash<QString, QList<AuthoredReview>>> AuthoringStore::allReviews(const QString &taskId) const
{
    // Each review with what the task's latest revision saw of its reviewer's reviews.
    QString sql = AnnotationTable::selectHistory(
        QStringLiteral("(SELECT r.reviews_seen FROM task_revision r WHERE r.task_id = t.id ORDER BY r.revision DESC "
                       "LIMIT 1)"));
    sql += QStringLiteral("WHERE h.rubric_id = ? AND h.status = 'submitted'");
    if (!taskId.isEmpty())
        sql += QStringLiteral(" AND t.external_id = ?");
    sql += QStringLiteral(" ORDER BY t.external_id, h.recorded_at DESC, h.id DESC");
    Statement query = m_db.prepare(sql);
    query.add(authoringreview::rubricId());
    if (!taskId.isEmpty())
        query.add(taskId);
    if (auto done = query.exec(); !done)
        return done.error();
    QHash<QString, QList<AuthoredReview>> byTask;
    QHash<QString, QHash<QString, int>> latestByReviewer;
    while (query.next()) {
        // A review whose answers cannot be read makes no decision.
        const auto annotation = AnnotationTable::read(query);
        if (!annotation)
            continue;
        const QString &task = annotation->taskId;
        const auto decision = authoringreview::decisionOf(annotation->answers);
        if (!decision)
            continue;
        AuthoredReview review;
        review.reviewer = annotation->annotator;
        review.annotationRevision = annotation->revision;
        review.decision = *decision;
        review.comments = authoringreview::commentsOf(annotation->answers);
        review.submittedAt = annotation->updatedAt;
        const json seen = json::parse(query.text(AnnotationTable::ColumnCount), nullptr, false);
        const auto seenRevision = seen.is_object() ? seen.find(toStd(review.reviewer)) : seen.end();
        const bool seenBefore = seen.is_object() && seenRevision != seen.end() && seenRevision->is_number_integer()
            && seenRevision->get<int>() >= review.annotationRevision;
        int &latest = latestByReviewer[task][review.reviewer];
        latest = std::max(latest, review.annotationRevision);
        review.current = !seenBefore;
        byTask[task] << review;
    }
    if (auto done = query.status(); !done)
        return done.error();
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
    Statement query = m_db.prepare(
        QStringLiteral("SELECT r.revision, r.author, r.saved_at, r.task FROM task_revision r JOIN task t ON t.id = "
                       "r.task_id WHERE t.external_id = ? ORDER BY r.revision"));
    query.add(id);
    if (auto done = query.exec(); !done)
        return done.error();
    QList<TaskRevision> list;
    while (query.next()) {
        const int revision = int(query.integer(0));
        auto task = taskjson::fromJson(json::parse(query.text(3), nullptr, false));
        std::optional<AuthoredTask> authored = task ? AuthoredTask::fromTask(*task) : std::nullopt;
        if (!authored)
            return makeError(tr("revision %1 of task %2 is damaged in the project file").arg(revision).arg(id));
        list << TaskRevision{revision, query.string(1), parseIsoTime(query.string(2)), std::move(*authored)};
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
