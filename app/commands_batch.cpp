#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "export/exporter.h"
#include "import/batchverifier.h"
#include "import/importer.h"
#include "store/project.h"
#include "util/timeutil.h"

namespace verdict::cli {

namespace {

using nlohmann::json;

json errorJson(const Error &e)
{
    json value{{"message", toStd(e.message)}, {"file", toStd(e.file)}, {"line", e.line}, {"column", e.column}};
    if (!e.field.isEmpty())
        value["field"] = toStd(e.field);
    return value;
}

void printWarning(Context &context, const Error &warning)
{
    Error shown = warning;
    shown.field.clear();
    shown.message
        = tr("warning: %1").arg(warning.field.isEmpty() ? warning.message : warning.field + u": " + warning.message);
    context.err << QStringLiteral("verdict: ") << shown.toString() << u'\n';
}

} // namespace

int runImport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        tr("The files' format: %1 (default: auto, told from the first record).")
            .arg(importFormatNames().join(QStringLiteral(", "))),
        QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
        tr("Credit answers the files do not attribute to NAME (foreign formats)."), QStringLiteral("NAME"));
    const QCommandLineOption strict(QStringLiteral("strict"),
        tr("Refuse a foreign file at its first record that cannot be imported, instead of skipping such records "
           "with a warning each (batches are always refused whole)."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    parser.addOption(format);
    parser.addOption(annotator);
    parser.addOption(strict);
    parser.addOption(Context::actorOption());
    parser.addOption(Context::waitOption());
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("Files to import, each in one transaction."), QStringLiteral("FILE..."));
    if (auto exit = context.parse(parser,
            tr("import PROJECT FILE... [--format FORMAT] [--annotator NAME] [--strict] [--wait SECONDS] [--json]"),
            tr("Imports batches and foreign files into a project, each file in one transaction. A batch goes in "
               "whole or not at all; a foreign file skips the records that cannot be imported, each with a warning, "
               "unless --strict. The same file imported again changes nothing."),
            2, -1))
        return *exit;
    const auto chosen = importFormatFromName(parser.value(format));
    if (!chosen)
        return context.usage(tr("unknown format \"%1\"; expected %2")
                                 .arg(parser.value(format), importFormatNames().join(QStringLiteral(", "))));
    const auto actor = context.actor(parser);
    if (!actor)
        return BadUsage;
    const QStringList arguments = parser.positionalArguments();
    auto project = Project::open(arguments.constFirst());
    if (!project)
        return context.fail(project.error());

    ImportOptions options;
    options.format = *chosen;
    options.actor = *actor;
    options.annotator = parser.value(annotator);
    options.strict = parser.isSet(strict);
    Importer importer(**project);
    json files = json::array();
    int exitCode = Success;
    for (const QString &file : arguments.mid(1)) {
        auto report = importer.importFile(file, options);
        if (!report) {
            exitCode = BadInput;
            if (parser.isSet(jsonOption))
                files.push_back(
                    json{{"file", toStd(file)}, {"status", "failed"}, {"error", errorJson(report.error())}});
            else
                context.fail(report.error());
            continue;
        }
        const ImportReport &r = *report;
        if (parser.isSet(jsonOption)) {
            json warnings = json::array();
            for (const Error &w : r.warnings)
                warnings.push_back(errorJson(w));
            files.push_back(json{{"file", toStd(file)}, {"format", toStd(importFormatName(r.format))},
                {"status", r.alreadyImported ? "already-imported" : "imported"}, {"batch_id", toStd(r.batchId)},
                {"revision", r.revision}, {"kind", toStd(r.kind)}, {"producer", toStd(r.producer)},
                {"sha256", toStd(r.sha256)}, {"records", r.records}, {"skipped", r.skipped},
                {"superseded_revision", r.supersededRevision}, {"counts", importCountsJson(r.counts)},
                {"warnings", warnings}});
            continue;
        }
        for (const Error &w : r.warnings)
            printWarning(context, w);
        if (r.alreadyImported) {
            context.out << tr("%1: batch %2 revision %3 was imported before; nothing changed")
                               .arg(file, r.batchId)
                               .arg(r.revision)
                        << u'\n';
            continue;
        }
        QString head = tr("%1: imported %2 (%3, revision %4)").arg(file, r.batchId, r.kind).arg(r.revision);
        if (r.supersededRevision > 0)
            head += tr(", superseding revision %1").arg(r.supersededRevision);
        context.out << head << u'\n' << QStringLiteral("  ") << Importer::summary(r) << u'\n';
    }
    if (parser.isSet(jsonOption))
        context.printJson(json{{"files", files}});
    context.out.flush();
    return exitCode;
}

int runVerify(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The batch file."));
    if (auto exit = context.parse(parser, tr("verify FILE [--json]"),
            tr("Checks a batch file: its manifest, every record's shape and order, the answers against the rubric "
               "versions and tasks it carries, the record count and the SHA-256 digest in its end record."),
            1, 1))
        return *exit;
    const QString file = parser.positionalArguments().constFirst();
    auto report = BatchVerifier::verify(file);
    if (!report) {
        if (parser.isSet(jsonOption))
            context.printJson(json{{"file", toStd(file)}, {"valid", false}, {"error", errorJson(report.error())}});
        else
            context.fail(report.error());
        return BadInput;
    }
    const VerifyReport &r = *report;
    if (parser.isSet(jsonOption)) {
        json value{{"file", toStd(file)}, {"valid", true}, {"batch_id", toStd(r.manifest.batchId)},
            {"revision", r.manifest.revision}, {"kind", toStd(batchKindName(r.manifest.kind))},
            {"project", {{"id", toStd(r.manifest.projectId)}, {"name", toStd(r.manifest.projectName)}}},
            {"producer", toStd(r.manifest.producer)}, {"created_at", toStd(isoTime(r.manifest.createdAt))},
            {"records", r.records}, {"sha256", toStd(r.sha256)},
            {"counts",
                {{"rubrics", r.rubrics}, {"tasks", r.tasks}, {"tasks_revised", r.revisedTasks},
                    {"annotations", r.annotations}, {"gold", r.gold}, {"adjudications", r.adjudications}}}};
        context.printJson(value);
        return Success;
    }
    context.out << tr("%1: valid %2 batch %3 revision %4 from %5 (%6), %7 records, sha256 %8")
                       .arg(file, batchKindName(r.manifest.kind), r.manifest.batchId)
                       .arg(r.manifest.revision)
                       .arg(r.manifest.producer, r.manifest.projectName)
                       .arg(r.records)
                       .arg(r.sha256)
                << u'\n';
    const QString tasks
        = r.revisedTasks > 0 ? tr("%1 (%2 revised)").arg(r.tasks).arg(r.revisedTasks) : QString::number(r.tasks);
    context.out << QStringLiteral("  ")
                << tr("rubric versions: %1, tasks: %2, annotations: %3, gold answers: %4, decisions: %5")
                       .arg(r.rubrics)
                       .arg(tasks)
                       .arg(r.annotations)
                       .arg(r.gold)
                       .arg(r.adjudications)
                << u'\n';
    return Success;
}

int runExport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
        tr("batch, dataset (a dataset batch), trl, sft, prodigy or ratings."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), QStringLiteral("OUT"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("Batch kind: assignment, annotations, gold or dataset (default)."), QStringLiteral("KIND"));
    const QCommandLineOption annotator(QStringLiteral("annotator"),
        tr("Only this annotator's work; for an assignment, who it is for."), QStringLiteral("NAME"));
    const QCommandLineOption pairs(
        QStringLiteral("pairs"), tr("TRL: all (default) or best-vs-rest."), QStringLiteral("PAIRS"));
    const QCommandLineOption style(
        QStringLiteral("style"), tr("TRL: plain (default) or conversational."), QStringLiteral("STYLE"));
    const QCommandLineOption rubric(QStringLiteral("rubric"),
        tr("Assignment: the rubric to work under (its latest version)."), QStringLiteral("ID"));
    const QCommandLineOption calibration(
        QStringLiteral("calibration"), tr("Assignment: include the tasks' gold answers."));
    const QCommandLineOption final(QStringLiteral("final"),
        tr("The final answers: the lead's decisions, else the consensus rule, with where each came from. A dataset "
           "batch gets final records; trl, sft, prodigy and ratings take their answers from them."));
    const QCommandLineOption consensus(QStringLiteral("consensus"),
        tr("With --final: majority (default; more than half agree), majority:SHARE (more than SHARE agree, "
           "0.5 ≤ SHARE < 1) or unanimous."),
        QStringLiteral("RULE"));
    const QCommandLineOption minAnnotators(QStringLiteral("min-annotators"),
        tr("With --final: fewer annotators than this never make a consensus (default 1)."), QStringLiteral("N"));
    const QCommandLineOption rubricVersion(QStringLiteral("rubric-version"),
        tr("Training-data formats: only answers made under this rubric version."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    for (const QCommandLineOption &o : {format, output, kind, annotator, pairs, style, rubric, calibration, final,
             consensus, minAnnotators, rubricVersion, jsonOption})
        parser.addOption(o);
    parser.addOption(Context::actorOption());
    parser.addOption(Context::waitOption());
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (auto exit = context.parse(parser,
            tr("export PROJECT --format FORMAT -o OUT [--kind KIND] [--annotator NAME] [--pairs PAIRS] "
               "[--style STYLE] [--final [--consensus RULE] [--min-annotators N]] [--rubric-version N] [--wait "
               "SECONDS] "
               "[--json]"),
            tr("Writes a batch or a training-data file. The file appears whole or not at all."), 1, 1))
        return *exit;
    if (!parser.isSet(format))
        return context.usage(tr("--format is required"));
    if (!parser.isSet(output))
        return context.usage(tr("-o OUT is required"));
    ExportRequest request;
    QString formatName = parser.value(format);
    if (formatName == u"dataset") {
        if (parser.isSet(kind) && parser.value(kind) != u"dataset")
            return context.usage(tr("--format dataset writes a dataset batch; leave out --kind"));
        formatName = QStringLiteral("batch");
    }
    const auto chosen = exportFormatFromName(formatName);
    if (!chosen)
        return context.usage(tr("unknown format \"%1\"; expected batch, dataset, trl, sft, prodigy or ratings")
                                 .arg(parser.value(format)));
    request.format = *chosen;
    request.annotator = parser.value(annotator);
    if (parser.isSet(kind)) {
        if (request.format != ExportFormat::Batch)
            return context.usage(tr("--kind applies to batch exports only"));
        const auto k = batchKindFromName(parser.value(kind));
        if (!k)
            return context.usage(
                tr("unknown kind \"%1\"; expected assignment, annotations, gold or dataset").arg(parser.value(kind)));
        request.kind = *k;
    }
    if ((parser.isSet(pairs) || parser.isSet(style)) && request.format != ExportFormat::Trl)
        return context.usage(tr("--pairs and --style apply to --format trl only"));
    if (parser.isSet(pairs)) {
        if (parser.value(pairs) == u"all")
            request.pairs = TrlFormatter::Pairs::All;
        else if (parser.value(pairs) == u"best-vs-rest")
            request.pairs = TrlFormatter::Pairs::BestVsRest;
        else
            return context.usage(tr("--pairs takes all or best-vs-rest"));
    }
    if (parser.isSet(style)) {
        if (parser.value(style) == u"plain")
            request.style = TrlFormatter::Style::Plain;
        else if (parser.value(style) == u"conversational")
            request.style = TrlFormatter::Style::Conversational;
        else
            return context.usage(tr("--style takes plain or conversational"));
    }
    if ((parser.isSet(consensus) || parser.isSet(minAnnotators)) && !parser.isSet(final))
        return context.usage(tr("--consensus and --min-annotators apply with --final only"));
    if (parser.isSet(final)) {
        if (request.format == ExportFormat::Batch && request.kind != BatchKind::Dataset)
            return context.usage(tr("--final writes a dataset batch or a training-data file, not a %1 batch")
                                     .arg(batchKindName(request.kind)));
        if (!request.annotator.isEmpty())
            return context.usage(tr("--final and --annotator exclude each other: final answers are everyone's"));
        ConsensusRule rule;
        const QString text = parser.value(consensus);
        bool ok = true;
        if (text == u"unanimous")
            rule.kind = ConsensusRule::Kind::Unanimous;
        else if (text.startsWith(u"majority:"))
            rule.share = text.mid(9).toDouble(&ok);
        else if (!text.isEmpty() && text != u"majority")
            ok = false;
        // Below one half two different answers could both carry, and one of them would be picked unseen.
        if (!ok || !(rule.share >= 0.5 && rule.share < 1))
            return context.usage(tr("--consensus takes majority, majority:SHARE with 0.5 ≤ SHARE < 1, or unanimous, "
                                    "not \"%1\": an answer carries when more than SHARE of the annotators give it, "
                                    "and with less than one half two different answers could both carry")
                                     .arg(text));
        if (parser.isSet(minAnnotators)) {
            rule.minAnnotators = parser.value(minAnnotators).toInt(&ok);
            if (!ok || rule.minAnnotators < 1)
                return context.usage(tr("--min-annotators expects a whole number of at least 1, not \"%1\"")
                                         .arg(parser.value(minAnnotators)));
        }
        request.final = rule;
    }
    if (parser.isSet(rubricVersion)) {
        if (request.format == ExportFormat::Batch)
            return context.usage(tr("--rubric-version applies to trl, sft, prodigy and ratings"));
        bool ok = false;
        request.rubricVersion = parser.value(rubricVersion).toInt(&ok);
        if (!ok || *request.rubricVersion < 1)
            return context.usage(
                tr("--rubric-version expects a version number, not \"%1\"").arg(parser.value(rubricVersion)));
    }
    const bool assignment = request.format == ExportFormat::Batch && request.kind == BatchKind::Assignment;
    if ((parser.isSet(rubric) || parser.isSet(calibration)) && !assignment)
        return context.usage(tr("--rubric and --calibration apply to --kind assignment only"));
    if (assignment && request.annotator.isEmpty())
        return context.usage(tr("an assignment needs --annotator, the person it is for"));
    if (request.format == ExportFormat::Batch && (request.kind == BatchKind::Gold || request.kind == BatchKind::Dataset)
        && !request.annotator.isEmpty())
        return context.usage(tr("--annotator does not apply to a %1 batch").arg(batchKindName(request.kind)));
    const auto producer = context.actor(parser);
    if (!producer)
        return BadUsage;

    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return context.fail(project.error());
    Exporter exporter(**project);
    if (assignment) {
        auto spec = exporter.wholeProjectAssignment(request.annotator, parser.value(rubric));
        if (!spec)
            return context.fail(spec.error());
        spec->withGold = parser.isSet(calibration);
        request.assignment = *spec;
    }
    ExportOptions options;
    options.producer = *producer;
    auto report = exporter.run(request, parser.value(output), options);
    if (!report)
        return context.fail(report.error());
    const ExportReport &r = *report;
    if (parser.isSet(jsonOption)) {
        json value{{"file", toStd(r.file)}, {"format", toStd(r.format)}, {"records", r.records}, {"tasks", r.tasks},
            {"annotations", r.annotations}, {"gold", r.gold}, {"adjudications", r.adjudications}, {"finals", r.finals},
            {"skipped", r.skipped}};
        if (r.format == u"batch") {
            value["kind"] = toStd(r.kind);
            value["batch_id"] = toStd(r.batchId);
            value["revision"] = r.revision;
            value["sha256"] = toStd(r.sha256);
        }
        context.printJson(value);
        return Success;
    }
    if (r.format == u"batch")
        context.out << tr("Wrote %1: %2 batch %3 revision %4, %5 records")
                           .arg(r.file, r.kind, r.batchId)
                           .arg(r.revision)
                           .arg(r.records)
                    << u'\n';
    else
        context.out << tr("Wrote %1: %2 records from %3 answer sets (%4 gave none)")
                           .arg(r.file)
                           .arg(r.records)
                           .arg(r.annotations)
                           .arg(r.skipped)
                    << u'\n';
    return Success;
}

} // namespace verdict::cli
