#pragma once

#include "domain/rubric.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace verdict {

class Database;
class Statement;

struct PublishOutcome
{
    Rubric rubric;
    bool created = false; // false when the same content was already published
};

// Rubric versions. A published version never changes (the schema enforces
// it); annotations name the version they were made under.
class RubricStore final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::RubricStore)

public:
    explicit RubricStore(Database &database)
        : m_db(database)
    { }

    // Publishes `rubric` as the next version of its id (or as rubric.version
    // when set, which must be the next one). Publishing content identical to
    // the latest version creates nothing and says so in the outcome.
    Result<PublishOutcome> publish(Rubric rubric, const QString &changelog, const QString &actor);

    // Keeps a draft: the version after the latest published one, editable until published.
    Result<Rubric> saveDraft(Rubric rubric);

    Result<std::optional<Rubric>> get(const QString &id, int version) const;
    // The highest published version of `id`.
    Result<std::optional<Rubric>> latest(const QString &id) const;
    // The draft of `id`, if one is kept.
    Result<std::optional<Rubric>> draft(const QString &id) const;
    // Every stored version, by id and version.
    Result<QList<Rubric>> all() const;

    // Takes in a version published in another project (from a batch) under
    // its own number, even when earlier versions are missing here. Identical
    // content already here creates nothing; other content under the same id
    // and version is refused, as is a draft at that version. The version
    // keeps rubric.publishedAt, the other project's publication time, when set.
    Result<PublishOutcome> adopt(Rubric rubric, const QString &changelog, const QString &actor);

private:
    // A query over the rubric table's columns, with `where` after them; read() runs it and reads its rows.
    Statement select(const QString &where) const;
    Result<QList<Rubric>> read(Statement &query) const;
    Result<std::optional<Rubric>> first(Statement &query) const;
    // Adds a published version as it is given, changelog and time included.
    Result<void> insertPublished(const Rubric &rubric);

    Database &m_db;
};

} // namespace verdict
