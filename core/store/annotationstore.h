#pragma once

#include "domain/annotation.h"
#include "domain/finalanswers.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace verdict {

class Database;
class Statement;

struct AnnotatorSummary
{
    QString annotator;
    QHash<AnnotationStatus, int> byStatus;
    int total() const;
};

// Annotations in a project: one current row per task and annotator, plus the
// history of every revision that left the draft state.
class AnnotationStore final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::AnnotationStore)

public:
    explicit AnnotationStore(Database &database)
        : m_db(database)
    { }

    Result<std::optional<Annotation>> find(const QString &taskId, const QString &annotator) const;
    Result<QList<Annotation>> forTask(const QString &taskId) const;

    // Stores a person's work made here. A draft replaces the current row; a
    // submit, skip or escalation also raises the revision, stamps the time,
    // keeps a copy in the history and notes it in the audit trail. Updates
    // `annotation` with what was stored.
    Result<void> save(Annotation &annotation);

    // Stores an annotation exactly as given (revision and times included), as
    // an import does; a final one is also kept in the history.
    Result<void> store(const Annotation &annotation);

    // Every revision that left the draft state, oldest first.
    Result<QList<Annotation>> history(const QString &taskId, const QString &annotator) const;

    Result<QHash<AnnotationStatus, int>> countByStatus() const;
    Result<QList<AnnotatorSummary>> annotators() const;

    // The tasks that have at least one submitted or escalated annotation, by task id.
    Result<QStringList> reviewableTaskIds() const;
    // One annotator's annotations by status (an index lookup, cheap on any size).
    Result<QHash<AnnotationStatus, int>> countByStatusFor(const QString &annotator) const;
    // Records the active time of a stored annotation without touching its
    // status or revision (time spent looking at finished work counts too).
    Result<void> setActiveSeconds(const QString &taskId, const QString &annotator, double seconds);

    // How many annotations are submitted: by `annotator` only when one is
    // given, under `rubricVersion` only when one is given.
    Result<qint64> countSubmitted(const QString &annotator, std::optional<int> rubricVersion) const;
    // The rubric versions annotations were made under (by `annotator` only
    // when one is given), by id and version.
    Result<QList<RubricVersion>> rubricVersions(const QString &annotator) const;

private:
    Result<qint64> taskRowId(const QString &taskId) const;
    // Runs a query over AnnotationTable's columns and reads its rows.
    Result<QList<Annotation>> list(Statement &query) const;

    Database &m_db;
};

} // namespace verdict
