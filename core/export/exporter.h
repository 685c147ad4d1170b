#pragma once

#include "domain/answersource.h"
#include "domain/consensus.h"
#include "export/answerformatter.h"
#include "export/batchexporter.h"
#include "export/exportreport.h"
#include "export/trlformatter.h"

#include <QCoreApplication>

#include <optional>

namespace verdict {

class Project;

// The files Verdict writes (docs/formats.md).
enum class ExportFormat { Batch, Trl, Sft, Prodigy, Ratings };

QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QStringList exportFormatNames();
QString exportFormatTitle(ExportFormat format);

struct ExportRequest
{
    ExportFormat format = ExportFormat::Batch;
    BatchKind kind = BatchKind::Dataset; // batch exports
    QString annotator; // whose work (empty: everyone's); an assignment's annotator
    TrlFormatter::Pairs pairs = TrlFormatter::Pairs::All;
    TrlFormatter::Style style = TrlFormatter::Style::Plain;
    std::optional<AssignmentSpec> assignment; // kind assignment: the tasks and rubric
    // The final answers (lead's decisions, else this consensus rule) instead
    // of annotators' answers; for a dataset batch, final records added.
    std::optional<ConsensusRule> final;
    std::optional<int> rubricVersion; // training-data formats: only answers under this rubric version
};

// Writes a project's data in one of the export formats. Training-data
// formats take their answers from an AnswerSource: today an annotator's (or
// everyone's) submitted work.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    explicit Exporter(Project &project);

    Result<ExportReport> run(const ExportRequest &request, const QString &fileName, const ExportOptions &options);

    // Writes `formatter`'s records for every set of answers `source` gives.
    Result<ExportReport> writeAnswers(
        AnswerSource &source, AnswerFormatter &formatter, const QString &fileName, const ExportOptions &options);

    // An assignment of every task of the project, in task id order, under the
    // latest version of `rubricId` (or of the project's only rubric).
    Result<AssignmentSpec> wholeProjectAssignment(const QString &annotator, const QString &rubricId);

private:
    Project &m_project;
};

} // namespace verdict
