#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"
#include "domain/validation.h"
#include "import/importitem.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>

namespace verdict {

// The key a rubric version is known by in an import: its id and version.
QString rubricKey(const QString &id, int version);

// The checks of a batch's records beyond their shape that need no project
// (docs/batch-format.md, "Reading"), in one place for `verdict verify` and
// every import: a batch that carries what its records are about and
// verifies imports into a new project, and a bad one is refused by both at
// the same line, column and message. The caller
// finds what a record is about (verify in the batch itself, an import in the
// project too) and hands it in; the checks that need what is not known are
// left out.
class BatchChecker final
{
    Q_DECLARE_TR_FUNCTIONS(BatchChecker)

public:
    explicit BatchChecker(const QString &fileName);

    // A rubric record: one id and version twice in a batch must be the same
    // rubric. The batch's rubrics are kept for rubricOfBatch().
    Result<void> rubric(const ImportItem &item, const Rubric &rubric);
    // A rubric version this batch carried before the current record, or null.
    const Rubric *rubricOfBatch(const QString &id, int version) const;

    // The refusal of a task record whose id came earlier in the same file
    // with another `part` (context, responses or meta).
    Error taskTwice(const ImportItem &item, const QString &taskId, const QString &part) const;

    // The answers of an annotation or gold answer against the rubric version
    // it names and, when known, its task.
    Result<void> annotation(
        const ImportItem &item, const Annotation &annotation, const Rubric &rubric, const TaskShape *task) const;
    Result<void> gold(
        const ImportItem &item, const GoldAnswer &gold, const Rubric &rubric, const TaskShape *task) const;
    // A decision against the rubric version its task's final answers follow
    // (decisionRubricVersion() in finalanswers.h) and, when known, its task.
    Result<void> decision(
        const ImportItem &item, const Adjudication &decision, const Rubric &rubric, const TaskShape *task) const;

    // An error about a record: its line, and the column of `field` (a path
    // like "answers.spans.b[0].label") in the record's text.
    Error at(const ImportItem &item, const QString &message, const QString &field = {}) const;

private:
    Result<void> answers(const ImportItem &item, const Rubric &rubric, const TaskShape *task,
        const nlohmann::json &answers, Completeness completeness) const;

    QString m_fileName;
    QHash<QString, Rubric> m_rubrics; // "id\nversion" -> the batch's rubric
};

} // namespace verdict
