#include "store/rubricstore.h"

#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace verdict {

Result<QList<Rubric>> RubricStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = m_db.prepare(
        u"SELECT rubric_id, version, title, guidelines, criteria, status, changelog, published_at, taxonomies "
        u"FROM rubric "
        + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto done = m_db.run(query); !done)
        return done.error();
    QList<Rubric> list;
    while (query.next()) {
        nlohmann::json json{{"id", toStd(query.value(0).toString())}, {"version", query.value(1).toInt()},
            {"title", toStd(query.value(2).toString())}, {"guidelines", toStd(query.value(3).toString())}};
        json["criteria"] = nlohmann::json::parse(toStd(query.value(4).toString()), nullptr, false);
        const auto taxonomies = nlohmann::json::parse(toStd(query.value(8).toString()), nullptr, false);
        if (!taxonomies.is_array() || !taxonomies.empty())
            json["taxonomies"] = taxonomies;
        Result<Rubric> rubric = rubricjson::fromJson(json);
        if (!rubric)
            return makeError(tr("rubric %1 version %2 is damaged in the project file: %3")
                                 .arg(query.value(0).toString())
                                 .arg(query.value(1).toInt())
                                 .arg(rubric.error().toString()));
        rubric->status = query.value(5).toString() == u"published" ? RubricStatus::Published : RubricStatus::Draft;
        rubric->changelog = query.value(6).toString();
        rubric->publishedAt = parseIsoTime(query.value(7).toString());
        list << std::move(rubric).value();
    }
    return list;
}

Result<std::optional<Rubric>> RubricStore::get(const QString &id, int version) const
{
    auto list = select(QStringLiteral("WHERE rubric_id = ? AND version = ?"), {id, version});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Rubric>();
    return std::optional<Rubric>(list->constFirst());
}

Result<std::optional<Rubric>> RubricStore::latest(const QString &id) const
{
    auto list
        = select(QStringLiteral("WHERE rubric_id = ? AND status = 'published' ORDER BY version DESC LIMIT 1"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Rubric>();
    return std::optional<Rubric>(list->constFirst());
}

Result<std::optional<Rubric>> RubricStore::draft(const QString &id) const
{
    auto list = select(QStringLiteral("WHERE rubric_id = ? AND status = 'draft' ORDER BY version DESC LIMIT 1"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Rubric>();
    return std::optional<Rubric>(list->constFirst());
}

Result<QList<Rubric>> RubricStore::all() const
{
    return select(QStringLiteral("ORDER BY rubric_id, version"), {});
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
    QSqlQuery drop
        = m_db.prepare(QStringLiteral("DELETE FROM rubric WHERE rubric_id = ? AND version = ? AND status = 'draft'"));
    drop.addBindValue(rubric.id);
    drop.addBindValue(rubric.version);
    if (auto done = m_db.run(drop); !done)
        return done.error();

    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO rubric (rubric_id, version, title, guidelines, criteria, status, changelog, published_at, "
        "taxonomies) VALUES (?, ?, ?, ?, ?, 'published', ?, ?, ?)"));
    insert.addBindValue(rubric.id);
    insert.addBindValue(rubric.version);
    insert.addBindValue(Database::text(rubric.title));
    insert.addBindValue(Database::text(rubric.guidelines));
    insert.addBindValue(fromStd(rubricjson::toJson(rubric).at("criteria").dump()));
    insert.addBindValue(Database::text(changelog));
    insert.addBindValue(isoTime(rubric.publishedAt));
    insert.addBindValue(fromStd(rubricjson::taxonomiesToJson(rubric.taxonomies).dump()));
    if (auto done = m_db.run(insert); !done)
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
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO rubric (rubric_id, version, title, guidelines, criteria, status, taxonomies) "
        "VALUES (?, ?, ?, ?, ?, 'draft', ?) "
        "ON CONFLICT (rubric_id, version) DO UPDATE SET title = excluded.title, guidelines = excluded.guidelines, "
        "criteria = excluded.criteria, taxonomies = excluded.taxonomies"));
    query.addBindValue(rubric.id);
    query.addBindValue(rubric.version);
    query.addBindValue(Database::text(rubric.title));
    query.addBindValue(Database::text(rubric.guidelines));
    query.addBindValue(fromStd(rubricjson::toJson(rubric).at("criteria").dump()));
    query.addBindValue(fromStd(rubricjson::taxonomiesToJson(rubric.taxonomies).dump()));
    if (auto done = m_db.run(query); !done)
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
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO rubric (rubric_id, version, title, guidelines, criteria, status, changelog, published_at, "
        "taxonomies) VALUES (?, ?, ?, ?, ?, 'published', ?, ?, ?)"));
    insert.addBindValue(rubric.id);
    insert.addBindValue(rubric.version);
    insert.addBindValue(Database::text(rubric.title));
    insert.addBindValue(Database::text(rubric.guidelines));
    insert.addBindValue(fromStd(rubricjson::toJson(rubric).at("criteria").dump()));
    insert.addBindValue(Database::text(changelog));
    insert.addBindValue(isoTime(rubric.publishedAt));
    insert.addBindValue(fromStd(rubricjson::taxonomiesToJson(rubric.taxonomies).dump()));
    if (auto done = m_db.run(insert); !done)
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

} // namespace verdict
