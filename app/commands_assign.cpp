#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "export/assigner.h"
#include "store/project.h"

#include <QDir>

// verdict assign (docs/cli.md).
namespace verdict::cli {

namespace {

using nlohmann::json;

} // namespace

int runAssign(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption annotators(
        QStringLiteral("annotators"), tr("The people to hand work to, separated by commas."), QStringLiteral("NAMES"));
    const QCommandLineOption overlap(QStringLiteral("overlap"),
        tr("How many distinct annotators work every task (default 1)."), QStringLiteral("K"));
    const QCommandLineOption goldRate(QStringLiteral("gold-rate"),
        tr("The share of each batch that is hidden gold tasks, from 0 (default) to below 1."), QStringLiteral("P"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        tr("Shuffles each annotator's order; the same seed gives the same batches (default 0)."), QStringLiteral("S"));
    const QCommandLineOption outDir(
        QStringLiteral("out-dir"), tr("The folder for the batches (created when missing)."), QStringLiteral("DIR"));
    const QCommandLineOption rubric(QStringLiteral("rubric"),
        tr("The rubric to work under, at its latest version (default: the project's only one)."), QStringLiteral("ID"));
    const QCommandLineOption label(QStringLiteral("label"),
        tr("Names this round (\"week-48\"); a new label gives new batches instead of new revisions."),
        QStringLiteral("LABEL"));
    const QCommandLineOption calibration(QStringLiteral("calibration"),
        tr("A calibration round: the batches carry the gold answers, and the workbench shows them after each "
           "submit."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    for (const QCommandLineOption &o :
        {annotators, overlap, goldRate, seed, outDir, rubric, label, calibration, jsonOption})
        parser.addOption(o);
    parser.addOption(Context::actorOption());
    parser.addOption(Context::waitOption());
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (auto exit = context.parse(parser,
            tr("assign PROJECT --annotators A,B,C --out-dir DIR [--overlap K] [--gold-rate P] [--seed S] "
               "[--rubric ID] [--label LABEL] [--calibration] [--wait SECONDS] [--json]"),
            tr("Hands every task without a gold answer to K distinct annotators with balanced loads, mixes in "
               "gold tasks at rate P, shuffles each annotator's order from the seed, and writes one assignment "
               "batch per annotator. Gold tasks look like any other task unless --calibration is given."),
            1, 1))
        return *exit;
    if (!parser.isSet(annotators))
        return context.usage(tr("--annotators is required"));
    if (!parser.isSet(outDir))
        return context.usage(tr("--out-dir is required"));

    AssignOptions options;
    for (const QString &name : parser.value(annotators).split(u',', Qt::SkipEmptyParts))
        options.plan.annotators << name.trimmed();
    bool ok = true;
    if (parser.isSet(overlap)) {
        options.plan.overlap = parser.value(overlap).toInt(&ok);
        if (!ok)
            return context.usage(tr("--overlap expects a whole number, not \"%1\"").arg(parser.value(overlap)));
    }
    if (parser.isSet(goldRate)) {
        options.plan.goldRate = parser.value(goldRate).toDouble(&ok);
        if (!ok)
            return context.usage(
                tr("--gold-rate expects a number such as 0.1, not \"%1\"").arg(parser.value(goldRate)));
    }
    if (parser.isSet(seed)) {
        options.plan.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return context.usage(tr("--seed expects a whole number, not \"%1\"").arg(parser.value(seed)));
    }
    options.outDir = parser.value(outDir);
    options.rubricId = parser.value(rubric);
    options.label = parser.value(label);
    options.calibration = parser.isSet(calibration);

    const auto producer = context.actor(parser);
    if (!producer)
        return BadUsage;
    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path);
    if (!project)
        return context.fail(project.error());
    ExportOptions exportOptions;
    exportOptions.producer = *producer;
    auto report = Assigner::run(**project, options, exportOptions);
    if (!report)
        return context.fail(report.error());

    if (parser.isSet(jsonOption)) {
        json batches = json::array();
        for (const AssignedBatch &b : report->batches)
            batches.push_back(
                json{{"annotator", toStd(b.annotator)}, {"file", toStd(b.file)}, {"batch_id", toStd(b.batchId)},
                    {"revision", b.revision}, {"tasks", b.tasks}, {"gold_tasks", b.goldTasks}});
        context.printJson(json{{"project", toStd(path)}, {"rubric", toStd(report->rubricId)},
            {"rubric_version", report->rubricVersion}, {"regular_tasks", report->regularTasks},
            {"gold_pool", report->goldPool}, {"overlap", options.plan.overlap}, {"gold_rate", options.plan.goldRate},
            {"seed", options.plan.seed}, {"calibration", options.calibration}, {"batches", batches}});
        return Success;
    }
    context.out << tr(
        "Assigned %1 tasks to %2 annotators, each task to %3 of them, under rubric %4 version %5; %6 gold "
        "tasks to mix in")
                       .arg(report->regularTasks)
                       .arg(report->batches.size())
                       .arg(options.plan.overlap)
                       .arg(report->rubricId)
                       .arg(report->rubricVersion)
                       .arg(report->goldPool)
                << u'\n';
    for (const AssignedBatch &b : report->batches)
        context.out << QStringLiteral("  ")
                    << tr("%1: %2 tasks (%3 gold) in %4, revision %5")
                           .arg(b.annotator)
                           .arg(b.tasks)
                           .arg(b.goldTasks)
                           .arg(QDir::toNativeSeparators(b.file))
                           .arg(b.revision)
                    << u'\n';
    return Success;
}

} // namespace verdict::cli
