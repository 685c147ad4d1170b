#include "workflow/adjudicationqueue.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"
#include "domain/finalanswers.h"
#include "store/project.h"

#include <QCoreApplication>

#include <algorithm>

namespace verdict {

namespace {

// An annotator escalated the task, or raised a flag with "escalate".
bool isEscalated(const Rubric &rubric, const QList<Annotation> &annotations)
{
    for (const Annotation &a : annotations) {
        if (a.status == AnnotationStatus::Escalated)
            return true;
        if (a.status != AnnotationStatus::Submitted)
            continue;
        for (const Criterion &c : rubric.criteria) {
            if (c.kind != CriterionKind::Flags)
                continue;
            const auto it = a.answers.find(toStd(c.key));
            if (it == a.answers.end())
                continue;
            const auto anyEscalated = [](const nlohmann::json &value) {
                const auto flags = answers::flags(value);
                return flags && std::any_of(flags->cbegin(), flags->cend(), [](const Flag &f) { return f.escalate; });
            };
            if (c.per == Scope::Task ? anyEscalated(*it) : std::any_of(it->begin(), it->end(), anyEscalated))
                return true;
        }
    }
    return false;
}

} // namespace

Result<QList<QueueEntry>> buildAdjudicationQueue(
    Project &project, const ConsensusRule &rule, const QueueFilter &filter, const ProgressCallback &progress)
{
    auto ids = project.annotations().reviewableTaskIds();
    if (!ids)
        return ids.error();
    FinalAnswers finals(project, rule);
    QList<QueueEntry> entries;
    qint64 done = 0;
    for (const QString &id : *ids) {
        if (progress && !progress(done, ids->size()))
            return makeError(QCoreApplication::translate("verdict::AdjudicationQueue", "cancelled"));
        ++done;
        if (!filter.text.isEmpty() && !id.contains(filter.text, Qt::CaseInsensitive))
            continue;
        auto task = project.tasks().byId(id);
        if (!task)
            return task.error();
        auto annotations = project.annotations().forTask(id);
        if (!annotations)
            return annotations.error();
        auto decisions = project.adjudications().forTask(id);
        if (!decisions)
            return decisions.error();
        const auto decidedCriterion = [&](const QString &criterion) {
            return std::any_of(decisions->cbegin(), decisions->cend(),
                [&](const Adjudication &d) { return d.criterion == criterion; });
        };
        auto rubric = finals.rubricFor(*annotations);
        if (!rubric)
            return rubric.error();
        // A task escalated before anything was submitted still needs the lead.
        if (!rubric.value()) {
            if (std::any_of(annotations->cbegin(), annotations->cend(),
                    [](const Annotation &a) { return a.status == AnnotationStatus::Escalated; })) {
                QueueEntry entry{id, {}, {}, 0, true, int(annotations->size()), decidedCriterion(QString())};
                if (!(filter.undecidedOnly && entry.decided) && filter.criterion.isEmpty())
                    entries << entry;
            }
            continue;
        }
        const bool escalated = isEscalated(*rubric.value(), *annotations);
        if (filter.escalatedOnly && !escalated)
            continue;
        const QList<CriterionOutcome> outcomes = compareAnnotations(*rubric.value(), **task, *annotations, rule);
        bool listed = false;
        for (const CriterionOutcome &outcome : outcomes) {
            if (!outcome.reconcilable || outcome.annotators.isEmpty() || outcome.agreed)
                continue;
            QueueEntry entry;
            entry.taskId = id;
            entry.criterion = outcome.criterion;
            entry.criterionTitle = rubric.value()->criterion(outcome.criterion)->title;
            entry.disagreement = outcome.disagreement;
            entry.escalated = escalated;
            entry.annotators = int(outcome.annotators.size());
            entry.decided = decidedCriterion(outcome.criterion);
            listed = true;
            if (filter.undecidedOnly && entry.decided)
                continue;
            if (!filter.criterion.isEmpty() && filter.criterion != entry.criterion)
                continue;
            if (entry.disagreement < filter.minDisagreement)
                continue;
            entries << entry;
        }
        // An escalation with nothing to reconcile is still the lead's to look at.
        if (escalated && !listed && filter.criterion.isEmpty()) {
            QueueEntry entry{id, {}, {}, 0, true, int(annotations->size()), decidedCriterion(QString())};
            if (!(filter.undecidedOnly && entry.decided))
                entries << entry;
        }
    }
    if (progress)
        progress(done, ids->size());
    std::stable_sort(entries.begin(), entries.end(), [](const QueueEntry &a, const QueueEntry &b) {
        if (a.escalated != b.escalated)
            return a.escalated;
        return a.disagreement > b.disagreement;
    });
    return entries;
}

} // namespace verdict
