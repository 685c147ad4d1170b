#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace verdict {

struct AssignmentPlanOptions
{
    QStringList annotators; // distinct names
    int overlap = 1; // how many distinct annotators work every task
    double goldRate = 0; // share of each annotator's batch that is gold, 0 ≤ rate < 1
    quint64 seed = 0; // the same seed and input give the same plan
};

// One annotator's share of an assignment, in the order they will work it.
struct AnnotatorShare
{
    QString annotator;
    QStringList taskIds; // regular and gold tasks mixed, shuffled
    int goldTasks = 0; // how many of taskIds are gold
};

// Splits work between annotators (docs/cli.md, "assign"): every
// regular task goes to `overlap` distinct annotators, loads differ by at most
// one task, gold tasks are mixed into each share at `goldRate` (a share of n
// regular tasks gets round(rate × n / (1 − rate)) gold tasks, no more than
// there are, spread evenly over the gold pool), and each share's order is
// shuffled from the seed. Deterministic: the shuffle is a Fisher–Yates over
// std::mt19937_64, whose output the C++ standard fixes.
class AssignmentPlan final
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentPlan)

public:
    static Result<QList<AnnotatorShare>> make(
        const QStringList &regularTaskIds, const QStringList &goldTaskIds, const AssignmentPlanOptions &options);

    // How many gold tasks a share of `regular` tasks gets at `rate`, before
    // the pool's size caps it.
    static int goldCount(int regular, double rate);
};

} // namespace verdict
