#pragma once

#include "domain/authoredtask.h"
#include "domain/rubric.h"
#include "metrics/nearduplicates.h"
#include "util/result.h"
#include "workflow/authoringreview.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace verdict {

class Database;

// One saved state of an authored task.
struct TaskRevision
{
    int revision = 0;
    QString author; // who saved it
    QDateTime savedAt;
    AuthoredTask task;
};

// A reviewer's decision on an authored task.
struct AuthoredReview
{
    QString reviewer;
    authoringreview::Decision decision = authoringreview::Decision::Accept;
    QString comments;
    int annotationRevision = 0;
    QDateTime submittedAt;
    // Whether it judges the task's latest revision; false once the author revised after it.
    bool current = true;
};

// Where an authored task stands with its reviewers: decided by the reviews
// of its latest revision (any "needs changes" wins over "accept").
enum class AuthoredStatus { Unreviewed, NeedsChanges, Accepted };

QString authoredStatusName(AuthoredStatus status);

struct AuthoredSummary
{
    QString id;
    AuthoredKind kind = AuthoredKind::Sft;
    QString author;
    int revision = 0;
    QString prompt;
    AuthoredStatus status = AuthoredStatus::Unreviewed;
    int missingFields = 0;
};

// Acceptance of one author's work. Examples count by the status of their
// latest revision; reviews count every decision ever made.
struct AuthorAcceptance
{
    QString author;
    int tasks = 0;
    int reviewed = 0; // tasks whose latest revision has a decision
    int accepted = 0;
    int needsChanges = 0;
    int reviews = 0;
    int reviewsAccepted = 0;
    // accepted / reviewed, or nothing when none is reviewed.
    std::optional<double> acceptanceRate() const;
};

// An authored task and its review state, as exports and reports read them.
struct AuthoredRecord
{
    AuthoredTask task;
    AuthoredStatus status = AuthoredStatus::Unreviewed;
    QList<AuthoredReview> reviews;
};

// Authored tasks (SFT examples and red-team entries) in a project: saving
// revisions, their history, their reviews and acceptance. Authored tasks are
// ordinary tasks, so they are assigned, exported and imported like any other.
class AuthoringStore final
{
    Q_DECLARE_TR_FUNCTIONS(AuthoringStore)

public:
    explicit AuthoringStore(Database &database)
        : m_db(database)
    { }

    // Saves `task` as its next revision in one transaction, by `person`; a
    // new task gets an id and `person` as its author. Saving content equal to
    // the latest revision stores nothing. Returns the task as stored.
    Result<AuthoredTask> save(AuthoredTask task, const QString &person);

    Result<std::optional<AuthoredTask>> load(const QString &id) const;
    // Every authored task by id, with its review status.
    Result<QList<AuthoredSummary>> list() const;
    // Every authored task of `kind` with its reviews, by id.
    Result<QList<AuthoredRecord>> records(std::optional<AuthoredKind> kind = std::nullopt) const;
    // The revisions of a task, oldest first.
    Result<QList<TaskRevision>> revisions(const QString &id) const;
    // The reviews of a task, newest first.
    Result<QList<AuthoredReview>> reviews(const QString &id) const;
    Result<QList<AuthorAcceptance>> acceptance() const;
    // Pairs of authored tasks whose conversations are near-duplicates.
    Result<QList<DuplicatePair>> duplicates(double threshold = 0.8) const;

    // The latest published review rubric (with the taxonomies), if any.
    Result<std::optional<Rubric>> reviewRubric() const;
    // Publishes the default review rubric when the project has none; returns the latest.
    Result<Rubric> ensureReviewRubric(const QString &person);

    // Statuses from reviews, given the reviewer revisions seen when the latest revision was saved.
    static AuthoredStatus statusOf(const QList<AuthoredReview> &reviews);

private:
    Result<QString> newId(AuthoredKind kind) const;
    Result<QHash<QString, QList<AuthoredReview>>> allReviews(const QString &taskId) const;
    Result<QList<Task>> authoredTasks() const;

    Database &m_db;
};

} // namespace verdict
