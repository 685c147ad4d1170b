#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace verdict {

enum class AnnotationStatus { Draft, Submitted, Skipped, Escalated };

QString annotationStatusName(AnnotationStatus status);
std::optional<AnnotationStatus> annotationStatusFromName(const QString &name);

// One person's work on one task under one rubric version. The answers are
// keyed by criterion; their shapes are those of the batch format
// (docs/batch-format.md) and are read through answers.h.
struct Annotation
{
    qint64 rowId = 0;
    QString taskId; // the task's external id
    QString annotator;
    QString rubricId;
    int rubricVersion = 0;
    nlohmann::json answers = nlohmann::json::object();
    AnnotationStatus status = AnnotationStatus::Draft;
    int revision = 0;
    QDateTime startedAt;
    QDateTime submittedAt;
    QDateTime updatedAt;
    double activeSeconds = 0;
    QString note; // the reason for a skip or the note of an escalation
    QString batchId; // the batch it arrived in; empty when made in this project
};

// The adjudicated truth for a task, kept in the lead's project.
struct GoldAnswer
{
    QString taskId;
    QString rubricId;
    int rubricVersion = 0;
    nlohmann::json answers = nlohmann::json::object();
    QString rationale;
    QString author;
    QDateTime createdAt;
};

enum class DecisionSource { Annotator, Consensus, Lead };

QString decisionSourceName(DecisionSource source);
std::optional<DecisionSource> decisionSourceFromName(const QString &name);

// The final answer for one criterion of one task.
struct Adjudication
{
    QString taskId;
    QString criterion; // empty: the task's escalation is resolved, and the answer is resolvedEscalation()
    nlohmann::json answer;
    DecisionSource source = DecisionSource::Lead;
    QString sourceAnnotator; // when the source is an annotator
    QString rationale;
    QString decidedBy;
    QDateTime decidedAt;
    bool example = false; // part of the edge-case catalogue
};

// The answer of a decision without a criterion: the task's escalation is resolved.
inline nlohmann::json resolvedEscalation()
{
    return {{"resolved", true}};
}

// One line of the append-only audit trail.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // import, submit, adjudicate, publish, export…
    nlohmann::json detail = nlohmann::json::object();
};

} // namespace verdict
