#include "import/prodigymapper.h"

#include "codecs/jsonfields.h"
#include "import/foreignrecord.h"
#include "util/textoffsets.h"

namespace verdict {

using nlohmann::json;

ProdigyMapper::ProdigyMapper(const QString &annotator)
    : m_annotator(annotator)
    , m_rubric(RubricId, tr("Imported from Prodigy"),
          tr("Made by Verdict for answers imported from Prodigy: span labels, the accept/reject/ignore answer and "
             "text-classification labels, as seen in the imported files."))
    , m_savedRubric(m_rubric)
{
    m_rubric.addCriterion(QStringLiteral("spans"), CriterionKind::Spans, Scope::Response, tr("Spans"));
    m_rubric.addCriterion(QStringLiteral("answer"), CriterionKind::Choice, Scope::Task, tr("Answer"));
    m_rubric.addCriterion(QStringLiteral("label"), CriterionKind::Choice, Scope::Task, tr("Label"));
}

RecordMapper::Policy ProdigyMapper::policy() const
{
    return Policy{true, true, RecordReader::Digest::WholeFile};
}

Result<void> ProdigyMapper::map(json &record, const RecordPlace &place, ImportChunk &out)
{
    JsonFields fields;
    const json *object = fields.object(record, {});
    if (!object)
        return fields.toError();
    const QString text = fields.string(*object, "text", {});
    const json *meta = fields.child(*object, "meta", {}, JsonFields::Optional);
    const json *spans = fields.array(*object, "spans", {}, JsonFields::Optional);
    const QString answer = fields.string(*object, "answer", {}, JsonFields::Optional);
    const QString label = fields.string(*object, "label", {}, JsonFields::Optional);
    QString own = fields.string(*object, "_annotator_id", {}, JsonFields::Optional);
    QString ownField = QStringLiteral("_annotator_id");
    if (own.isEmpty()) {
        own = fields.string(*object, "_session_id", {}, JsonFields::Optional);
        ownField = QStringLiteral("_session_id");
    }
    if (fields.failed())
        return fields.toError();
    if (!answer.isEmpty() && answer != u"accept" && answer != u"reject" && answer != u"ignore")
        return fieldError(QStringLiteral("answer"), tr("expected accept, reject or ignore"));
    if (!own.trimmed().isEmpty()) {
        if (auto checked = foreign::identifier(own.trimmed(), ownField, IdentifierKind::Name); !checked)
            return checked.error();
    }

    const Task task = foreign::textTask(QStringLiteral("prodigy"), text, meta);
    foreign::push(out, place, task);

    json answers = json::object();
    if (spans) {
        const qsizetype length = text::codePointCount(text);
        json list = json::array();
        for (std::size_t i = 0; i < spans->size(); ++i) {
            const QString path = indexPath(QStringLiteral("spans"), i);
            const json *span = fields.object((*spans)[i], path);
            if (!span)
                return fields.toError();
            const qint64 start = fields.integer(*span, "start", path);
            const qint64 end = fields.integer(*span, "end", path);
            const QString name = fields.string(*span, "label", path);
            if (fields.failed())
                return fields.toError();
            if (start < 0 || end <= start || end > length)
                return fieldError(
                    path, tr("the span %1–%2 does not fit the text (%3 code points)").arg(start).arg(end).arg(length));
            if (const auto quoted = span->find("text"); quoted != span->end() && quoted->is_string()) {
                const qsizetype from = text::utf16FromCodePoint(text, start);
                const qsizetype to = text::utf16FromCodePoint(text, end);
                if (text.mid(from, to - from) != fromStd(quoted->get_ref<const std::string &>()))
                    return fieldError(fieldPath(path, "text"),
                        tr("the span %1–%2 covers \"%3\", not this text (Prodigy counts code points)")
                            .arg(start)
                            .arg(end)
                            .arg(text.mid(from, to - from)));
            }
            list.push_back(json{
                {"start", start}, {"end", end}, {"label", toStd(m_rubric.labelKey(QStringLiteral("spans"), name))}});
        }
        if (!list.empty())
            answers["spans"] = json{{"a", std::move(list)}};
    }
    if (!answer.isEmpty()) {
        m_rubric.addOption(QStringLiteral("answer"), answer, answer);
        answers["answer"] = toStd(answer);
    }
    if (!label.isEmpty())
        answers["label"] = toStd(m_rubric.labelKey(QStringLiteral("label"), label));
    if (answers.empty() && answer.isEmpty())
        return {};
    const AnnotationStatus status = answer == u"ignore" ? AnnotationStatus::Skipped : AnnotationStatus::Submitted;
    if (status == AnnotationStatus::Skipped)
        foreign::warn(out, place, QStringLiteral("answer"),
            tr("the annotator answered \"ignore\" (set the text aside): the task is imported with a skipped "
               "annotation, so nothing is lost, and no answer is counted"));
    foreign::push(out, place,
        foreign::annotation(task.id, foreign::annotator(own, m_annotator, QStringLiteral("prodigy")), RubricId,
            std::move(answers), status));
    m_any = true;
    return {};
}

void ProdigyMapper::beginRecord()
{
    m_savedRubric = m_rubric;
}

void ProdigyMapper::dropRecord()
{
    m_rubric = m_savedRubric;
}

Result<void> ProdigyMapper::finish(const RecordReader &, ImportChunk &out)
{
    if (m_any && !m_rubric.rubric().criteria.isEmpty())
        out.items.push_back(ImportItem{0, 1, ImportRubric{m_rubric.rubric(), true}});
    return {};
}

} // namespace verdict
