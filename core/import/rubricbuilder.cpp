#include "import/rubricbuilder.h"

#include "domain/validation.h"

#include <array>

namespace verdict {

namespace {

// Tableau 10: distinct on light and dark backgrounds.
constexpr std::array palette{
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};

// FNV-1a: the same value for a text in every run.
quint32 fnv1a(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char c : text.toUtf8()) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

QString colourOf(const QString &key)
{
    return QString::fromLatin1(palette[fnv1a(key) % palette.size()]);
}

bool hasOptions(CriterionKind kind)
{
    return kind == CriterionKind::Spans || kind == CriterionKind::Choice || kind == CriterionKind::MultiChoice;
}

QList<Option> &optionsOf(Criterion &c)
{
    return c.kind == CriterionKind::Spans ? c.labels : c.options;
}

void sortByKey(QList<Option> &options)
{
    std::sort(options.begin(), options.end(), [](const Option &a, const Option &b) { return a.key < b.key; });
}

} // namespace

RubricBuilder::RubricBuilder(const QString &id, const QString &title, const QString &guidelines)
    : m_id(id)
    , m_title(title)
    , m_guidelines(guidelines)
{ }

const RubricBuilder::Entry *RubricBuilder::find(const QString &key) const
{
    for (const Entry &e : m_criteria) {
        if (e.criterion.key == key)
            return &e;
    }
    return nullptr;
}

RubricBuilder::Entry *RubricBuilder::findForChange(const QString &key)
{
    for (Entry &e : m_criteria) {
        if (e.criterion.key == key)
            return &e;
    }
    return nullptr;
}

void RubricBuilder::addCriterion(const QString &key, CriterionKind kind, Scope per, const QString &title)
{
    if (find(key))
        return;
    Entry entry;
    entry.criterion.key = key;
    entry.criterion.kind = kind;
    entry.criterion.per = per;
    entry.criterion.title = title;
    entry.criterion.required = false;
    m_criteria << entry;
}

QString RubricBuilder::labelKey(const QString &criterion, const QString &label)
{
    const Entry *known = find(criterion);
    if (!known)
        return {};
    if (const auto it = known->keyOf.constFind(label); it != known->keyOf.constEnd())
        return *it;
    Entry *entry = findForChange(criterion);
    const QString base = slug(label);
    QString key = base;
    for (int n = 2; entry->labels.contains(key); ++n)
        key = base + u'-' + QString::number(n);
    entry->labels.insert(key, label);
    entry->keyOf.insert(label, key);
    return key;
}

void RubricBuilder::addOption(const QString &criterion, const QString &key, const QString &name)
{
    if (const Entry *known = find(criterion); !known || known->labels.contains(key))
        return;
    if (Entry *entry = findForChange(criterion)) {
        entry->labels.insert(key, name);
        entry->keyOf.insert(name, key);
    }
}

Rubric RubricBuilder::rubric() const
{
    Rubric rubric;
    rubric.id = m_id;
    rubric.title = m_title;
    rubric.guidelines = m_guidelines;
    for (const Entry &entry : m_criteria) {
        Criterion c = entry.criterion;
        if (hasOptions(c.kind)) {
            if (entry.labels.isEmpty())
                continue; // a list of no options is no criterion
            for (auto it = entry.labels.cbegin(); it != entry.labels.cend(); ++it) {
                Option option;
                option.key = it.key();
                option.name = it.value();
                if (c.kind == CriterionKind::Spans)
                    option.color = colourOf(it.key());
                optionsOf(c) << option;
            }
        }
        rubric.criteria << c;
    }
    return rubric;
}

QString RubricBuilder::slug(const QString &label)
{
    QString out;
    bool dash = false;
    for (const QChar c : label.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_') {
            out += c;
            dash = false;
        } else if (!out.isEmpty() && !dash) {
            out += u'-';
            dash = true;
        }
    }
    while (out.endsWith(u'-') || out.endsWith(u'.') || out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty() || !(out.front().isLetterOrNumber()))
        out.prepend(QStringLiteral("label-"));
    // Within the key length limit, with room for labelKey()'s "-N": a long
    // label keeps its start and a digest of the rest, so two labels that
    // differ only late still get two keys.
    const qsizetype room = maxIdentifierLength(IdentifierKind::Key) - 8;
    if (out.size() > room) {
        out.truncate(room - 9);
        while (out.endsWith(u'-') || out.endsWith(u'.') || out.endsWith(u'_'))
            out.chop(1);
        out += u'-' + QStringLiteral("%1").arg(fnv1a(label), 8, 16, QLatin1Char('0'));
    }
    return out;
}

Rubric RubricBuilder::merge(const Rubric &base, const Rubric &incoming)
{
    Rubric merged = base;
    for (const Criterion &c : incoming.criteria) {
        auto it = std::find_if(
            merged.criteria.begin(), merged.criteria.end(), [&](const Criterion &m) { return m.key == c.key; });
        if (it == merged.criteria.end()) {
            merged.criteria << c;
            continue;
        }
        if (it->kind != c.kind || !hasOptions(c.kind))
            continue;
        QList<Option> &options = optionsOf(*it);
        for (const Option &o : c.kind == CriterionKind::Spans ? c.labels : c.options) {
            if (std::none_of(options.cbegin(), options.cend(), [&](const Option &m) { return m.key == o.key; }))
                options << o;
        }
        sortByKey(options);
    }
    return merged;
}

} // namespace verdict
