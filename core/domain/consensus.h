#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"
#include "domain/task.h"

#include <QList>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace verdict {

// When the annotators' answers to a criterion count as agreed, without a lead
// deciding. See docs/adjudication.md for the rule for each criterion kind.
struct ConsensusRule
{
    enum class Kind { Unanimous, Majority };
    Kind kind = Kind::Majority;
    // Majority: the share of annotators that must give the same answer, more
    // than this (0.5 = a strict majority; 2 of 3 agree, 1 of 2 does not).
    double share = 0.5;
    // Fewer annotators than this never make a consensus. With 1, a task
    // labelled by one person takes that person's answers.
    int minAnnotators = 1;

    // Whether `votes` of `total` annotators carry an answer.
    bool carries(int votes, int total) const;
    // Whether `votes` of `total` settle that an answer is NOT given (for the
    // parts of set-like answers: spans, options, flag categories).
    bool rejects(int votes, int total) const;
    // "unanimous, min 2" or "majority > 0.5, min 1": how the rule is named in
    // batch manifests and reports.
    QString describe() const;
};

// One criterion of one task across its annotators.
struct CriterionOutcome
{
    QString criterion;
    CriterionKind kind = CriterionKind::Text;
    QStringList annotators; // who answered it, sorted
    std::optional<nlohmann::json> agreed; // the consensus answer, when the rule is met
    // 0 when everyone gave the same answer, up to 1; the queue sorts by it.
    double disagreement = 0;
    // Kinds that are commentary (text) are never reconciled.
    bool reconcilable = true;
};

// Compares the submitted annotations of one task, criterion by criterion.
// Annotations that are not submitted are ignored.
QList<CriterionOutcome> compareAnnotations(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const ConsensusRule &rule);

} // namespace verdict
