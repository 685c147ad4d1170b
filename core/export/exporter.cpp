#include "export/exporter.h"

#include "codecs/jsonfields.h"
#include "codecs/jsonlwriter.h"
#include "export/annotatoranswers.h"
#include "export/finalanswersource.h"
#include "export/prodigyformatter.h"
#include "export/ratingsformatter.h"
#include "export/sftanswers.h"
#include "export/sftformatter.h"
#include "store/project.h"

#include <QFileInfo>
#include <QSet>

#include <array>

namespace verdict {

namespace {

constexpr std::array exportFormatKeys{"batch", "trl", "sft", "prodigy", "ratings"};

} // namespace

QString exportFormatName(ExportFormat format)
{
    return QString::fromLatin1(exportFormatKeys[std::size_t(format)]);
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (std::size_t i = 0; i < exportFormatKeys.size(); ++i) {
        if (name == QLatin1StringView(exportFormatKeys[i]))
            return ExportFormat(i);
    }
    return std::nullopt;
}

QStringList exportFormatNames()
{
    QStringList list;
    for (const char *name : exportFormatKeys)
        list << QString::fromLatin1(name);
    return list;
}

QString exportFormatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Batch:
        return Exporter::tr("Verdict batch (JSONL)");
    case ExportFormat::Trl:
        return Exporter::tr("TRL preference pairs (JSONL)");
    case ExportFormat::Sft:
        return Exporter::tr("OpenAI chat SFT (JSONL)");
    case ExportFormat::Prodigy:
        return Exporter::tr("Prodigy spans (JSONL)");
    case ExportFormat::Ratings:
        return Exporter::tr("Per-response ratings (JSONL)");
    }
    return {};
}

Exporter::Exporter(Project &project)
    : m_project(project)
{ }

Result<AssignmentSpec> Exporter::wholeProjectAssignment(const QString &annotator, const QString &rubricId)
{
    AssignmentSpec spec;
    spec.annotator = annotator;
    auto rubrics = m_project.rubrics().all();
    if (!rubrics)
        return rubrics.error();
    QSet<QString> ids;
    for (const Rubric &r : *rubrics) {
        if (r.status == RubricStatus::Published)
            ids.insert(r.id);
    }
    spec.rubricId = rubricId;
    if (spec.rubricId.isEmpty()) {
        if (ids.size() != 1)
            return makeError(ids.isEmpty() ? tr("the project has no published rubric to assign work under")
                                           : tr("the project has several rubrics; choose one with --rubric"));
        spec.rubricId = *ids.cbegin();
    }
    auto latest = m_project.rubrics().latest(spec.rubricId);
    if (!latest)
        return latest.error();
    if (!latest.value())
        return makeError(tr("no published rubric %1 in this project").arg(spec.rubricId));
    spec.rubricVersion = latest.value()->version;
    auto taskIds = m_project.tasks().ids();
    if (!taskIds)
        return taskIds.error();
    spec.taskIds = std::move(taskIds).value();
    return spec;
}

Result<ExportReport> Exporter::run(const ExportRequest &request, const QString &fileName, const ExportOptions &options)
{
    if (request.format == ExportFormat::Batch) {
        BatchExporter batches(m_project);
        switch (request.kind) {
        case BatchKind::Assignment: {
            if (!request.assignment)
                return makeError(tr("an assignment needs its annotator, tasks and rubric"));
            return batches.writeAssignment(*request.assignment, fileName, options);
        }
        case BatchKind::Annotations:
            return batches.writeAnnotations(request.annotator, fileName, options);
        case BatchKind::Gold:
            return batches.writeGold(fileName, options);
        case BatchKind::Dataset:
            return batches.writeDataset(fileName, options, request.final);
        }
    }
    std::unique_ptr<AnswerSource> judged;
    if (request.final)
        judged = std::make_unique<FinalAnswerSource>(m_project, *request.final, request.rubricVersion);
    else
        judged = std::make_unique<AnnotatorAnswers>(m_project, request.annotator, request.rubricVersion);
    if (request.format == ExportFormat::Sft) {
        SftAnswers source(m_project, std::move(judged));
        SftFormatter formatter;
        return writeAnswers(source, formatter, fileName, options);
    }
    std::unique_ptr<AnswerFormatter> formatter;
    switch (request.format) {
    case ExportFormat::Trl:
        formatter = std::make_unique<TrlFormatter>(request.pairs, request.style);
        break;
    case ExportFormat::Sft:
        formatter = std::make_unique<SftFormatter>();
        break;
    case ExportFormat::Prodigy:
        formatter = std::make_unique<ProdigyFormatter>();
        break;
    case ExportFormat::Ratings:
        formatter = std::make_unique<RatingsFormatter>();
        break;
    case ExportFormat::Batch:
        break;
    }
    return writeAnswers(*judged, *formatter, fileName, options);
}

Result<ExportReport> Exporter::writeAnswers(
    AnswerSource &source, AnswerFormatter &formatter, const QString &fileName, const ExportOptions &options)
{
    ExportReport report;
    report.file = fileName;
    report.format = formatter.name();
    auto total = source.count();
    if (!total)
        return total.error();
    JsonlWriter writer(false);
    if (auto opened = writer.open(fileName); !opened)
        return opened.error();
    AnsweredTask answered;
    std::vector<std::string> lines;
    QSet<QString> tasks;
    qint64 done = 0;
    while (true) {
        auto more = source.next(answered);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++report.annotations;
        tasks.insert(answered.task.id);
        lines.clear();
        formatter.format(answered, lines, report);
        for (const std::string &line : lines) {
            if (auto written = writer.write(line); !written)
                return written.error();
        }
        if ((++done & 255) == 0) {
            if (options.cancel && options.cancel->load())
                return makeError(tr("cancelled; no file was written"), fileName);
            if (options.progress)
                options.progress(done, *total);
        }
    }
    if (options.cancel && options.cancel->load())
        return makeError(tr("cancelled; no file was written"), fileName);
    // Recorded first, then put in place: a file on disk means a recorded export.
    if (auto finished = writer.finish(); !finished)
        return finished.error();
    report.records = writer.lines();
    report.tasks = tasks.size();
    const nlohmann::json detail{{"format", toStd(report.format)}, {"file", toStd(QFileInfo(fileName).fileName())},
        {"records", report.records}, {"answer_sets", report.annotations}, {"skipped", report.skipped}};
    if (auto logged = m_project.audit().append(options.producer, QStringLiteral("export"), detail); !logged)
        return logged.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    if (options.progress)
        options.progress(*total, *total);
    return report;
}

} // namespace verdict
