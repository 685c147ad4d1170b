#include "domain/rubric.h"

#include <algorithm>
#include <array>

namespace verdict {

namespace {

struct KindName
{
    CriterionKind kind;
    const char16_t *name;
};

constexpr std::array criterionKindNames{
    KindName{CriterionKind::Ranking, u"ranking"},
    KindName{CriterionKind::Rating, u"rating"},
    KindName{CriterionKind::Choice, u"choice"},
    KindName{CriterionKind::MultiChoice, u"multichoice"},
    KindName{CriterionKind::Spans, u"spans"},
    KindName{CriterionKind::Flags, u"flags"},
    KindName{CriterionKind::Text, u"text"},
    KindName{CriterionKind::Rewrite, u"rewrite"},
};

template<typename T, typename Key>
const T *findBy(const QList<T> &list, const Key &key, auto member)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &item) { return item.*member == key; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

QString criterionKindName(CriterionKind kind)
{
    for (const auto &entry : criterionKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<CriterionKind> criterionKindFromName(const QString &name)
{
    for (const auto &entry : criterionKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString scopeName(Scope scope)
{
    return scope == Scope::Task ? QStringLiteral("task") : QStringLiteral("response");
}

std::optional<Scope> scopeFromName(const QString &name)
{
    if (name == u"task")
        return Scope::Task;
    if (name == u"response")
        return Scope::Response;
    return std::nullopt;
}

const Option *Criterion::option(const QString &key) const
{
    return findBy(options, key, &Option::key);
}

const Option *Criterion::label(const QString &key) const
{
    return findBy(labels, key, &Option::key);
}

const Option *Criterion::category(const QString &key) const
{
    return findBy(categories, key, &Option::key);
}

const Option *Criterion::severity(const QString &key) const
{
    return findBy(severities, key, &Option::key);
}

const ScaleAnchor *Criterion::anchor(int value) const
{
    return findBy(anchors, value, &ScaleAnchor::value);
}

const Criterion *Rubric::criterion(const QString &key) const
{
    return findBy(criteria, key, &Criterion::key);
}

const Taxonomy *Rubric::taxonomy(const QString &key) const
{
    for (const Taxonomy &t : taxonomies) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

const Option *Taxonomy::value(const QString &key) const
{
    for (const Option &o : values) {
        if (o.key == key)
            return &o;
    }
    return nullptr;
}

bool Rubric::sameContent(const Rubric &other) const
{
    return id == other.id && title == other.title && guidelines == other.guidelines && criteria == other.criteria
        && taxonomies == other.taxonomies;
}

} // namespace verdict
