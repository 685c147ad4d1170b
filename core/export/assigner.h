#pragma once

#include "export/assignmentplan.h"
#include "export/exportreport.h"

#include <QCoreApplication>

namespace verdict {

class Project;

struct AssignOptions
{
    AssignmentPlanOptions plan;
    QString rubricId; // empty: the project's only published rubric
    bool calibration = false; // the batches carry the gold answers (training runs, not measurement)
    QString label; // tells this round apart from earlier ones ("week 48"); part of batch ids and file names
    QString outDir; // where the batches go; created when missing
};

// One written assignment batch.
struct AssignedBatch
{
    QString annotator;
    QString file;
    QString batchId;
    int revision = 0;
    int tasks = 0; // gold included
    int goldTasks = 0;
};

struct AssignReport
{
    QString rubricId;
    int rubricVersion = 0;
    qint64 regularTasks = 0; // tasks without a gold answer, each sent to `overlap` annotators
    qint64 goldPool = 0; // tasks with a gold answer, mixed in
    QList<AssignedBatch> batches;
};

// Hands out a project's tasks as one assignment batch per annotator
// (`verdict assign`, Lead → Assign Work…). Gold tasks go out exactly like any
// other task: to as many people, in the same record, with no gold answer and
// no marker; only a calibration round carries the gold answers. A run writes
// all its batches or none, and records their exports only when all are written.
class Assigner final
{
    Q_DECLARE_TR_FUNCTIONS(Assigner)

public:
    // What there is to hand out under a rubric (empty: the only published
    // one): read once, then planned as often as a preview needs.
    struct Pools
    {
        QString rubricId;
        int rubricVersion = 0;
        QStringList regular; // tasks without a gold answer
        QStringList gold;
    };
    static Result<Pools> pools(Project &project, const QString &rubricId);

    static Result<AssignReport> run(Project &project, const AssignOptions &options, const ExportOptions &exportOptions);

    // assignment-NAME[-LABEL].jsonl, with characters unsafe in file names
    // replaced and each part cut to fit a file name.
    static QString fileNameFor(const QString &annotator, const QString &label);
    // What is wrong with a round's label (it is a name: validation.h), or
    // an empty string; no label is fine.
    static QString labelProblem(const QString &label);
};

} // namespace verdict
