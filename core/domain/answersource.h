#pragma once

#include "domain/rubric.h"
#include "domain/task.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

namespace verdict {

// Where a set of answers came from, carried into every exported record.
struct Lineage
{
    QStringList annotators;
    QString rubricId;
    int rubricVersion = 0;
    QStringList batchIds; // the batches the answers arrived in
    // Final answers only: criterion -> {"source": annotator | consensus | lead,
    // "annotator", "decided_by", "rationale"}; and the criteria still undecided.
    nlohmann::json sources;
    QStringList undecided;
    nlohmann::json authoring; // authored examples: author, revision, tags and reviewer decisions; null otherwise
};

// One task with one set of answers to export, and the rubric they follow.
struct AnsweredTask
{
    Task task;
    Rubric rubric;
    nlohmann::json answers = nlohmann::json::object();
    Lineage lineage;
};

// Gives the answers a training-data export writes, one task at a time in
// task id order. A source may be one annotator's submitted work, everyone's,
// or the final answers of adjudication; the formats do not care.
class AnswerSource
{
public:
    virtual ~AnswerSource() = default;
    // How many sets of answers next() will give, for progress.
    virtual Result<qint64> count() = 0;
    // The next set, or false when there are no more.
    virtual Result<bool> next(AnsweredTask &answered) = 0;
};

} // namespace verdict
