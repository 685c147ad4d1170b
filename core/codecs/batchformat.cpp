#include "codecs/batchformat.h"

#include "codecs/jsonfields.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QUuid>

namespace verdict {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::batchformat", text);
}

// Revisions and versions are ints in Verdict; a larger number is refused, never cut.
constexpr qint64 maxInt = std::numeric_limits<int>::max();

constexpr std::array kindNames{"assignment", "annotations", "gold", "dataset"};
constexpr std::array typeNames{"manifest", "rubric", "task", "annotation", "gold", "adjudication", "final", "end"};

void checkKeys(JsonFields &fields, const json &object, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end() && !fields.failed(); ++it) {
        bool found = false;
        for (const char *k : known)
            found = found || it.key() == k;
        if (!found)
            fields.fail(
                fieldPath(path, it.key()), QCoreApplication::translate("verdict::batchformat", "unknown field"));
    }
}

// Batch ids live in their own name space of version 5 UUIDs.
QUuid batchNamespace()
{
    static const QUuid ns
        = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), // RFC 4122 URL namespace
            QStringLiteral("https://verdict.invalid/batch"));
    return ns;
}

} // namespace

QString batchKindName(BatchKind kind)
{
    return QString::fromLatin1(kindNames[std::size_t(kind)]);
}

std::optional<BatchKind> batchKindFromName(const QString &name)
{
    for (std::size_t i = 0; i < kindNames.size(); ++i) {
        if (name == QLatin1StringView(kindNames[i]))
            return BatchKind(i);
    }
    return std::nullopt;
}

QString recordTypeName(RecordType type)
{
    return QString::fromLatin1(typeNames[std::size_t(type)]);
}

std::optional<RecordType> recordTypeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < typeNames.size(); ++i) {
        if (name == typeNames[i])
            return RecordType(i);
    }
    return std::nullopt;
}

bool kindAllows(BatchKind kind, RecordType type, bool calibration)
{
    switch (type) {
    case RecordType::Manifest:
    case RecordType::End:
    case RecordType::Rubric:
        return true;
    case RecordType::Task:
        return kind != BatchKind::Annotations;
    case RecordType::Annotation:
        return kind == BatchKind::Annotations || kind == BatchKind::Dataset;
    case RecordType::Gold:
        return kind == BatchKind::Gold || kind == BatchKind::Dataset || (kind == BatchKind::Assignment && calibration);
    case RecordType::Adjudication:
    case RecordType::Final:
        return kind == BatchKind::Dataset;
    }
    return false;
}

namespace batchformat {

Result<BatchManifest> manifestFromJson(const json &value)
{
    JsonFields fields;
    BatchManifest manifest;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    const QString format = fields.string(*object, "format", {});
    if (!fields.failed() && format != QLatin1StringView(FormatName))
        fields.fail(QStringLiteral("format"), tr("expected \"%1\"").arg(QLatin1StringView(FormatName)));
    const qint64 version = fields.integer(*object, "format_version", {}, JsonFields::Required, 0, 0, maxInt);
    if (!fields.failed() && version != BatchManifest::FormatVersion)
        fields.fail(QStringLiteral("format_version"),
            tr("format version %1 is not supported; this version of Verdict reads version %2 (a newer Verdict "
               "wrote this file?)")
                .arg(version)
                .arg(BatchManifest::FormatVersion));
    if (fields.failed())
        return fields.toError();
    checkKeys(fields, *object, {},
        {"type", "format", "format_version", "batch_id", "revision", "kind", "project", "producer", "created_at",
            "rubric", "annotator", "calibration", "consensus"});
    manifest.batchId = fields.identifier(*object, "batch_id", {});
    if (!fields.failed() && QUuid::fromString(manifest.batchId).isNull())
        fields.fail(QStringLiteral("batch_id"), tr("expected a UUID"));
    manifest.revision = int(fields.integer(*object, "revision", {}, JsonFields::Required, 1, 1, maxInt));
    const QString kind = fields.string(*object, "kind", {});
    if (!fields.failed()) {
        if (const auto k = batchKindFromName(kind))
            manifest.kind = *k;
        else
            fields.fail(QStringLiteral("kind"),
                tr("unknown kind \"%1\"; expected assignment, annotations, gold or dataset").arg(kind));
    }
    if (const json *project = fields.child(*object, "project", {})) {
        checkKeys(fields, *project, QStringLiteral("project"), {"id", "name"});
        manifest.projectId = fields.identifier(*project, "id", QStringLiteral("project"));
        manifest.projectName = fields.string(*project, "name", QStringLiteral("project"));
    }
    if (const json *producer = fields.child(*object, "producer", {})) {
        checkKeys(fields, *producer, QStringLiteral("producer"), {"person", "tool"});
        manifest.producer = fields.identifier(
            *producer, "person", QStringLiteral("producer"), JsonFields::Required, IdentifierKind::Name, true);
        manifest.tool = fields.string(*producer, "tool", QStringLiteral("producer"));
    }
    const QString created = fields.string(*object, "created_at", {}, JsonFields::Optional);
    if (!fields.failed() && !created.isEmpty()) {
        manifest.createdAt = parseIsoTime(created);
        if (!manifest.createdAt.isValid())
            fields.fail(QStringLiteral("created_at"), tr("expected a time like 2026-11-22T10:00:00Z"));
    }
    if (const json *rubric = fields.child(*object, "rubric", {}, JsonFields::Optional)) {
        checkKeys(fields, *rubric, QStringLiteral("rubric"), {"id", "version"});
        manifest.rubricId
            = fields.identifier(*rubric, "id", QStringLiteral("rubric"), JsonFields::Required, IdentifierKind::Key);
        manifest.rubricVersion
            = int(fields.integer(*rubric, "version", QStringLiteral("rubric"), JsonFields::Required, 1, 1, maxInt));
    }
    manifest.annotator = fields.identifier(*object, "annotator", {}, JsonFields::Optional, IdentifierKind::Name, true);
    manifest.calibration = fields.boolean(*object, "calibration", {}, JsonFields::Optional);
    manifest.consensus = fields.string(*object, "consensus", {}, JsonFields::Optional);
    if (!fields.failed() && manifest.kind == BatchKind::Assignment) {
        if (manifest.rubricId.isEmpty())
            fields.fail(QStringLiteral("rubric"), tr("an assignment names the rubric version to work under"));
        else if (manifest.annotator.isEmpty())
            fields.fail(QStringLiteral("annotator"), tr("an assignment names the person it is for"));
    }
    if (!fields.failed() && manifest.calibration && manifest.kind != BatchKind::Assignment)
        fields.fail(QStringLiteral("calibration"), tr("only an assignment can be a calibration batch"));
    if (!fields.failed() && !manifest.consensus.isEmpty() && manifest.kind != BatchKind::Dataset)
        fields.fail(QStringLiteral("consensus"), tr("only a dataset batch holds final answers"));
    if (fields.failed())
        return fields.toError();
    return manifest;
}

json manifestToJson(const BatchManifest &m)
{
    json value{{"format", FormatName}, {"format_version", BatchManifest::FormatVersion}, {"batch_id", toStd(m.batchId)},
        {"revision", m.revision}, {"kind", toStd(batchKindName(m.kind))},
        {"project", {{"id", toStd(m.projectId)}, {"name", toStd(m.projectName)}}},
        {"producer", {{"person", toStd(m.producer)}, {"tool", toStd(m.tool)}}}};
    if (m.createdAt.isValid())
        value["created_at"] = toStd(isoTime(m.createdAt));
    if (!m.rubricId.isEmpty())
        value["rubric"] = {{"id", toStd(m.rubricId)}, {"version", m.rubricVersion}};
    if (!m.annotator.isEmpty())
        value["annotator"] = toStd(m.annotator);
    if (m.calibration)
        value["calibration"] = true;
    if (!m.consensus.isEmpty())
        value["consensus"] = toStd(m.consensus);
    return value;
}

Result<EndRecord> endFromJson(const json &value)
{
    JsonFields fields;
    EndRecord end;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    checkKeys(fields, *object, {}, {"type", "records", "sha256"});
    end.records = fields.integer(*object, "records", {}, JsonFields::Required, 1, 1);
    end.sha256 = fields.string(*object, "sha256", {});
    if (!fields.failed()) {
        static const auto isHex = [](const QString &text) {
            for (const QChar c : text) {
                if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                    return false;
            }
            return true;
        };
        if (end.sha256.size() != 64 || !isHex(end.sha256))
            fields.fail(QStringLiteral("sha256"), tr("expected 64 lowercase hexadecimal digits"));
    }
    if (fields.failed())
        return fields.toError();
    return end;
}

json endToJson(const EndRecord &end)
{
    return json{{"records", end.records}, {"sha256", toStd(end.sha256)}};
}

QString batchId(const QString &projectId, BatchKind kind, const QString &scope)
{
    return QUuid::createUuidV5(batchNamespace(), projectId + u'\n' + batchKindName(kind) + u'\n' + scope)
        .toString(QUuid::WithoutBraces);
}

QString foreignBatchId(const QString &format, const QString &sha256)
{
    return QUuid::createUuidV5(batchNamespace(), QStringLiteral("foreign\n") + format + u'\n' + sha256)
        .toString(QUuid::WithoutBraces);
}

std::string recordLine(std::string_view type, const json &fields)
{
    std::string line = "{\"type\":\"";
    line += type;
    line += '"';
    if (!fields.empty()) {
        const std::string rest = fields.dump();
        line += ',';
        line.append(rest, 1, std::string::npos);
    } else {
        line += '}';
    }
    line += '\n';
    return line;
}

} // namespace batchformat
} // namespace verdict
