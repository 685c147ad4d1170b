#include "import/batchrecordmapper.h"

#include "codecs/annotationjson.h"
#include "codecs/jsonfields.h"
#include "codecs/jsontext.h"
#include "codecs/rubricjson.h"
#include "codecs/taskjson.h"
#include "util/timeutil.h"

namespace verdict {

RecordMapper::Policy BatchRecordMapper::policy() const
{
    return Policy{false, false, RecordReader::Digest::BeforeLastLine};
}

Result<void> BatchRecordMapper::start(const RecordReader &reader)
{
    m_fileName = reader.fileName();
    if (reader.layout() != RecordReader::Layout::Lines)
        return makeError(tr("not a batch file: it holds a JSON array, not one record per line"), m_fileName, 1, 1);
    return {};
}

Result<void> BatchRecordMapper::map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out)
{
    m_lastLine = place.line;
    if (m_ended)
        return makeError(
            tr("a record after the end record; the end record must be the last line"), place.file, int(place.line), 1);
    if (!record.is_object())
        return fieldError({}, tr("expected a JSON object, found %1").arg(JsonFields::typeName(record)));
    const auto typeIt = record.find("type");
    if (typeIt == record.end())
        return fieldError({}, tr("the record has no \"type\""));
    if (!typeIt->is_string())
        return fieldError(QStringLiteral("type"), tr("expected a string"));
    const auto type = recordTypeFromName(typeIt->get_ref<const std::string &>());
    if (!type)
        return fieldError(QStringLiteral("type"),
            tr("unknown record type \"%1\"; expected manifest, rubric, task, annotation, gold, adjudication, final or "
               "end")
                .arg(fromStd(typeIt->get_ref<const std::string &>())));

    if (place.line == 1) {
        if (*type != RecordType::Manifest)
            return fieldError(QStringLiteral("type"),
                tr("a batch starts with its manifest; found a %1 record").arg(recordTypeName(*type)));
        auto manifest = batchformat::manifestFromJson(record);
        if (!manifest)
            return manifest.error();
        m_manifest = *manifest;
        out.items.push_back(ImportItem{place.line, place.column, m_manifest});
        return {};
    }
    if (auto admitted = admit(*type); !admitted)
        return admitted;

    switch (*type) {
    case RecordType::Manifest:
        break;
    case RecordType::Rubric: {
        record.erase("type");
        // When the producing project published the version: a batch field, not part of the rubric file format.
        QDateTime publishedAt;
        if (const auto at = record.find("published_at"); at != record.end()) {
            if (!at->is_string())
                return fieldError(
                    QStringLiteral("published_at"), tr("expected a string, found %1").arg(JsonFields::typeName(*at)));
            publishedAt = parseIsoTime(fromStd(at->get_ref<const std::string &>()));
            if (!publishedAt.isValid())
                return fieldError(QStringLiteral("published_at"), tr("expected a time like 2026-11-22T10:00:00Z"));
            record.erase(at);
        }
        auto rubric = rubricjson::fromJson(record);
        if (!rubric)
            return rubric.error();
        // A rubric file may leave its version to publishing; a batch carries published versions.
        if (rubric->version < 1)
            return fieldError(QStringLiteral("version"), tr("missing; a rubric record carries its published version"));
        rubric->publishedAt = publishedAt;
        if (rubric->id == m_manifest.rubricId && rubric->version == m_manifest.rubricVersion)
            m_sawAssignedRubric = true;
        rubric->status = RubricStatus::Published;
        out.items.push_back(ImportItem{place.line, place.column, ImportRubric{std::move(rubric).value(), false}});
        break;
    }
    case RecordType::Task: {
        if (auto row = TaskRow::fromPlainRecord(record)) {
            out.items.push_back(ImportItem{place.line, place.column, std::move(*row)});
            break;
        }
        auto task = taskjson::fromJson(record);
        if (!task)
            return task.error();
        out.items.push_back(ImportItem{place.line, place.column, TaskRow::fromTask(*task)});
        break;
    }
    case RecordType::Annotation: {
        auto annotation = annotationjson::annotationFromJson(record, m_manifest.rubricId);
        if (!annotation)
            return annotation.error();
        out.items.push_back(ImportItem{place.line, place.column, std::move(annotation).value()});
        break;
    }
    case RecordType::Gold: {
        auto gold = annotationjson::goldFromJson(record, m_manifest.rubricId);
        if (!gold)
            return gold.error();
        out.items.push_back(ImportItem{place.line, place.column, std::move(gold).value()});
        break;
    }
    case RecordType::Adjudication: {
        auto decision = annotationjson::adjudicationFromJson(record);
        if (!decision)
            return decision.error();
        out.items.push_back(ImportItem{place.line, place.column, std::move(decision).value()});
        break;
    }
    case RecordType::Final: {
        // Derived data: the importer works final answers out again from the
        // annotations and decisions; the record is checked, not stored.
        JsonFields fields;
        fields.identifier(record, "task", {});
        fields.child(record, "answers", {});
        if (fields.failed())
            return fields.toError();
        break;
    }
    case RecordType::End: {
        auto end = batchformat::endFromJson(record);
        if (!end)
            return end.error();
        if (end->records != place.line - 1)
            return fieldError(QStringLiteral("records"),
                tr("the end record counts %1 records but %2 lines come before it; the file is incomplete or was "
                   "changed")
                    .arg(end->records)
                    .arg(place.line - 1));
        m_end = *end;
        m_ended = true;
        m_endLine = place.line;
        m_digestColumn
            = jsontext::positionOf(place.text, jsontext::locate(place.text, QStringLiteral("sha256"))).column;
        break;
    }
    }
    return {};
}

Result<void> BatchRecordMapper::admit(RecordType type)
{
    if (type == RecordType::Manifest)
        return fieldError(QStringLiteral("type"), tr("a second manifest; a batch has one, on its first line"));
    if (type < m_last)
        return fieldError(QStringLiteral("type"),
            tr("a %1 record after %2 records; records come in the order rubric, task, annotation, gold, adjudication, "
               "final")
                .arg(recordTypeName(type), recordTypeName(m_last)));
    if (!kindAllows(m_manifest.kind, type, m_manifest.calibration))
        return fieldError(QStringLiteral("type"),
            tr("%1 records do not belong in a batch of kind %2")
                .arg(recordTypeName(type), batchKindName(m_manifest.kind)));
    if (m_manifest.kind == BatchKind::Assignment && type > RecordType::Rubric && !m_sawAssignedRubric)
        return fieldError(QStringLiteral("type"),
            tr("the assignment's rubric %1 version %2 must come before its tasks")
                .arg(m_manifest.rubricId)
                .arg(m_manifest.rubricVersion));
    m_last = type;
    return {};
}

Result<bool> BatchRecordMapper::mapText(std::string_view text, const RecordPlace &place, ImportChunk &out)
{
    if (place.line == 1 || m_ended)
        return false;
    auto row = TaskRow::fromPlainText(text);
    if (!row)
        return false;
    m_lastLine = place.line;
    if (auto admitted = admit(RecordType::Task); !admitted)
        return admitted.error();
    out.items.push_back(ImportItem{place.line, place.column, std::move(*row)});
    return true;
}

Result<void> BatchRecordMapper::finish(const RecordReader &reader, ImportChunk &out)
{
    const qint64 lines = reader.lineCount();
    if (lines == 0)
        return makeError(tr("the file is empty; a batch starts with its manifest"), m_fileName, 1, 1);
    if (!m_ended)
        return makeError(tr("no end record: the file is incomplete (was it cut short?)"), m_fileName, int(lines), 1);
    if (reader.digest() != m_end.sha256)
        return makeError(tr("the digest does not match: the file was changed or damaged after it was written "
                            "(sha256 of the content is %1)")
                             .arg(reader.digest()),
            m_fileName, int(m_endLine), m_digestColumn);
    if (m_manifest.kind == BatchKind::Assignment && !m_sawAssignedRubric)
        return makeError(tr("the assignment has no record of its rubric %1 version %2")
                             .arg(m_manifest.rubricId)
                             .arg(m_manifest.rubricVersion),
            m_fileName, int(m_endLine), 1);
    out.items.push_back(ImportItem{m_endLine, 1, m_end});
    return {};
}

} // namespace verdict
