#pragma once

#include "domain/annotation.h"
#include "domain/task.h"
#include "domain/validation.h"
#include "import/importitem.h"
#include "import/recordmapper.h"

#include <nlohmann/json.hpp>

// Helpers the foreign format mappers share (docs/formats.md).
namespace verdict::foreign {

// A task id that follows from content, so the same content imported twice
// is the same task: PREFIX-<16 hex digits of SHA-256 of the JSON text>.
QString contentId(const QString &prefix, const nlohmann::json &content);

// A task of one text to mark up (doccano, Prodigy): the text as response "a",
// the record's meta (when it has one), and an id that follows from both.
Task textTask(const QString &prefix, const QString &text, const nlohmann::json *meta);

// The two responses of a preference pair, named "a" and "b" in the order of
// their text (not of which one won, which would give the answer away): by
// their final replies, then by their earlier turns.
struct Pair
{
    QList<Response> responses;
    QString chosen;
    QString rejected;
};
Pair pair(const QString &chosen, const QString &rejected);
Pair pair(Response chosen, Response rejected);

// An imported answer: submitted, revision 1, under the format's built-in rubric
// (its version is settled when the import publishes the rubric).
Annotation annotation(const QString &taskId, const QString &annotator, const QString &rubricId, nlohmann::json answers,
    AnnotationStatus status = AnnotationStatus::Submitted);

// The person to credit: the record's own, else the one chosen for the import, else the format's name.
QString annotator(const QString &own, const QString &chosen, const QString &format);

// Adds a task and its answers to the chunk, with the record's position.
void push(ImportChunk &out, const RecordPlace &place, const Task &task);
void push(ImportChunk &out, const RecordPlace &place, Annotation annotation);

// A warning with the record's position, or the position of `field` in it.
void warn(ImportChunk &out, const RecordPlace &place, const QString &message);
void warn(ImportChunk &out, const RecordPlace &place, const QString &field, const QString &message);

// An id or a name the record gives in `field`, held to the rule a batch's ids
// and names follow (identifierProblem() in validation.h), so that what comes in
// can go out again in a batch.
Result<QString> identifier(const QString &value, const QString &field, IdentifierKind kind = IdentifierKind::Id);

// The text of a message's content: a string, or the text parts of a list of
// parts (OpenAI style). Null gives an empty text. Errors name `path`.
Result<QString> contentText(const nlohmann::json &content, const QString &path);

} // namespace verdict::foreign
