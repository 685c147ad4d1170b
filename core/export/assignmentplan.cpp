#include "export/assignmentplan.h"

#include "domain/validation.h"

#include <QSet>

#include <cmath>
#include <random>

namespace verdict {

namespace {

// Fisher–Yates with the engine's raw output, so that the order depends on
// the seed alone and not on the standard library's distributions.
void shuffle(QStringList &list, std::mt19937_64 &engine)
{
    for (qsizetype i = list.size() - 1; i > 0; --i) {
        const auto j = qsizetype(engine() % quint64(i + 1));
        list.swapItemsAt(i, j);
    }
}

} // namespace

int AssignmentPlan::goldCount(int regular, double rate)
{
    if (rate <= 0 || regular <= 0)
        return 0;
    return int(std::lround(rate * regular / (1.0 - rate)));
}

Result<QList<AnnotatorShare>> AssignmentPlan::make(
    const QStringList &regularTaskIds, const QStringList &goldTaskIds, const AssignmentPlanOptions &options)
{
    const QStringList &people = options.annotators;
    if (people.isEmpty())
        return makeError(tr("name at least one annotator"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString &name = people[i];
        if (name.trimmed().isEmpty())
            return makeError(tr("an annotator's name is empty"));
        // Checked before anything is written: a name the batch reader refuses would never come back.
        if (const QString problem = identifierProblem(name, IdentifierKind::Name); !problem.isEmpty())
            return makeError(tr("the name of annotator %1 %2").arg(i + 1).arg(problem));
        if (seen.contains(name))
            return makeError(tr("annotator %1 is named twice").arg(name));
        seen.insert(name);
    }
    if (options.overlap < 1 || options.overlap > people.size())
        return makeError(tr("the overlap must be between 1 and the number of annotators (%1), not %2")
                             .arg(people.size())
                             .arg(options.overlap));
    if (!(options.goldRate >= 0 && options.goldRate < 1))
        return makeError(tr("the gold rate must be at least 0 and below 1, not %1").arg(options.goldRate));
    if (regularTaskIds.isEmpty())
        return makeError(tr("there are no tasks to assign (gold tasks only go out mixed among others)"));
    if (options.goldRate > 0 && goldTaskIds.isEmpty())
        return makeError(tr("a gold rate needs gold tasks, and the project has none"));

    std::mt19937_64 engine(options.seed);
    QStringList tasks = regularTaskIds;
    tasks.removeDuplicates();
    const qsizetype regular = tasks.size();

    // Gold tasks are tasks like any other: the ones taken from the shuffled
    // pool join the regular ones before the deal, so each goes to K people
    // and sits wherever a regular task could. Nothing about where a task
    // lands tells gold apart.
    QStringList pool = goldTaskIds;
    pool.removeDuplicates();
    shuffle(pool, engine);
    const qsizetype gold = std::min(qsizetype(goldCount(int(regular), options.goldRate)), pool.size());
    const QSet<QString> goldIds(pool.cbegin(), pool.cbegin() + gold);
    tasks << pool.mid(0, gold);
    shuffle(tasks, engine);

    // Slot j·K + r goes to annotator (j·K + r) mod A: K distinct people per
    // task (K ≤ A), and loads that differ by at most one.
    QList<AnnotatorShare> shares;
    for (const QString &name : people)
        shares.append(AnnotatorShare{name, {}, 0});
    const qsizetype a = people.size();
    qsizetype slot = 0;
    for (const QString &task : std::as_const(tasks)) {
        for (int r = 0; r < options.overlap; ++r) {
            AnnotatorShare &share = shares[slot++ % a];
            share.taskIds.append(task);
            if (goldIds.contains(task))
                ++share.goldTasks;
        }
    }
    for (AnnotatorShare &share : shares)
        shuffle(share.taskIds, engine);
    return shares;
}

} // namespace verdict
