#include "import/labelstudiomapper.h"

#include "codecs/jsonfields.h"
#include "import/foreignrecord.h"
#include "util/textoffsets.h"
#include "util/timeutil.h"

namespace verdict {

using nlohmann::json;

namespace {

const char *const promptFields[] = {"prompt", "question", "instruction", "input", "query"};
const char *const textFields[] = {"text", "response", "output", "answer", "completion"};

bool looksLikeMedia(const std::string &value)
{
    for (const char *prefix : {"http://", "https://", "s3://", "gs://", "azure-blob://", "/data/", "data:"}) {
        if (value.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

// The results of an annotation, flattening the nested lists of the old "completions" format.
void collectResults(const json &list, std::vector<const json *> &out)
{
    for (const json &item : list) {
        if (item.is_array())
            collectResults(item, out);
        else
            out.push_back(&item);
    }
}

} // namespace

LabelStudioMapper::LabelStudioMapper(const QString &annotator)
    : m_annotator(annotator)
    , m_rubric(RubricId, tr("Imported from Label Studio"),
          tr("Made by Verdict for answers imported from Label Studio: one criterion per control (pairwise, labels, "
             "choices) seen in the imported files."))
    , m_savedRubric(m_rubric)
{ }

RecordMapper::Policy LabelStudioMapper::policy() const
{
    return Policy{true, true, RecordReader::Digest::WholeFile};
}

void LabelStudioMapper::warnOnce(
    ImportChunk &out, const RecordPlace &place, const QString &key, const QString &field, const QString &message)
{
    if (m_warned.contains(key))
        return;
    m_warned.insert(key);
    foreign::warn(out, place, field, message);
}

Result<void> LabelStudioMapper::map(json &record, const RecordPlace &place, ImportChunk &out)
{
    JsonFields fields;
    const json *object = fields.object(record, {});
    if (!object)
        return fields.toError();
    // Label Studio also takes tasks written as their data alone ({"text": …}).
    json flat;
    const json *data = object->contains("data") ? fields.child(*object, "data", {}) : nullptr;
    if (!object->contains("data")) {
        flat = json::object();
        for (auto it = object->begin(); it != object->end(); ++it) {
            static const char *const taskKeys[] = {"id", "annotations", "completions", "predictions", "meta",
                "created_at", "updated_at", "project", "drafts", "file_upload", "total_annotations",
                "cancelled_annotations", "total_predictions", "inner_id", "updated_by"};
            if (std::none_of(std::begin(taskKeys), std::end(taskKeys), [&](const char *k) { return it.key() == k; }))
                flat[it.key()] = *it;
        }
        data = &flat;
    }
    const json *annotations = fields.array(*object, "annotations", {}, JsonFields::Optional);
    const json *completions = fields.array(*object, "completions", {}, JsonFields::Optional);
    if (fields.failed())
        return fields.toError();
    if (!annotations)
        annotations = completions;
    const QString annotationsPath
        = annotations == completions ? QStringLiteral("completions") : QStringLiteral("annotations");
    if (object->contains("predictions"))
        warnOnce(out, place, QStringLiteral("predictions"), QStringLiteral("predictions"),
            tr("Label Studio predictions are not imported, only annotations"));

    // The data fields a result points at: "text" for to_name "text", two for a pairwise "a,b".
    const auto dataKey = [&](std::string name) -> std::optional<std::string> {
        if (!name.empty() && name[0] == '$')
            name.erase(0, 1);
        if (const auto it = data->find(name); it != data->end() && it->is_string())
            return name;
        return std::nullopt;
    };
    std::vector<std::string> responseKeys;
    const auto addKey = [&](const std::string &key) {
        if (std::find(responseKeys.begin(), responseKeys.end(), key) == responseKeys.end())
            responseKeys.push_back(key);
    };
    std::vector<std::vector<const json *>> results;
    if (annotations) {
        for (std::size_t i = 0; i < annotations->size(); ++i) {
            const QString path = indexPath(annotationsPath, i);
            const json *annotation = fields.object((*annotations)[i], path);
            if (!annotation)
                return fields.toError();
            std::vector<const json *> list;
            if (const auto result = annotation->find("result"); result != annotation->end()) {
                if (!result->is_array())
                    return fieldError(fieldPath(path, "result"), tr("expected a list of results"));
                collectResults(*result, list);
            }
            for (const json *r : list) {
                const std::string type = r->is_object() ? r->value("type", std::string()) : std::string();
                const std::string to = r->is_object() ? r->value("to_name", std::string()) : std::string();
                if (type == "pairwise") {
                    const QStringList names = fromStd(to).split(u',');
                    for (const QString &name : names) {
                        if (auto key = dataKey(toStd(name.trimmed())))
                            addKey(*key);
                    }
                } else if (type == "labels" || type == "choices") {
                    if (auto key = dataKey(to))
                        addKey(*key);
                }
            }
            results.push_back(std::move(list));
        }
    }
    std::string promptKey;
    for (const char *key : promptFields) {
        const auto it = data->find(key);
        if (it != data->end() && it->is_string()
            && std::find(responseKeys.begin(), responseKeys.end(), key) == responseKeys.end()) {
            promptKey = key;
            break;
        }
    }
    if (responseKeys.empty()) {
        for (const char *key : textFields) {
            if (const auto it = data->find(key); it != data->end() && it->is_string()) {
                responseKeys.push_back(key);
                break;
            }
        }
    }
    if (responseKeys.empty()) {
        for (auto it = data->begin(); it != data->end(); ++it) {
            if (it->is_string() && it.key() != promptKey && !looksLikeMedia(it->get_ref<const std::string &>()))
                responseKeys.push_back(it.key());
        }
    }
    if (responseKeys.empty()) {
        QStringList keys;
        for (auto it = data->begin(); it != data->end(); ++it)
            keys << fromStd(it.key());
        return fieldError(QStringLiteral("data"),
            keys.isEmpty()
                ? tr("no text to judge in this task (it has no data)")
                : tr("no text to judge in this task (its data holds: %1)").arg(keys.join(QStringLiteral(", "))));
    }

    Task task;
    if (!promptKey.empty())
        task.context << Message{QStringLiteral("user"), fromStd((*data)[promptKey].get_ref<const std::string &>())};
    for (const std::string &key : responseKeys) {
        // The field's name becomes the response's id.
        auto id = foreign::identifier(fromStd(key), fieldPath(QStringLiteral("data"), key));
        if (!id)
            return id.error();
        task.responses << Response{*id, {}, fromStd((*data)[key].get_ref<const std::string &>())};
    }
    const auto lsId = object->find("id");
    if (lsId != object->end() && lsId->is_number_integer())
        task.meta["labelstudio_id"] = *lsId;
    task.id = foreign::contentId(QStringLiteral("ls"), json{{"data", *data}, {"meta", task.meta}});
    foreign::push(out, place, task);

    QHash<QString, int> unattributed;
    for (std::size_t i = 0; annotations && i < annotations->size(); ++i) {
        const QString path = indexPath(annotationsPath, i);
        const json &a = (*annotations)[i];
        QString own;
        if (const auto by = a.find("completed_by"); by != a.end()) {
            if (by->is_number_integer())
                own = QStringLiteral("user-%1").arg(fromStd(by->dump()));
            else if (by->is_object()) {
                const std::string email = by->value("email", std::string());
                own = !email.empty() ? fromStd(email)
                    : by->contains("id") && (*by)["id"].is_number_integer()
                    ? QStringLiteral("user-%1").arg(fromStd((*by)["id"].dump()))
                    : QString();
            }
        }
        if (!own.trimmed().isEmpty()) {
            if (auto checked
                = foreign::identifier(own.trimmed(), fieldPath(path, "completed_by.email"), IdentifierKind::Name);
                !checked)
                return checked.error();
        }
        QString annotator = foreign::annotator(own, m_annotator, QStringLiteral("labelstudio"));
        if (own.isEmpty()) {
            const int n = ++unattributed[annotator];
            if (n > 1)
                annotator += u'-' + QString::number(n);
        }
        if (a.value("ground_truth", false))
            warnOnce(out, place, QStringLiteral("ground_truth"), fieldPath(path, "ground_truth"),
                tr("Label Studio ground-truth marks are not imported as gold answers; the annotations are"));

        json answers = json::object();
        for (std::size_t r = 0; r < results[i].size(); ++r) {
            const json &result = *results[i][r];
            const QString resultPath = indexPath(fieldPath(path, "result"), r);
            if (!result.is_object())
                return fieldError(resultPath, tr("expected a result object"));
            const std::string type = result.value("type", std::string());
            const QString from = fromStd(result.value("from_name", std::string()));
            const std::string to = result.value("to_name", std::string());
            const auto value = result.find("value");
            if (value == result.end() || !value->is_object())
                return fieldError(fieldPath(resultPath, "value"), tr("expected an object"));
            const QString key = RubricBuilder::slug(from.isEmpty() ? fromStd(type) : from);
            if (type == "pairwise") {
                const std::string selected = value->value("selected", std::string());
                const QStringList names = fromStd(to).split(u',');
                if (names.size() != 2)
                    return fieldError(fieldPath(resultPath, "to_name"), tr("a pairwise result names two objects"));
                const auto left = dataKey(toStd(names[0].trimmed()));
                const auto right = dataKey(toStd(names[1].trimmed()));
                if (!left || !right)
                    return fieldError(fieldPath(resultPath, "to_name"),
                        tr("the pairwise result's objects are not text fields of data"));
                if (selected != "left" && selected != "right") {
                    foreign::warn(out, place, fieldPath(resultPath, "value.selected"),
                        tr("\"%1\" is neither left nor right; this pairwise result is not imported")
                            .arg(fromStd(selected)));
                    continue;
                }
                const std::string &best = selected == "left" ? *left : *right;
                const std::string &other = selected == "left" ? *right : *left;
                m_rubric.addCriterion(key, CriterionKind::Ranking, Scope::Task, from);
                answers[toStd(key)] = json::array({json::array({best}), json::array({other})});
            } else if (type == "labels") {
                const auto target = dataKey(to);
                if (!target)
                    return fieldError(fieldPath(resultPath, "to_name"), tr("not a text field of data"));
                const QString content = fromStd((*data)[*target].get_ref<const std::string &>());
                const qint64 length = text::codePointCount(content);
                const auto start = value->find("start");
                const auto end = value->find("end");
                const auto labels = value->find("labels");
                if (start == value->end() || end == value->end() || !start->is_number_integer()
                    || !end->is_number_integer() || !wholeNumber(*start) || !wholeNumber(*end))
                    return fieldError(fieldPath(resultPath, "value"), tr("expected start and end offsets"));
                if (labels == value->end() || !labels->is_array())
                    return fieldError(fieldPath(resultPath, "value.labels"), tr("expected a list of labels"));
                qint64 s = *wholeNumber(*start);
                qint64 e = *wholeNumber(*end);
                // Label Studio counts code points now; versions before its emoji fix counted UTF-16
                // units. The span's text says which.
                if (const auto quoted = value->find("text"); quoted != value->end() && quoted->is_string()) {
                    const QString expected = fromStd(quoted->get_ref<const std::string &>());
                    const qsizetype from16 = text::utf16FromCodePoint(content, s);
                    const qsizetype to16 = text::utf16FromCodePoint(content, e);
                    const bool codePoints
                        = from16 >= 0 && to16 >= from16 && content.mid(from16, to16 - from16) == expected;
                    const bool utf16 = s >= 0 && e >= s && e <= content.size() && content.mid(s, e - s) == expected;
                    if (!codePoints && utf16) {
                        warnOnce(out, place, QStringLiteral("utf16"), fieldPath(resultPath, "value"),
                            tr("span offsets in UTF-16 code units (an older Label Studio); converted to code points"));
                        s = text::codePointFromUtf16(content, s);
                        e = text::codePointFromUtf16(content, e);
                    } else if (!codePoints) {
                        return fieldError(fieldPath(resultPath, "value.text"),
                            tr("the span %1–%2 does not cover this text in code points or UTF-16 units").arg(s).arg(e));
                    }
                }
                if (s < 0 || e <= s || e > length)
                    return fieldError(fieldPath(resultPath, "value"),
                        tr("the span %1–%2 does not fit the text (%3 code points)").arg(s).arg(e).arg(length));
                m_rubric.addCriterion(key, CriterionKind::Spans, Scope::Response, from);
                json &list = answers[toStd(key)][*target];
                if (list.is_null())
                    list = json::array();
                for (const json &label : *labels) {
                    if (!label.is_string())
                        return fieldError(fieldPath(resultPath, "value.labels"), tr("expected label names"));
                    list.push_back(json{{"start", s}, {"end", e},
                        {"label", toStd(m_rubric.labelKey(key, fromStd(label.get_ref<const std::string &>())))}});
                }
            } else if (type == "choices") {
                const auto choices = value->find("choices");
                if (choices == value->end() || !choices->is_array())
                    return fieldError(fieldPath(resultPath, "value.choices"), tr("expected a list of choices"));
                m_rubric.addCriterion(key, CriterionKind::MultiChoice, Scope::Task, from);
                json &list = answers[toStd(key)];
                list = json::array();
                for (const json &choice : *choices) {
                    if (!choice.is_string())
                        return fieldError(fieldPath(resultPath, "value.choices"), tr("expected choice names"));
                    const std::string k = toStd(m_rubric.labelKey(key, fromStd(choice.get_ref<const std::string &>())));
                    if (std::find(list.begin(), list.end(), k) == list.end())
                        list.push_back(k);
                }
            } else {
                warnOnce(out, place, QStringLiteral("type:") + fromStd(type), fieldPath(resultPath, "type"),
                    tr("Label Studio results of type \"%1\" are not imported").arg(fromStd(type)));
            }
        }
        const bool cancelled = a.value("was_cancelled", false);
        if (answers.empty() && !cancelled)
            continue;
        Annotation imported = foreign::annotation(task.id, annotator, RubricId, std::move(answers),
            cancelled ? AnnotationStatus::Skipped : AnnotationStatus::Submitted);
        if (const auto lead = a.find("lead_time"); lead != a.end() && lead->is_number())
            imported.activeSeconds = std::max(0.0, lead->get<double>());
        if (const auto created = a.find("created_at"); created != a.end() && created->is_string())
            imported.submittedAt = parseIsoTime(fromStd(created->get_ref<const std::string &>()));
        if (const auto updated = a.find("updated_at"); updated != a.end() && updated->is_string())
            imported.updatedAt = parseIsoTime(fromStd(updated->get_ref<const std::string &>()));
        foreign::push(out, place, std::move(imported));
        m_any = true;
    }
    return {};
}

void LabelStudioMapper::beginRecord()
{
    m_savedRubric = m_rubric;
    m_savedWarned = m_warned;
}

void LabelStudioMapper::dropRecord()
{
    m_rubric = m_savedRubric;
    m_warned = m_savedWarned;
}

Result<void> LabelStudioMapper::finish(const RecordReader &, ImportChunk &out)
{
    if (m_any && !m_rubric.isEmpty())
        out.items.push_back(ImportItem{0, 1, ImportRubric{m_rubric.rubric(), true}});
    return {};
}

} // namespace verdict
