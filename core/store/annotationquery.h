#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace verdict {

class Database;

// Which annotations an analysis reads: those made under one rubric, and
// optionally under some of its versions only.
struct AnnotationScope
{
    QString rubricId; // empty: any rubric
    QList<int> rubricVersions; // empty: any version
};

// One criterion's answers from many annotations (or gold answers), read in
// bulk. Columnar: row i is task[i], annotator[i], response[i] and either
// number[i] or json[i]. Rows come grouped by task, then response, then
// annotator.
struct CriterionAnswers
{
    QStringList annotators; // annotator index -> name
    QStringList responseIds; // response index -> response id
    QStringList texts; // for text answers (a choice): number[i] is an index into this
    std::vector<qint64> task; // task row id
    std::vector<qint32> annotator;
    std::vector<qint32> response; // -1 for a criterion answered per task
    std::vector<double> number;
    std::vector<std::string> json; // the answer as JSON text; empty when it is absent

    std::size_t size() const { return task.size(); }
};

// How `CriterionAnswers` should hold the values.
enum class AnswerForm {
    Number, // numbers only (ratings); other values are left out
    Text, // strings only (a choice), interned into `texts`
    Json, // the criterion's whole value as JSON text, one row per annotation
};

// One annotation's timing and outcome, for throughput and time per task.
struct ActivityRecord
{
    qint64 task = 0;
    qint32 annotator = 0;
    AnnotationStatus status = AnnotationStatus::Draft;
    qint64 startedAt = 0; // seconds since the epoch, 0 when unknown
    qint64 submittedAt = 0;
    double activeSeconds = 0;
    qint32 batch = -1; // index into ActivityLog::batches, -1 when made in this project
    int rubricVersion = 0;
};

struct ActivityLog
{
    QStringList annotators;
    QStringList batches;
    std::vector<ActivityRecord> records;
};

// A rubric version that annotations were made under, with how many.
struct RubricUse
{
    QString rubricId;
    int version = 0;
    qint64 submitted = 0;
};

// Bulk reads for metrics: the answers to one criterion over a whole project
// at once, with SQLite extracting the criterion's value so the rest of each
// annotation's JSON is never parsed in C++ (docs/performance.md).
class AnnotationQuery final
{
public:
    explicit AnnotationQuery(Database &database)
        : m_db(database)
    { }

    // The answers to `criterion` in submitted annotations within `scope`. A
    // per-response criterion gives one row per answered response; with
    // AnswerForm::Json it gives one row per annotation holding the whole
    // per-response object (so an annotation that left it out still counts).
    Result<CriterionAnswers> answers(
        const QString &criterion, Scope per, AnswerForm form, const AnnotationScope &scope) const;

    // The same for gold answers; their annotator is "gold".
    Result<CriterionAnswers> goldAnswers(const QString &criterion, Scope per, AnswerForm form) const;

    // Every task's meta[key] as text ("" when absent), by task row id.
    Result<QHash<qint64, QString>> taskMeta(const QString &key) const;
    // Every task's models, by task row id and response id. Read once and kept
    // for the life of this object: analyses that share a query share the read.
    Result<QHash<qint64, QHash<QString, QString>>> responseModels() const;
    // The keys used in task metadata, sorted.
    Result<QStringList> metaKeys() const;
    // Every task's external id, by task row id.
    Result<QHash<qint64, QString>> taskIds() const;

    // Every annotation that left the draft state (submitted, skipped, escalated) within `scope`.
    Result<ActivityLog> activity(const AnnotationScope &scope) const;

    // The rubric versions that submitted annotations were made under.
    Result<QList<RubricUse>> rubricsInUse() const;

    // answers() reads an annotation table of at least `minimumRows` rows in
    // `parts` parts on as many threads (0: one per core, at most 4).
    void setParallelism(int parts, qint64 minimumRows)
    {
        m_parts = parts;
        m_parallelFrom = minimumRows;
    }

private:
    Database &m_db;
    int m_parts = 0;
    qint64 m_parallelFrom = 200000;
    mutable std::optional<QHash<qint64, QHash<QString, QString>>> m_models;
};

} // namespace verdict
