#include "codecs/rubricjson.h"

#include "codecs/jsonfields.h"
#include "codecs/jsontext.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace verdict::rubricjson {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::rubricjson", text);
}

// Versions, scales and lengths are ints; a larger number is refused, never cut.
constexpr qint64 minInt = std::numeric_limits<int>::min();
constexpr qint64 maxInt = std::numeric_limits<int>::max();

// Why `text` is not a key (a slug within the key length limit), or nothing.
QString slugProblem(const QString &text)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (!slug.match(text).hasMatch())
        return tr("expected lowercase letters, digits, '.', '_' or '-'");
    return identifierProblem(text, IdentifierKind::Key);
}

// Adds the key of the item at `path` to `keys`: false, with the error in
// `fields`, when it is no key or one the list has already.
bool takeKey(JsonFields &fields, QSet<QString> &keys, const QString &key, const QString &path)
{
    if (const QString problem = slugProblem(key); !problem.isEmpty()) {
        fields.fail(fieldPath(path, "key"), problem);
        return false;
    }
    if (keys.contains(key)) {
        fields.fail(fieldPath(path, "key"), tr("\"%1\" is used twice").arg(key));
        return false;
    }
    keys.insert(key);
    return true;
}

void checkKeys(JsonFields &fields, const json &object, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool found = false;
        for (const char *k : known)
            found = found || it.key() == k;
        if (!found) {
            fields.fail(fieldPath(path, it.key()), tr("unknown field"));
            return;
        }
    }
}

// Reads options, labels, categories or severities: objects with a unique slug key.
QList<Option> readOptions(JsonFields &fields, const json &parent, const char *member, const QString &base,
    const char *nameField, bool spanLabels)
{
    QList<Option> result;
    const QString path = fieldPath(base, member);
    const json *list = fields.array(parent, member, base);
    if (!list)
        return result;
    if (list->empty()) {
        fields.fail(path, tr("must list at least one entry"));
        return result;
    }
    QSet<QString> keys;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString itemPath = indexPath(path, i);
        const json *item = fields.object((*list)[i], itemPath);
        if (!item)
            return result;
        if (spanLabels)
            checkKeys(fields, *item, itemPath, {"key", "name", "description", "color", "shortcut"});
        else
            checkKeys(fields, *item, itemPath, {"key", nameField, "description"});
        Option option;
        option.key = fields.string(*item, "key", itemPath);
        option.name = fields.string(*item, nameField, itemPath, JsonFields::Optional, option.key);
        option.description = fields.string(*item, "description", itemPath, JsonFields::Optional);
        if (spanLabels) {
            option.color = fields.string(*item, "color", itemPath);
            option.shortcut = fields.string(*item, "shortcut", itemPath, JsonFields::Optional);
            static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
            if (!fields.failed() && !colour.match(option.color).hasMatch())
                fields.fail(fieldPath(itemPath, "color"), tr("expected a colour like \"#1f77b4\""));
            if (!fields.failed() && option.shortcut.size() > 1)
                fields.fail(fieldPath(itemPath, "shortcut"), tr("expected a single key"));
        }
        if (fields.failed())
            return result;
        if (!takeKey(fields, keys, option.key, itemPath))
            return result;
        result << option;
    }
    return result;
}

Criterion readCriterion(JsonFields &fields, const json &value, const QString &path)
{
    Criterion c;
    const json *object = fields.object(value, path);
    if (!object)
        return c;
    checkKeys(fields, *object, path,
        {"key", "kind", "per", "title", "guidance", "required", "scale", "options", "labels", "categories",
            "severities", "min_length"});
    c.key = fields.string(*object, "key", path);
    const QString kindName = fields.string(*object, "kind", path);
    if (fields.failed())
        return c;
    if (const QString problem = slugProblem(c.key); !problem.isEmpty()) {
        fields.fail(fieldPath(path, "key"), problem);
        return c;
    }
    const auto kind = criterionKindFromName(kindName);
    if (!kind) {
        fields.fail(fieldPath(path, "kind"),
            tr("unknown kind \"%1\"; expected ranking, rating, choice, multichoice, spans, flags, text "
               "or rewrite")
                .arg(kindName));
        return c;
    }
    c.kind = *kind;
    const bool perResponseByDefault
        = c.kind == CriterionKind::Rating || c.kind == CriterionKind::Spans || c.kind == CriterionKind::Flags;
    const QString perName = fields.string(*object, "per", path, JsonFields::Optional,
        perResponseByDefault ? QStringLiteral("response") : QStringLiteral("task"));
    if (fields.failed())
        return c;
    const auto per = scopeFromName(perName);
    if (!per) {
        fields.fail(fieldPath(path, "per"), tr("expected \"task\" or \"response\""));
        return c;
    }
    c.per = *per;
    if ((c.kind == CriterionKind::Ranking || c.kind == CriterionKind::Rewrite) && c.per != Scope::Task) {
        fields.fail(fieldPath(path, "per"), tr("a %1 criterion applies to the task").arg(kindName));
        return c;
    }
    if (c.kind == CriterionKind::Spans && c.per != Scope::Response) {
        fields.fail(fieldPath(path, "per"), tr("a spans criterion applies to each response"));
        return c;
    }
    c.title = fields.string(*object, "title", path);
    c.guidance = fields.string(*object, "guidance", path, JsonFields::Optional);
    const bool requiredByDefault
        = c.kind != CriterionKind::Spans && c.kind != CriterionKind::Flags && c.kind != CriterionKind::Rewrite;
    c.required = fields.boolean(*object, "required", path, JsonFields::Optional, requiredByDefault);

    switch (c.kind) {
    case CriterionKind::Rating: {
        const QString scalePath = fieldPath(path, "scale");
        const json *scale = fields.child(*object, "scale", path);
        if (!scale)
            return c;
        checkKeys(fields, *scale, scalePath, {"min", "max", "anchors"});
        c.scaleMin = int(fields.integer(*scale, "min", scalePath, JsonFields::Required, 1, minInt, maxInt));
        c.scaleMax = int(fields.integer(*scale, "max", scalePath, JsonFields::Required, 5, minInt, maxInt));
        if (fields.failed())
            return c;
        if (c.scaleMax <= c.scaleMin || qint64(c.scaleMax) - c.scaleMin > 100) {
            fields.fail(fieldPath(scalePath, "max"),
                tr("expected a maximum above the minimum (%1) by at most 100").arg(c.scaleMin));
            return c;
        }
        const QString anchorsPath = fieldPath(scalePath, "anchors");
        if (const json *anchors = fields.array(*scale, "anchors", scalePath, JsonFields::Optional)) {
            QSet<int> seen;
            for (std::size_t i = 0; i < anchors->size(); ++i) {
                const QString anchorPath = indexPath(anchorsPath, i);
                const json *anchor = fields.object((*anchors)[i], anchorPath);
                if (!anchor)
                    return c;
                checkKeys(fields, *anchor, anchorPath, {"value", "label", "description"});
                ScaleAnchor a;
                a.value = int(fields.integer(*anchor, "value", anchorPath, JsonFields::Required, 0, minInt, maxInt));
                a.label = fields.string(*anchor, "label", anchorPath);
                a.description = fields.string(*anchor, "description", anchorPath, JsonFields::Optional);
                if (fields.failed())
                    return c;
                if (a.value < c.scaleMin || a.value > c.scaleMax) {
                    fields.fail(fieldPath(anchorPath, "value"),
                        tr("%1 is outside the scale %2–%3").arg(a.value).arg(c.scaleMin).arg(c.scaleMax));
                    return c;
                }
                if (seen.contains(a.value)) {
                    fields.fail(fieldPath(anchorPath, "value"), tr("%1 has two anchors").arg(a.value));
                    return c;
                }
                seen.insert(a.value);
                c.anchors << a;
            }
            std::sort(c.anchors.begin(), c.anchors.end(),
                [](const ScaleAnchor &x, const ScaleAnchor &y) { return x.value < y.value; });
        }
        break;
    }
    case CriterionKind::Choice:
    case CriterionKind::MultiChoice:
        c.options = readOptions(fields, *object, "options", path, "label", false);
        break;
    case CriterionKind::Spans:
        c.labels = readOptions(fields, *object, "labels", path, "name", true);
        break;
    case CriterionKind::Flags:
        c.categories = readOptions(fields, *object, "categories", path, "name", false);
        c.severities = readOptions(fields, *object, "severities", path, "name", false);
        break;
    case CriterionKind::Text:
        c.minLength = int(fields.integer(*object, "min_length", path, JsonFields::Optional, 0, 0, maxInt));
        break;
    case CriterionKind::Ranking:
    case CriterionKind::Rewrite:
        break;
    }
    // Fields that belong to another kind are a sign of a mistake.
    static const std::pair<const char *, CriterionKind> owned[] = {
        {"scale", CriterionKind::Rating},
        {"labels", CriterionKind::Spans},
        {"categories", CriterionKind::Flags},
        {"severities", CriterionKind::Flags},
        {"min_length", CriterionKind::Text},
    };
    for (const auto &[field, owner] : owned) {
        if (!fields.failed() && c.kind != owner && object->contains(field))
            fields.fail(fieldPath(path, field), tr("does not apply to a %1 criterion").arg(kindName));
    }
    if (!fields.failed() && object->contains("options") && c.kind != CriterionKind::Choice
        && c.kind != CriterionKind::MultiChoice)
        fields.fail(fieldPath(path, "options"), tr("does not apply to a %1 criterion").arg(kindName));
    return c;
}

QList<Taxonomy> readTaxonomies(JsonFields &fields, const json &object)
{
    QList<Taxonomy> result;
    const QString path = QStringLiteral("taxonomies");
    const json *list = fields.array(object, "taxonomies", {}, JsonFields::Optional);
    if (!list)
        return result;
    QSet<QString> keys;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const QString itemPath = indexPath(path, i);
        const json *item = fields.object((*list)[i], itemPath);
        if (!item)
            return result;
        checkKeys(fields, *item, itemPath, {"key", "title", "values"});
        Taxonomy taxonomy;
        taxonomy.key = fields.string(*item, "key", itemPath);
        taxonomy.title = fields.string(*item, "title", itemPath, JsonFields::Optional, taxonomy.key);
        if (fields.failed())
            return result;
        if (!takeKey(fields, keys, taxonomy.key, itemPath))
            return result;
        taxonomy.values = readOptions(fields, *item, "values", itemPath, "name", false);
        if (fields.failed())
            return result;
        result << taxonomy;
    }
    return result;
}

json optionsToJson(const QList<Option> &options, const char *nameField, bool spanLabels)
{
    json list = json::array();
    for (const Option &o : options) {
        json item{{"key", toStd(o.key)}, {nameField, toStd(o.name)}};
        if (!o.description.isEmpty())
            item["description"] = toStd(o.description);
        if (spanLabels) {
            item["color"] = toStd(o.color);
            if (!o.shortcut.isEmpty())
                item["shortcut"] = toStd(o.shortcut);
        }
        list.push_back(std::move(item));
    }
    return list;
}

} // namespace

json taxonomiesToJson(const QList<Taxonomy> &taxonomies)
{
    json list = json::array();
    for (const Taxonomy &t : taxonomies)
        list.push_back(
            json{{"key", toStd(t.key)}, {"title", toStd(t.title)}, {"values", optionsToJson(t.values, "name", false)}});
    return list;
}

Result<QList<Taxonomy>> taxonomiesFromJson(const json &value)
{
    JsonFields fields;
    const json wrapper{{"taxonomies", value}};
    QList<Taxonomy> result = readTaxonomies(fields, wrapper);
    if (fields.failed())
        return fields.toError();
    return result;
}

Result<Rubric> fromJson(const json &value)
{
    JsonFields fields;
    Rubric rubric;
    const json *object = fields.object(value, {});
    if (object) {
        checkKeys(fields, *object, {}, {"type", "id", "version", "title", "guidelines", "criteria", "taxonomies"});
        // A rubric record of a batch file says what it is.
        if (object->contains("type") && (*object)["type"] != "rubric")
            fields.fail(QStringLiteral("type"), tr("expected \"rubric\""));
        rubric.id = fields.string(*object, "id", {});
        if (!fields.failed())
            if (const QString problem = slugProblem(rubric.id); !problem.isEmpty())
                fields.fail(QStringLiteral("id"), problem);
        rubric.version = int(fields.integer(*object, "version", {}, JsonFields::Optional, 0, 1, maxInt));
        rubric.title = fields.string(*object, "title", {});
        rubric.guidelines = fields.string(*object, "guidelines", {}, JsonFields::Optional);
        if (const json *criteria = fields.array(*object, "criteria", {})) {
            if (criteria->empty())
                fields.fail(QStringLiteral("criteria"), tr("must list at least one criterion"));
            QSet<QString> keys;
            QHash<QString, QString> shortcuts;
            for (std::size_t i = 0; i < criteria->size() && !fields.failed(); ++i) {
                const QString path = indexPath(QStringLiteral("criteria"), i);
                Criterion c = readCriterion(fields, (*criteria)[i], path);
                if (fields.failed())
                    break;
                if (keys.contains(c.key)) {
                    fields.fail(fieldPath(path, "key"), tr("\"%1\" is used twice").arg(c.key));
                    break;
                }
                keys.insert(c.key);
                for (qsizetype l = 0; l < c.labels.size(); ++l) {
                    const QString shortcut = c.labels[l].shortcut.toUpper();
                    if (shortcut.isEmpty())
                        continue;
                    const QString labelPath
                        = fieldPath(indexPath(fieldPath(path, "labels"), std::size_t(l)), "shortcut");
                    if (shortcuts.contains(shortcut)) {
                        fields.fail(
                            labelPath, tr("\"%1\" is also the shortcut of %2").arg(shortcut, shortcuts[shortcut]));
                        break;
                    }
                    shortcuts.insert(shortcut, c.labels[l].key);
                }
                rubric.criteria << c;
            }
        }
        if (!fields.failed())
            rubric.taxonomies = readTaxonomies(fields, *object);
    }
    if (fields.failed())
        return fields.toError();
    return rubric;
}

json toJson(const Rubric &rubric)
{
    json criteria = json::array();
    for (const Criterion &c : rubric.criteria) {
        json item{{"key", toStd(c.key)}, {"kind", toStd(criterionKindName(c.kind))}, {"per", toStd(scopeName(c.per))},
            {"title", toStd(c.title)}, {"required", c.required}};
        if (!c.guidance.isEmpty())
            item["guidance"] = toStd(c.guidance);
        switch (c.kind) {
        case CriterionKind::Rating: {
            json anchors = json::array();
            for (const ScaleAnchor &a : c.anchors) {
                json anchor{{"value", a.value}, {"label", toStd(a.label)}};
                if (!a.description.isEmpty())
                    anchor["description"] = toStd(a.description);
                anchors.push_back(std::move(anchor));
            }
            item["scale"] = json{{"min", c.scaleMin}, {"max", c.scaleMax}, {"anchors", anchors}};
            break;
        }
        case CriterionKind::Choice:
        case CriterionKind::MultiChoice:
            item["options"] = optionsToJson(c.options, "label", false);
            break;
        case CriterionKind::Spans:
            item["labels"] = optionsToJson(c.labels, "name", true);
            break;
        case CriterionKind::Flags:
            item["categories"] = optionsToJson(c.categories, "name", false);
            item["severities"] = optionsToJson(c.severities, "name", false);
            break;
        case CriterionKind::Text:
            item["min_length"] = c.minLength;
            break;
        case CriterionKind::Ranking:
        case CriterionKind::Rewrite:
            break;
        }
        criteria.push_back(std::move(item));
    }
    json result{{"id", toStd(rubric.id)}, {"title", toStd(rubric.title)}, {"guidelines", toStd(rubric.guidelines)},
        {"criteria", std::move(criteria)}};
    if (rubric.version > 0)
        result["version"] = rubric.version;
    // Written only when there are some, so rubrics without them read as before.
    if (!rubric.taxonomies.isEmpty())
        result["taxonomies"] = taxonomiesToJson(rubric.taxonomies);
    return result;
}

Result<void> check(const Rubric &rubric)
{
    if (auto read = fromJson(toJson(rubric)); !read)
        return read.error();
    return {};
}

Result<Rubric> parse(const QByteArray &text, const QString &fileName)
{
    const std::string_view view(text.constData(), std::size_t(text.size()));
    json value;
    try {
        value = json::parse(view);
    } catch (const json::parse_error &e) {
        const auto position = jsontext::positionOf(view, e.byte > 0 ? e.byte - 1 : 0);
        QString message = QString::fromUtf8(e.what());
        // nlohmann's text repeats the position; keep only the explanation.
        const qsizetype cut = message.indexOf(u": ");
        if (cut >= 0)
            message = message.mid(cut + 2);
        return makeError(tr("not valid JSON: %1").arg(message), fileName, position.line, position.column);
    }
    Result<Rubric> rubric = fromJson(value);
    if (!rubric.ok()) {
        Error error = rubric.error();
        const auto position = jsontext::positionOf(view, jsontext::locate(view, error.field));
        error.file = fileName;
        error.line = position.line;
        error.column = position.column;
        return error;
    }
    return rubric;
}

Result<Rubric> readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot open: %1").arg(file.errorString()), fileName);
    return parse(file.readAll(), fileName);
}

} // namespace verdict::rubricjson
