#pragma once

#include "domain/consensus.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace verdict {

class Project;

// One thing for the lead to decide: a criterion of a task where the
// annotators disagree, or a task someone escalated.
struct QueueEntry
{
    QString taskId;
    QString criterion; // empty for an escalation of the whole task
    QString criterionTitle;
    double disagreement = 0;
    bool escalated = false;
    int annotators = 0;
    bool decided = false; // the lead has recorded a decision for it
};

struct QueueFilter
{
    QString criterion; // only this criterion, when set
    bool undecidedOnly = true; // leave out what the lead has decided
    bool escalatedOnly = false;
    double minDisagreement = 0; // leave out entries below this
    QString text; // in the task id, case-insensitive
};

// Reports progress (tasks done, tasks in all); returning false cancels, and
// the work then ends with a "cancelled" error.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// The adjudication queue: escalated tasks first, then by how much the
// annotators disagree, most first; ties by task id and criterion order.
Result<QList<QueueEntry>> buildAdjudicationQueue(
    Project &project, const ConsensusRule &rule, const QueueFilter &filter, const ProgressCallback &progress = {});

} // namespace verdict
