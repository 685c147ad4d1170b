#include "import/doccanomapper.h"

#include "codecs/jsonfields.h"
#include "import/foreignrecord.h"
#include "util/textoffsets.h"

namespace verdict {

using nlohmann::json;

DoccanoMapper::DoccanoMapper(const QString &annotator)
    : m_annotator(annotator)
    , m_rubric(RubricId, tr("Imported from doccano"),
          tr("Made by Verdict for labels imported from doccano: spans and document labels, as seen in the imported "
             "files."))
    , m_savedRubric(m_rubric)
{
    m_rubric.addCriterion(QStringLiteral("spans"), CriterionKind::Spans, Scope::Response, tr("Spans"));
    m_rubric.addCriterion(QStringLiteral("categories"), CriterionKind::MultiChoice, Scope::Task, tr("Categories"));
}

RecordMapper::Policy DoccanoMapper::policy() const
{
    return Policy{true, true, RecordReader::Digest::WholeFile};
}

Result<void> DoccanoMapper::map(json &record, const RecordPlace &place, ImportChunk &out)
{
    JsonFields fields;
    const json *object = fields.object(record, {});
    if (!object)
        return fields.toError();
    const QString text = fields.string(*object, "text", {});
    const json *meta = fields.child(*object, "meta", {}, JsonFields::Optional);
    // "labels" in older exports; "cats" beside triples in intent detection.
    const char *labelKey = object->contains("label") || !object->contains("labels") ? "label" : "labels";
    const json *labels = fields.array(*object, labelKey, {}, JsonFields::Optional);
    const json *entities = fields.array(*object, "entities", {}, JsonFields::Optional);
    const json *cats = fields.array(*object, "cats", {}, JsonFields::Optional);
    if (fields.failed())
        return fields.toError();

    const Task task = foreign::textTask(QStringLiteral("doccano"), text, meta);
    foreign::push(out, place, task);

    // doccano's offsets are UTF-16 positions; Verdict's are code points.
    const auto toCodePoint = [&](qint64 offset, const QString &path) -> Result<qint64> {
        if (offset < 0 || offset > text.size())
            return fieldError(path, tr("%1 is outside the text (%2 UTF-16 code units)").arg(offset).arg(text.size()));
        if (offset > 0 && offset < text.size() && text[offset].isLowSurrogate() && text[offset - 1].isHighSurrogate())
            return fieldError(path, tr("%1 falls inside a character (doccano counts UTF-16 code units)").arg(offset));
        return qint64(text::codePointFromUtf16(text, offset));
    };
    json spans = json::array();
    json categories = json::array();
    const auto addSpan = [&](qint64 start, qint64 end, const QString &name, const QString &path,
                             const QString &startPath, const QString &endPath) -> Result<void> {
        if (end <= start)
            return fieldError(path, tr("the span %1–%2 is empty").arg(start).arg(end));
        auto from = toCodePoint(start, startPath);
        if (!from)
            return from.error();
        auto to = toCodePoint(end, endPath);
        if (!to)
            return to.error();
        spans.push_back(
            json{{"start", *from}, {"end", *to}, {"label", toStd(m_rubric.labelKey(QStringLiteral("spans"), name))}});
        return {};
    };
    if (cats) {
        for (std::size_t i = 0; i < cats->size(); ++i) {
            if (!(*cats)[i].is_string())
                return fieldError(indexPath(QStringLiteral("cats"), i), tr("expected a category name"));
            const QString key
                = m_rubric.labelKey(QStringLiteral("categories"), fromStd((*cats)[i].get_ref<const std::string &>()));
            if (std::find(categories.begin(), categories.end(), toStd(key)) == categories.end())
                categories.push_back(toStd(key));
        }
    }
    if (labels) {
        for (std::size_t i = 0; i < labels->size(); ++i) {
            const json &item = (*labels)[i];
            const QString path = indexPath(QString::fromLatin1(labelKey), i);
            if (item.is_string()) {
                const QString key
                    = m_rubric.labelKey(QStringLiteral("categories"), fromStd(item.get_ref<const std::string &>()));
                if (std::find(categories.begin(), categories.end(), toStd(key)) == categories.end())
                    categories.push_back(toStd(key));
                continue;
            }
            if (!item.is_array() || item.size() != 3 || !wholeNumber(item[0]) || !wholeNumber(item[1])
                || !item[2].is_string())
                return fieldError(path, tr("expected [start, end, \"label\"] or a label name"));
            if (auto done = addSpan(*wholeNumber(item[0]), *wholeNumber(item[1]),
                    fromStd(item[2].get_ref<const std::string &>()), path, indexPath(path, 0), indexPath(path, 1));
                !done)
                return done.error();
        }
    }
    if (entities) {
        for (std::size_t i = 0; i < entities->size(); ++i) {
            const QString path = indexPath(QStringLiteral("entities"), i);
            const json &item = (*entities)[i];
            if (item.is_array()) {
                // Intent detection writes its entities as [start, end, "label"].
                if (item.size() != 3 || !wholeNumber(item[0]) || !wholeNumber(item[1]) || !item[2].is_string())
                    return fieldError(path, tr("expected [start, end, \"label\"] or an entity object"));
                if (auto done = addSpan(*wholeNumber(item[0]), *wholeNumber(item[1]),
                        fromStd(item[2].get_ref<const std::string &>()), path, indexPath(path, 0), indexPath(path, 1));
                    !done)
                    return done.error();
                continue;
            }
            const json *entity = fields.object(item, path);
            if (!entity)
                return fields.toError();
            const qint64 start = fields.integer(*entity, "start_offset", path);
            const qint64 end = fields.integer(*entity, "end_offset", path);
            const QString name = fields.string(*entity, "label", path);
            if (fields.failed())
                return fields.toError();
            if (auto done
                = addSpan(start, end, name, path, fieldPath(path, "start_offset"), fieldPath(path, "end_offset"));
                !done)
                return done.error();
        }
    }
    if (object->contains("relations") && !m_warnedRelations) {
        foreign::warn(out, place, tr("doccano relations are not imported; their entities are"));
        m_warnedRelations = true;
    }
    json answers = json::object();
    if (!spans.empty()) {
        // Overlapping duplicates (doccano allows them) count once.
        std::sort(spans.begin(), spans.end(), [](const json &a, const json &b) {
            return std::tuple(a["start"].get<qint64>(), a["end"].get<qint64>(), a["label"].get<std::string>())
                < std::tuple(b["start"].get<qint64>(), b["end"].get<qint64>(), b["label"].get<std::string>());
        });
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        answers["spans"] = json{{"a", std::move(spans)}};
    }
    if (!categories.empty())
        answers["categories"] = std::move(categories);
    if (answers.empty())
        return {};
    foreign::push(out, place,
        foreign::annotation(
            task.id, foreign::annotator({}, m_annotator, QStringLiteral("doccano")), RubricId, std::move(answers)));
    m_any = true;
    return {};
}

void DoccanoMapper::beginRecord()
{
    m_savedRubric = m_rubric;
    m_savedWarnedRelations = m_warnedRelations;
}

void DoccanoMapper::dropRecord()
{
    m_rubric = m_savedRubric;
    m_warnedRelations = m_savedWarnedRelations;
}

Result<void> DoccanoMapper::finish(const RecordReader &, ImportChunk &out)
{
    if (m_any)
        out.items.push_back(ImportItem{0, 1, ImportRubric{m_rubric.rubric(), true}});
    return {};
}

} // namespace verdict
