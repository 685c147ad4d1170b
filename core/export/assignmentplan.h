#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace verdict {

struct AssignmentPlanOptions
{
    QStringList annotators; // distinct names
    int overlap = 1; // how many distinct annotators work every task
    double goldRate = 0; // share of the tasks handed out that are gold, 0 ≤ rate < 1
    quint64 seed = 0; // the same seed and input give the same plan
};

// One annotator's share of an assignment, in the order they will work it.
struct AnnotatorShare
{
    QString annotator;
    QStringList taskIds; // regular and gold tasks mixed, shuffled
    int goldTasks = 0; // how many of taskIds are gold
};

// Splits work between annotators (docs/cli.md, "assign"): every task goes
// to `overlap` distinct annotators and loads differ by at most one task.
// Gold tasks go out exactly like regular ones: round(rate × n / (1 − rate))
// of them for n regular tasks (no more than the pool holds) join the regular
// tasks before they are dealt, so each gold task also goes to `overlap`
// people, and gold is `goldRate` of the work over all. Each share's order is
// shuffled from the seed. Annotator names must be valid names (validation.h).
// Deterministic: the shuffle is a Fisher–Yates over std::mt19937_64, whose
// output the C++ standard fixes.
class AssignmentPlan final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentPlan)

public:
    static Result<QList<AnnotatorShare>> make(
        const QStringList &regularTaskIds, const QStringList &goldTaskIds, const AssignmentPlanOptions &options);

    // How many gold tasks go out with `regular` regular tasks at `rate`,
    // before the pool's size caps it.
    static int goldCount(int regular, double rate);
};

} // namespace verdict
