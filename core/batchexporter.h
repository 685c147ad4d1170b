#pragma once

#include "batchformat.h"
#include "consensus.h"
#include "exportreport.h"
#include "result.h"
#include "rubric.h"

#include <QCoreApplication>
#include <QStringList>

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
class BatchExporter final
{
    Q_DECLARE_TR_FUNCTIONS(BatchExporter)

public:
    explicit BatchExporter(Project &project);

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

    Result<ExportReport> write(Plan plan, const QString &fileName, const ExportOptions &options);
    Result<QList<Rubric>> referencedRubrics(const QString &table, const QString &annotator);
    Result<void> walk(const Plan &plan, Sha256 *fingerprint, JsonlWriter *writer, ExportReport &report,
        QDateTime *latest, const ExportOptions &options, qint64 total);

    Project &m_project;
};

} // namespace verdict
