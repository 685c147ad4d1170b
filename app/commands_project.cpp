#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"
#include "store/pendingjournal.h"
#include "store/project.h"
#include "util/timeutil.h"
#include "workflow/demo.h"

namespace verdict::cli {

namespace {

nlohmann::json statusCounts(const QHash<AnnotationStatus, int> &byStatus)
{
    nlohmann::json counts = nlohmann::json::object();
    int total = 0;
    for (auto status : {AnnotationStatus::Draft, AnnotationStatus::Submitted, AnnotationStatus::Skipped,
             AnnotationStatus::Escalated}) {
        counts[toStd(annotationStatusName(status))] = byStatus.value(status);
        total += byStatus.value(status);
    }
    counts["total"] = total;
    return counts;
}

nlohmann::json infoJson(const ProjectInfo &info, const QString &path, const QList<PendingJournal::Waiting> &waiting)
{
    using nlohmann::json;
    json annotators = json::array();
    for (const AnnotatorSummary &a : info.annotators) {
        json entry = statusCounts(a.byStatus);
        entry["name"] = toStd(a.annotator);
        annotators.push_back(entry);
    }
    json rubrics = json::array();
    for (const Rubric &r : info.rubrics) {
        rubrics.push_back(json{{"id", toStd(r.id)}, {"version", r.version}, {"title", toStd(r.title)},
            {"status", r.status == RubricStatus::Published ? "published" : "draft"},
            {"published_at", toStd(isoTime(r.publishedAt))}, {"changelog", toStd(r.changelog)},
            {"criteria", r.criteria.size()}});
    }
    json batches = json::array();
    for (const ImportedBatch &b : info.batches) {
        batches.push_back(json{{"batch_id", toStd(b.batchId)}, {"revision", b.revision}, {"kind", toStd(b.kind)},
            {"producer", toStd(b.producer)}, {"file", toStd(b.fileName)}, {"records", b.records},
            {"imported_at", toStd(isoTime(b.importedAt))}});
    }
    json journals = json::array();
    for (const PendingJournal::Waiting &w : waiting) {
        journals.push_back(json{{"file", toStd(w.path)}, {"writes", w.writes},
            {"held_by_pid", w.heldBy ? json(*w.heldBy) : json()}, {"unreadable_lines", w.warnings.size()}});
    }
    return json{{"project",
                    {{"id", toStd(info.id)}, {"name", toStd(info.name)}, {"path", toStd(path)},
                        {"created_at", toStd(isoTime(info.createdAt))}, {"schema_version", info.schemaVersion}}},
        {"tasks", info.tasks}, {"gold_tasks", info.goldTasks}, {"adjudications", info.adjudications},
        {"annotations", statusCounts(info.annotationsByStatus)}, {"annotators", annotators}, {"rubrics", rubrics},
        {"batches", batches}, {"waiting_writes", journals}};
}

void printInfo(
    QTextStream &out, const ProjectInfo &info, const QString &path, const QList<PendingJournal::Waiting> &waiting)
{
    const auto row = [&out](const QString &label, const QString &value) {
        out << QStringLiteral("%1 %2").arg(label, -13).arg(value) << u'\n';
    };
    row(tr("Project"), QStringLiteral("%1 (%2)").arg(info.name, info.id));
    row(tr("File"), tr("%1 (schema %2)").arg(path).arg(info.schemaVersion));
    row(tr("Tasks"),
        tr("%1, %2 with a gold answer, %3 adjudicated criteria")
            .arg(info.tasks)
            .arg(info.goldTasks)
            .arg(info.adjudications));
    const auto statuses = [](const QHash<AnnotationStatus, int> &byStatus) {
        QStringList parts;
        for (auto status : {AnnotationStatus::Submitted, AnnotationStatus::Draft, AnnotationStatus::Skipped,
                 AnnotationStatus::Escalated})
            parts << QStringLiteral("%1 %2").arg(byStatus.value(status)).arg(annotationStatusName(status));
        return parts.join(u", ");
    };
    row(tr("Annotations"), statuses(info.annotationsByStatus));
    if (info.annotators.isEmpty())
        row(tr("Annotators"), tr("none yet"));
    for (qsizetype i = 0; i < info.annotators.size(); ++i) {
        const AnnotatorSummary &a = info.annotators[i];
        row(i == 0 ? tr("Annotators") : QString(), QStringLiteral("%1: %2").arg(a.annotator, statuses(a.byStatus)));
    }
    if (info.rubrics.isEmpty())
        row(tr("Rubrics"), tr("none yet"));
    for (qsizetype i = 0; i < info.rubrics.size(); ++i) {
        const Rubric &r = info.rubrics[i];
        const QString state
            = r.status == RubricStatus::Published ? tr("published %1").arg(isoTime(r.publishedAt)) : tr("draft");
        row(i == 0 ? tr("Rubrics") : QString(),
            QStringLiteral("%1 v%2 \"%3\", %4").arg(r.id).arg(r.version).arg(r.title, state));
    }
    if (info.batches.isEmpty())
        row(tr("Batches"), tr("none imported"));
    for (qsizetype i = 0; i < info.batches.size(); ++i) {
        const ImportedBatch &b = info.batches[i];
        row(i == 0 ? tr("Batches") : QString(),
            tr("%1 rev %2 (%3) from %4, %5 records, %6")
                .arg(b.batchId)
                .arg(b.revision)
                .arg(b.kind, b.producer)
                .arg(b.records)
                .arg(isoTime(b.importedAt)));
    }
    // Said only when something waits: a lead then knows to have the workbench open the project.
    bool first = true;
    for (const PendingJournal::Waiting &w : waiting) {
        if (w.writes == 0 && w.warnings.isEmpty())
            continue;
        const QString where = w.heldBy
            ? tr("%n workbench write(s) waiting in %1, not in the project yet: the workbench running as process %2 "
                 "saves them when the project is free",
                nullptr, w.writes)
                  .arg(w.path)
                  .arg(*w.heldBy)
            : tr("%n workbench write(s) waiting in %1, not in the project yet: left by a workbench that stopped; "
                 "open the project in the workbench to save them",
                nullptr, w.writes)
                  .arg(w.path);
        row(first ? tr("Waiting") : QString(), where);
        for (const Error &warning : w.warnings)
            row(QString(), warning.toString());
        first = false;
    }
}

} // namespace

int runInit(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("The project's name."), QStringLiteral("NAME"));
    const QCommandLineOption rubric(
        QStringLiteral("rubric"), tr("Publish this rubric file as its first version."), QStringLiteral("RUBRIC.json"));
    parser.addOption(name);
    parser.addOption(rubric);
    parser.addOption(Context::actorOption());
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to create (*.verdict)."));
    if (auto exit = context.parse(
            parser, tr("init PROJECT --name NAME [--rubric RUBRIC.json]"), tr("Creates a project file."), 1, 1))
        return *exit;
    if (!parser.isSet(name))
        return context.usage(tr("--name is required"));

    // Read the rubric and decide who publishes it first: neither should leave a half-made project behind.
    std::optional<Rubric> first;
    QString publisher;
    if (parser.isSet(rubric)) {
        const auto actor = context.actor(parser);
        if (!actor)
            return BadUsage;
        publisher = *actor;
        auto read = rubricjson::readFile(parser.value(rubric));
        if (!read)
            return context.fail(read.error());
        first = std::move(read).value();
    }
    const QString path = parser.positionalArguments().constFirst();
    // The rubric is published before the project appears: nothing half-made is ever left behind.
    auto project
        = Project::create(path, parser.value(name), schema::migrations(), {}, [&](Project &created) -> Result<void> {
              if (!first)
                  return {};
              auto published = created.rubrics().publish(*first, tr("First version"), publisher);
              if (published)
                  return {};
              Error error = published.error();
              if (error.file.isEmpty())
                  error.file = parser.value(rubric);
              return error;
          });
    if (!project)
        return context.fail(project.error());
    context.out << tr("Created %1").arg(path) << u'\n';
    return Success;
}

int runInfo(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    if (auto exit = context.parse(parser, tr("info PROJECT [--json]"),
            tr("Summarises a project: tasks, annotations by status, annotators, rubric "
               "versions, imported batches, and workbench writes waiting beside it for the project."),
            1, 1))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path);
    if (!project)
        return context.fail(project.error());
    auto info = (*project)->info();
    if (!info)
        return context.fail(info.error());
    const QList<PendingJournal::Waiting> waiting = PendingJournal::waiting(path, (*project)->annotations());
    if (parser.isSet(json))
        context.printJson(infoJson(*info, path, waiting));
    else
        printInfo(context.out, *info, path, waiting);
    return Success;
}

int runDemo(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sampleWork(QStringLiteral("sample-work"),
        tr("Add sample annotations by two annotators, gold answers and decisions (the project the example "
           "batches in resources/demo/batches were exported from)."));
    parser.addOption(sampleWork);
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to create (*.verdict)."));
    if (auto exit = context.parse(
            parser, tr("demo PROJECT [--sample-work]"), tr("Creates a project with the demo rubric and tasks."), 1, 1))
        return *exit;
    const QString path = parser.positionalArguments().constFirst();
    auto project = parser.isSet(sampleWork) ? demo::createWithSampleWork(path) : demo::create(path);
    if (!project)
        return context.fail(project.error());
    context.out << tr("Created %1").arg(path) << u'\n';
    return Success;
}

} // namespace verdict::cli
