#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

// The batch format, version 1 (docs/batch-format.md): one UTF-8 JSONL file,
// a manifest first and an end record last.
namespace verdict {

enum class BatchKind { Assignment, Annotations, Gold, Dataset };

QString batchKindName(BatchKind kind);
std::optional<BatchKind> batchKindFromName(const QString &name);

// The record types of a batch, in the order they must appear.
enum class RecordType { Manifest, Rubric, Task, Annotation, Gold, Adjudication, Final, End };

QString recordTypeName(RecordType type);
std::optional<RecordType> recordTypeFromName(std::string_view name);
// Whether a batch of `kind` may hold records of `type` (manifest and end aside).
bool kindAllows(BatchKind kind, RecordType type, bool calibration);

struct BatchManifest
{
    static constexpr int FormatVersion = 1;

    QString batchId;
    int revision = 1;
    BatchKind kind = BatchKind::Dataset;
    QString projectId;
    QString projectName;
    QString producer; // the person who wrote the batch
    QString tool; // "verdict 0.1.0"
    QDateTime createdAt;
    QString rubricId; // the rubric the batch is about; empty when none
    int rubricVersion = 0;
    QString annotator; // assignment: who it is for; annotations: whose work, when one person's
    bool calibration = false; // assignment: gold answers included
    QString consensus; // dataset with final records: the consensus rule they follow ("majority>0.5, min 1")
};

namespace batchformat {

inline constexpr const char *FormatName = "verdict-batch";

// Reads and checks a manifest record. Errors name the field path.
Result<BatchManifest> manifestFromJson(const nlohmann::json &json);
nlohmann::json manifestToJson(const BatchManifest &manifest);

struct EndRecord
{
    qint64 records = 0; // lines before the end record, the manifest included
    QString sha256; // hex digest of every byte before the end record's line
};

Result<EndRecord> endFromJson(const nlohmann::json &json);
nlohmann::json endToJson(const EndRecord &end);

// A batch id that follows from what the batch holds, so writing the same
// batch again gives the same id: a name-based (version 5) UUID of the
// project id, the kind and the scope (whose work, which tasks).
QString batchId(const QString &projectId, BatchKind kind, const QString &scope);

// The id of a foreign file's import: a name-based UUID of its format and digest.
QString foreignBatchId(const QString &format, const QString &sha256);

// One line of a batch: the record with "type" first and the other keys
// sorted, no spaces, ending in a line feed. The same record gives the same bytes.
std::string recordLine(std::string_view type, const nlohmann::json &fields);

} // namespace batchformat
} // namespace verdict
