#include "codecs/annotationjson.h"

#include "codecs/jsonfields.h"
#include "util/timeutil.h"

#include <QCoreApplication>

#include <cmath>

namespace verdict::annotationjson {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::annotationjson", text);
}

void checkKeys(JsonFields &fields, const json &object, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end() && !fields.failed(); ++it) {
        bool found = false;
        for (const char *k : known)
            found = found || it.key() == k;
        if (!found)
            fields.fail(fromStd(it.key()), tr("unknown field"));
    }
}

QDateTime time(JsonFields &fields, const json &object, std::string_view key, JsonFields::Need need)
{
    const QString text = fields.string(object, key, {}, need);
    if (fields.failed() || text.isEmpty())
        return {};
    const QDateTime value = parseIsoTime(text);
    if (!value.isValid())
        fields.fail(fieldPath({}, key), tr("expected a time like 2026-11-22T10:00:00Z"));
    return value;
}

void putTime(json &object, const char *key, const QDateTime &time)
{
    if (time.isValid())
        object[key] = toStd(isoTime(time));
}

QString rubricOf(JsonFields &fields, const json &object, const QString &defaultRubric)
{
    const QString rubric = fields.identifier(object, "rubric", {}, JsonFields::Optional, IdentifierKind::Key);
    if (fields.failed())
        return {};
    if (!rubric.isEmpty())
        return rubric;
    if (defaultRubric.isEmpty())
        fields.fail(QStringLiteral("rubric"), tr("missing; expected the rubric id (the manifest names none)"));
    return defaultRubric;
}

int version(JsonFields &fields, const json &object)
{
    return int(
        fields.integer(object, "rubric_version", {}, JsonFields::Required, 1, 1, std::numeric_limits<int>::max()));
}

} // namespace

Result<Annotation> annotationFromJson(const json &value, const QString &defaultRubric)
{
    JsonFields fields;
    Annotation a;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    checkKeys(fields, *object,
        {"type", "task", "annotator", "rubric", "rubric_version", "status", "revision", "started_at", "submitted_at",
            "updated_at", "active_seconds", "note", "batch", "answers"});
    a.taskId = fields.identifier(*object, "task", {});
    a.annotator = fields.identifier(*object, "annotator", {}, JsonFields::Required, IdentifierKind::Name);
    a.rubricId = rubricOf(fields, *object, defaultRubric);
    a.rubricVersion = version(fields, *object);
    const QString status = fields.string(*object, "status", {});
    if (!fields.failed()) {
        if (const auto s = annotationStatusFromName(status))
            a.status = *s;
        else
            fields.fail(QStringLiteral("status"),
                tr("unknown status \"%1\"; expected draft, submitted, skipped or escalated").arg(status));
    }
    a.revision
        = int(fields.integer(*object, "revision", {}, JsonFields::Required, 0, 0, std::numeric_limits<int>::max()));
    a.startedAt = time(fields, *object, "started_at", JsonFields::Optional);
    a.submittedAt = time(fields, *object, "submitted_at", JsonFields::Optional);
    a.updatedAt = time(fields, *object, "updated_at", JsonFields::Optional);
    a.activeSeconds = fields.number(*object, "active_seconds", {}, JsonFields::Optional);
    if (!fields.failed() && (!std::isfinite(a.activeSeconds) || a.activeSeconds < 0))
        fields.fail(QStringLiteral("active_seconds"), tr("expected a number of seconds, at least 0"));
    a.note = fields.string(*object, "note", {}, JsonFields::Optional);
    a.batchId = fields.identifier(*object, "batch", {}, JsonFields::Optional);
    if (const json *answers = fields.child(*object, "answers", {}))
        a.answers = *answers;
    if (fields.failed())
        return fields.toError();
    return a;
}

json annotationToJson(const Annotation &a)
{
    json value{{"task", toStd(a.taskId)}, {"annotator", toStd(a.annotator)}, {"rubric", toStd(a.rubricId)},
        {"rubric_version", a.rubricVersion}, {"status", toStd(annotationStatusName(a.status))},
        {"revision", a.revision}, {"active_seconds", a.activeSeconds}, {"answers", a.answers}};
    putTime(value, "started_at", a.startedAt);
    putTime(value, "submitted_at", a.submittedAt);
    putTime(value, "updated_at", a.updatedAt);
    if (!a.note.isEmpty())
        value["note"] = toStd(a.note);
    if (!a.batchId.isEmpty())
        value["batch"] = toStd(a.batchId);
    return value;
}

Result<GoldAnswer> goldFromJson(const json &value, const QString &defaultRubric)
{
    JsonFields fields;
    GoldAnswer g;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    checkKeys(
        fields, *object, {"type", "task", "rubric", "rubric_version", "answers", "rationale", "author", "created_at"});
    g.taskId = fields.identifier(*object, "task", {});
    g.rubricId = rubricOf(fields, *object, defaultRubric);
    g.rubricVersion = version(fields, *object);
    if (const json *answers = fields.child(*object, "answers", {}))
        g.answers = *answers;
    g.rationale = fields.string(*object, "rationale", {}, JsonFields::Optional);
    g.author = fields.identifier(*object, "author", {}, JsonFields::Required, IdentifierKind::Name, true);
    g.createdAt = time(fields, *object, "created_at", JsonFields::Required);
    if (fields.failed())
        return fields.toError();
    return g;
}

json goldToJson(const GoldAnswer &g)
{
    json value{{"task", toStd(g.taskId)}, {"rubric", toStd(g.rubricId)}, {"rubric_version", g.rubricVersion},
        {"answers", g.answers}, {"author", toStd(g.author)}};
    putTime(value, "created_at", g.createdAt);
    if (!g.rationale.isEmpty())
        value["rationale"] = toStd(g.rationale);
    return value;
}

Result<Adjudication> adjudicationFromJson(const json &value)
{
    JsonFields fields;
    Adjudication d;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    checkKeys(fields, *object,
        {"type", "task", "criterion", "answer", "source", "source_annotator", "rationale", "decided_by", "decided_at",
            "example"});
    d.taskId = fields.identifier(*object, "task", {});
    // An empty criterion records a resolved escalation of the whole task.
    d.criterion = fields.identifier(*object, "criterion", {}, JsonFields::Required, IdentifierKind::Key, true);
    if (!fields.failed()) {
        const auto it = object->find("answer");
        if (it == object->end())
            fields.fail(QStringLiteral("answer"), tr("missing; expected the final answer"));
        else
            d.answer = *it;
    }
    if (!fields.failed() && d.criterion.isEmpty() && d.answer != resolvedEscalation())
        fields.fail(QStringLiteral("answer"),
            tr("a decision without a criterion resolves an escalation; its answer is {\"resolved\": true}"));
    const QString source = fields.string(*object, "source", {});
    if (!fields.failed()) {
        if (const auto s = decisionSourceFromName(source))
            d.source = *s;
        else
            fields.fail(QStringLiteral("source"),
                tr("unknown source \"%1\"; expected annotator, consensus or lead").arg(source));
    }
    d.sourceAnnotator
        = fields.identifier(*object, "source_annotator", {}, JsonFields::Optional, IdentifierKind::Name, true);
    if (!fields.failed() && d.source == DecisionSource::Annotator && d.sourceAnnotator.isEmpty())
        fields.fail(QStringLiteral("source_annotator"), tr("missing; expected the annotator whose answer was taken"));
    d.rationale = fields.string(*object, "rationale", {}, JsonFields::Optional);
    d.decidedBy = fields.identifier(*object, "decided_by", {}, JsonFields::Required, IdentifierKind::Name, true);
    d.decidedAt = time(fields, *object, "decided_at", JsonFields::Required);
    d.example = fields.boolean(*object, "example", {}, JsonFields::Optional);
    if (fields.failed())
        return fields.toError();
    return d;
}

json adjudicationToJson(const Adjudication &d)
{
    json value{{"task", toStd(d.taskId)}, {"criterion", toStd(d.criterion)}, {"answer", d.answer},
        {"source", toStd(decisionSourceName(d.source))}, {"decided_by", toStd(d.decidedBy)}};
    putTime(value, "decided_at", d.decidedAt);
    if (!d.sourceAnnotator.isEmpty())
        value["source_annotator"] = toStd(d.sourceAnnotator);
    if (!d.rationale.isEmpty())
        value["rationale"] = toStd(d.rationale);
    if (d.example)
        value["example"] = true;
    return value;
}

} // namespace verdict::annotationjson
