#include "store/rubricstore.h"

#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>

namespace verdict {

Statement RubricStore::select(const QString &where) const
{
    return m_db.prepare(
        u"SELECT rubric_id, version, title, guidelines, criteria, status, changelog, published_at, taxonomies "
        u"FROM rubric "
        + where);
}

Result<QList<Rubric>> RubricStore::read(Statement &query) const
{
    if (auto done = query.exec(); !done)
        return done.error();
    QList<Rubric> list;
    while (query.next()) {
        nlohmann::json json{{"id", toStd(query.string(0))}, {"version", query.integer(1)},
            {"title", toStd(query.string(2))}, {"guidelines", toStd(query.string(3))}};
        json["criteria"] = nlohmann::json::parse(query.text(4), nullptr, false);
        const auto taxonomies = nlohmann::json::parse(query.text(8), nullptr, false);
        if (!taxonomies.is_array() || !taxonomies.empty())
            json["taxonomies"] = taxonomies;
        Result<Rubric> rubric = rubricjson::fromJson(json);
        if (!rubric)
            return makeError(tr("rubric %1 version %2 is damaged in the project file: %3")
                                 .arg(query.string(0))
                                 .arg(query.integer(1))
                                 .arg(rubric.error().toString()));
        rubric->status = query.string(5) == u"published" ? RubricStatus::Published : RubricStatus::Draft;
        rubric->changelog = query.string(6);
        rubric->publishedAt = parseIsoTime(query.string(7));
        list << std::move(rubric).value();
    }
    if (auto done = query.status(); !done)
        return done.error();
    return list;
}

Result<std::optional<Rubric>> RubricStore::first(Statement &query) const
{
    auto list = read(query);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Rubric>();
    return std::optional<Rubric>(list->constFirst());
}

Result<std::optional<Rubric>> RubricStore::get(const QString &id, int version) const
{
    Statement query = select(QStringLiteral("WHERE rubric_id = ? AND version = ?"));
    query.add(id).add(version);
    return first(query);
}

Result<std::optional<Rubric>> RubricStore::latest(const QString &id) const
{
    Statement query
        = select(QStringLiteral("WHERE rubric_id = ? AND status = 'published' ORDER BY version DESC LIMIT 1"));
    query.add(id);
    return first(query);
}

Result<std::optional<Rubric>> RubricStore::draft(const QString &id) const
{
    Statement query = select(QStringLiteral("WHERE rubric_id = ? AND status = 'draft' ORDER BY version DESC LIMIT 1"));
    query.add(id);
    return first(query);
}

Result<QList<Rubric>> RubricStore::all() const
{
    Statement query = select(QStringLiteral("ORDER BY rubric_id, version"));
    return read(query);
}

Result<PublishOutcome> RubricStore::publish(Rubric rubric, const QString &changelog, const QString &actor)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const auto latestPublished = latest(rubric.id);
    if (!latestPublished)
        return latestPublished.error();
    const int next = latestPublished.value() ? latestPublished.value()->version + 1 : 1;

    if (rubric.version > 0 && rubric.version < next) {
        const auto existing = get(rubric.id, rubric.version);
        if (!existing)
            return existing.error();
        if (existing.value() && existing.value()->sameContent(rubric))
            return PublishOutcome{*existing.value(), false};
        return makeError(tr("version %1 of rubric %2 is already published with other content; published versions "
                            "never change, so publish this as version %3")
                             .arg(rubric.version)
                             .arg(rubric.id)
                             .arg(next));
    }
    if (rubric.version > next)
        return makeError(tr("rubric %1 can only be published as version %2 next, not %3")
                             .arg(rubric.id)
                             .arg(next)
                             .arg(rubric.version));
    if (rubric.version == 0 && latestPublished.value() && latestPublished.value()->sameContent(rubric))
        return PublishOutcome{*latestPublished.value(), false};

    rubric.version = next;
    rubric.status = RubricStatus::Published;
    rubric.changelog = changelog;
    rubric.publishedAt = nowUtc();
    // A draft at this version becomes the published one.
    Statement drop
        = m_db.prepare(QStringLiteral("DELETE FROM rubric WHERE rubric_id = ? AND version = ? AND status = 'draft'"));
    drop.add(rubric.id).add(rubric.version);
    if (auto done = drop.exec(); !done)
        return done.error();
    if (auto done = insertPublished(rubric); !done)
        return done.error();

    AuditLog audit(m_db);
    if (auto done = audit.append(actor, QStringLiteral("publish"),
            {{"rubric", toStd(rubric.id)}, {"version", rubric.version}, {"changelog", toStd(changelog)}});
        !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return PublishOutcome{rubric, true};
}

Result<Rubric> RubricStore::saveDraft(Rubric rubric)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const auto latestPublished = latest(rubric.id);
    if (!latestPublished)
        return latestPublished.error();
    rubric.version = latestPublished.value() ? latestPublished.value()->version + 1 : 1;
    rubric.status = RubricStatus::Draft;
    Statement query = m_db.prepare(QStringLiteral(
        "INSERT INTO rubric (rubric_id, version, title, guidelines, criteria, status, taxonomies) "
        "VALUES (?, ?, ?, ?, ?, 'draft', ?) "
        "ON CONFLICT (rubric_id, version) DO UPDATE SET title = excluded.title, guidelines = excluded.guidelines, "
        "criteria = excluded.criteria, taxonomies = excluded.taxonomies"));
    const std::string criteria = rubricjson::toJson(rubric).at("criteria").dump();
    const std::string taxonomies = rubricjson::taxonomiesToJson(rubric.taxonomies).dump();
    query.add(rubric.id)
        .add(rubric.version)
        .addText(rubric.title)
        .addText(rubric.guidelines)
        .add(std::string_view(criteria))
        .add(std::string_view(taxonomies));
    if (auto done = query.exec(); !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return rubric;
}

Result<PublishOutcome> RubricStore::adopt(Rubric rubric, const QString &changelog, const QString &actor)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const auto existing = get(rubric.id, rubric.version);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        if (existing.value()->status == RubricStatus::Draft)
            return makeError(tr("rubric %1 has an unpublished draft of version %2 here; publish or discard it first")
                                 .arg(rubric.id)
                                 .arg(rubric.version));
        if (!existing.value()->sameContent(rubric))
            return makeError(tr("version %1 of rubric %2 is already published here with other content; published "
                                "versions never change")
                                 .arg(rubric.version)
                                 .arg(rubric.id));
        return PublishOutcome{*existing.value(), false};
    }
    rubric.status = RubricStatus::Published;
    rubric.changelog = changelog;
    // Keeps the time the other project published it; without one, now.
    if (!rubric.publishedAt.isValid())
        rubric.publishedAt = nowUtc();
    if (auto done = insertPublished(rubric); !done)
        return done.error();
    AuditLog audit(m_db);
    if (auto done = audit.append(actor, QStringLiteral("publish"),
            {{"rubric", toStd(rubric.id)}, {"version", rubric.version}, {"changelog", toStd(changelog)},
                {"adopted", true}});
        !done)
        return done.error();
    if (auto done = transaction.commit(); !done)
        return done.error();
    return PublishOutcome{rubric, true};
}

Result<void> RubricStore::insertPublished(const Rubric &rubric)
{
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO rubric (rubric_id, version, title, guidelines, criteria, status, changelog, published_at, "
        "taxonomies) VALUES (?, ?, ?, ?, ?, 'published', ?, ?, ?)"));
    const std::string criteria = rubricjson::toJson(rubric).at("criteria").dump();
    const std::string taxonomies = rubricjson::taxonomiesToJson(rubric.taxonomies).dump();
    insert.add(rubric.id)
        .add(rubric.version)
        .addText(rubric.title)
        .addText(rubric.guidelines)
        .add(std::string_view(criteria))
        .addText(rubric.changelog)
        .add(isoTime(rubric.publishedAt))
        .add(std::string_view(taxonomies));
    return insert.exec();
}

} // namespace verdict
