#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

namespace verdict {

// The kinds of names that files carry and people type, each with a length
// limit (docs/batch-format.md, "Names and ids"). Every reader, `verdict
// assign` and the fields of the workbench check them here.
enum class IdentifierKind {
    Id, // a task, response, batch or project id
    Name, // a person (annotator, author, producer) or an assignment round's label
    Key, // a rubric id; a criterion, option, label, category, severity or taxonomy key
};

// The longest an identifier of `kind` may be, in characters (code points).
qsizetype maxIdentifierLength(IdentifierKind kind);

// What is wrong with `text` as an identifier of `kind`, or an empty string
// when nothing is: it must not be empty or blank, hold control characters,
// or be longer than maxIdentifierLength().
QString identifierProblem(const QString &text, IdentifierKind kind);

enum class Completeness {
    Draft, // shapes and ranges only: work in progress may leave things out
    Submit, // also every required criterion answered in full
};

// What answers are checked against in a task: its id, and its responses'
// ids with their lengths in code points.
struct TaskShape
{
    struct Response
    {
        QString id;
        qint64 length = 0;
    };
    QString id;
    QList<Response> responses;

    static TaskShape of(const Task &task);
    const Response *response(const QString &responseId) const;
};

// Checks answers against the rubric version they were made under and the
// task they are about. Each problem names the answer's path in `field`
// ("helpfulness.b", "hallucination.a[0].end") and says what is wrong.
QList<Error> validateAnswers(
    const Rubric &rubric, const Task &task, const nlohmann::json &answers, Completeness completeness);
// The same against the task's shape; without one (a batch checked without
// the task it is about) the checks that need the task's responses are left
// out, and every other check is made.
QList<Error> validateAnswers(
    const Rubric &rubric, const TaskShape *task, const nlohmann::json &answers, Completeness completeness);
// The same for an annotation's answers.
QList<Error> validateAnswers(
    const Rubric &rubric, const Task &task, const Annotation &annotation, Completeness completeness);

} // namespace verdict
