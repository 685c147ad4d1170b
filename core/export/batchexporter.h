#pragma once

#include "codecs/batchformat.h"
#include "domain/consensus.h"
#include "domain/finalanswers.h"
#include "domain/rubric.h"
#include "export/exportreport.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace verdict {

class Project;
class JsonlWriter;
class Sha256;

// One annotator's assignment: the tasks they will work, in queue order, under
// one published rubric version.
struct AssignmentSpec
{
    QString annotator;
    QStringList taskIds;
    QString rubricId;
    int rubricVersion = 0;
    bool withGold = false; // a calibration batch: the tasks' gold answers travel with them
    QString label; // tells apart several batches for one annotator ("round 2"); part of the batch id
};

// Writes batch files (docs/batch-format.md) from a project. The same project
// content gives the same bytes: the batch id follows from the project, kind
// and scope; created_at is the latest time among the records; the revision
// stays while the content does and goes up by one when it changes (exports
// are remembered in the audit trail).
//
// A file on disk means a recorded export: each batch is written whole to a
// temporary file beside its destination, recorded in the audit trail, and
// only then moved into place. An export that cannot be recorded leaves no
// file, and the revision is checked again when it is recorded, so that one
// batch id and revision never stand for two contents.
class BatchExporter final
{
    Q_DECLARE_TR_FUNCTIONS(BatchExporter)

public:
    explicit BatchExporter(Project &project);
    ~BatchExporter();
    BatchExporter(const BatchExporter &) = delete;
    BatchExporter &operator=(const BatchExporter &) = delete;

    // Keeps the batches written from now on out of place: each waits,
    // complete, in its temporary file until publish() records them all in
    // one transaction and then moves them into place, or until discard() or
    // the exporter's end removes them. For writing several files all or none.
    void hold();
    // Records what is held and puts it in place; holding ends.
    Result<void> publish();
    // Removes what is held; holding ends.
    void discard();

    Result<ExportReport> writeAssignment(
        const AssignmentSpec &spec, const QString &fileName, const ExportOptions &options);
    // Every annotation, or one annotator's when `annotator` is set.
    Result<ExportReport> writeAnnotations(
        const QString &annotator, const QString &fileName, const ExportOptions &options);
    // The gold answers with their tasks.
    Result<ExportReport> writeGold(const QString &fileName, const ExportOptions &options);
    // Everything: rubrics, tasks, annotations, gold answers and the lead's
    // decisions; with `final`, also each task's final answers under that
    // consensus rule, with their lineage (docs/batch-format.md, "final").
    Result<ExportReport> writeDataset(const QString &fileName, const ExportOptions &options,
        const std::optional<ConsensusRule> &final = std::nullopt);

    // A task record's line, built from the stored column texts without parsing them.
    static std::string taskLine(
        std::string_view id, std::string_view context, std::string_view responses, std::string_view meta);

private:
    enum class Tasks { None, All, WithGold, Listed };
    struct Plan
    {
        BatchManifest manifest;
        QList<Rubric> rubrics;
        Tasks tasks = Tasks::None;
        QStringList taskIds; // Listed
        bool annotations = false;
        QString annotator; // empty: everyone's
        bool gold = false;
        bool adjudications = false;
        std::optional<ConsensusRule> finals;
    };

    // A batch written whole beside its destination, not yet recorded nor in place.
    struct Staged;

    Result<ExportReport> write(Plan plan, const QString &fileName, const ExportOptions &options);
    Result<Staged> stage(Plan &plan, const QString &fileName, const ExportOptions &options);
    // Records the batches in the audit trail in one transaction; false (and
    // nothing recorded) when another export of one of them was recorded since
    // it was written, under the revision it took.
    Result<bool> record(std::vector<Staged> &batches);
    static Result<void> putInPlace(std::vector<Staged> &batches);
    // The rubrics of the versions given, or an error naming one the project lacks.
    Result<QList<Rubric>> rubricsOf(const Result<QList<RubricVersion>> &versions);
    Result<void> walk(const Plan &plan, Sha256 *fingerprint, JsonlWriter *writer, ExportReport &report,
        QDateTime *latest, const ExportOptions &options, qint64 total);

    Project &m_project;
    bool m_holding = false;
    std::vector<Staged> m_held;
};

} // namespace verdict
