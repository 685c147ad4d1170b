#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"
#include "domain/rubricdiff.h"
#include "store/project.h"
#include "util/timeutil.h"

namespace verdict::cli {

namespace {

int publish(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")},
        tr("What changed, kept with the version."), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(message);
    parser.addOption(json);
    parser.addOption(Context::actorOption());
    parser.addOption(Context::waitOption());
    parser.addPositionalArgument(QStringLiteral("publish"), {});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("RUBRIC.json"), tr("The rubric to publish."));
    if (auto exit
        = context.parse(parser, tr("rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--wait SECONDS] [--json]"),
            tr("Publishes a rubric file as the next version of its id. Published versions "
               "never change; publishing the same content again changes nothing."),
            3, 3))
        return *exit;
    const auto actor = context.actor(parser);
    if (!actor)
        return BadUsage;
    const QStringList args = parser.positionalArguments();
    auto rubric = rubricjson::readFile(args[2]);
    if (!rubric)
        return context.fail(rubric.error());
    auto project = Project::open(args[1]);
    if (!project)
        return context.fail(project.error());
    auto outcome = (*project)->rubrics().publish(*rubric, parser.value(message), *actor);
    if (!outcome) {
        Error error = outcome.error();
        if (!error.busy) // a busy project is about the project, not the rubric
            error.file = args[2];
        return context.fail(error);
    }
    if (parser.isSet(json)) {
        context.printJson({{"rubric", toStd(outcome->rubric.id)}, {"version", outcome->rubric.version},
            {"created", outcome->created}});
    } else if (outcome->created) {
        context.out << tr("Published %1 version %2").arg(outcome->rubric.id).arg(outcome->rubric.version) << u'\n';
    } else {
        context.out << tr("Unchanged: %1 version %2 already has this content")
                           .arg(outcome->rubric.id)
                           .arg(outcome->rubric.version)
                    << u'\n';
    }
    return Success;
}

// The rubric named on the command line: ID (latest published) or ID with a version.
Result<Rubric> findRubric(Project &project, const QString &id, int version)
{
    if (id.isEmpty()) {
        auto all = project.rubrics().all();
        if (!all)
            return all.error();
        QStringList ids;
        for (const Rubric &r : *all) {
            if (!ids.contains(r.id))
                ids << r.id;
        }
        if (ids.size() != 1)
            return makeError(ids.isEmpty() ? tr("the project has no rubric yet")
                                           : tr("the project has several rubrics (%1); name one").arg(ids.join(u", ")));
        return findRubric(project, ids.constFirst(), version);
    }
    auto found = version > 0 ? project.rubrics().get(id, version) : project.rubrics().latest(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(version > 0 ? tr("rubric %1 has no version %2").arg(id).arg(version)
                                     : tr("no published rubric %1").arg(id));
    return *found.value();
}

int show(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption version(
        QStringLiteral("version"), tr("Show this version (default: the latest)."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the rubric file (JSON)."));
    parser.addOption(version);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("show"), {});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The rubric id; optional when there is one."));
    if (auto exit = context.parse(
            parser, tr("rubric show PROJECT [ID] [--version N] [--json]"), tr("Shows a rubric version."), 2, 3))
        return *exit;
    const QStringList args = parser.positionalArguments();
    bool ok = true;
    const int number = parser.isSet(version) ? parser.value(version).toInt(&ok) : 0;
    if (!ok || (parser.isSet(version) && number < 1))
        return context.usage(tr("--version expects a number from 1"));
    auto project = Project::open(args[1]);
    if (!project)
        return context.fail(project.error());
    auto rubric = findRubric(**project, args.value(2), number);
    if (!rubric)
        return context.fail(rubric.error());
    if (parser.isSet(json)) {
        context.printJson(rubricjson::toJson(*rubric));
        return Success;
    }
    QTextStream &out = context.out;
    out << tr("%1 version %2: %3").arg(rubric->id).arg(rubric->version).arg(rubric->title) << u'\n';
    if (rubric->status == RubricStatus::Published)
        out << tr("published %1").arg(isoTime(rubric->publishedAt))
            << (rubric->changelog.isEmpty() ? QString() : u" — " + rubric->changelog) << u'\n';
    else
        out << tr("draft") << u'\n';
    out << u'\n';
    for (const Criterion &c : rubric->criteria) {
        out << QStringLiteral("  %1%2%3 %4%5")
                   .arg(c.key, -16)
                   .arg(criterionKindName(c.kind), -12)
                   .arg(c.per == Scope::Task ? tr("per task") : tr("per response"), -13)
                   .arg(c.title)
                   .arg(c.required ? QString() : tr(" (optional)"))
            << u'\n';
        if (c.kind == CriterionKind::Rating) {
            out << QStringLiteral("      %1–%2").arg(c.scaleMin).arg(c.scaleMax);
            for (const ScaleAnchor &a : c.anchors)
                out << QStringLiteral("  %1 %2").arg(a.value).arg(a.label);
            out << u'\n';
        }
        const auto list = [&out](const QList<Option> &options) {
            QStringList keys;
            for (const Option &o : options)
                keys << (o.shortcut.isEmpty() ? o.key : QStringLiteral("%1 [%2]").arg(o.key, o.shortcut));
            if (!keys.isEmpty())
                out << QStringLiteral("      ") << keys.join(u", ") << u'\n';
        };
        list(c.options);
        list(c.labels);
        list(c.categories);
        list(c.severities);
        if (c.kind == CriterionKind::Text && c.minLength > 0)
            out << QStringLiteral("      ") << tr("at least %1 characters").arg(c.minLength) << u'\n';
    }
    return Success;
}

int diff(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("diff"), {});
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The rubric id."));
    parser.addPositionalArgument(QStringLiteral("FROM"), tr("The older version."));
    parser.addPositionalArgument(QStringLiteral("TO"), tr("The newer version."));
    if (auto exit = context.parse(parser, tr("rubric diff PROJECT ID FROM TO [--json]"),
            tr("Lists what changed between two versions of a rubric."), 5, 5))
        return *exit;
    const QStringList args = parser.positionalArguments();
    bool okFrom = false;
    bool okTo = false;
    const int from = args[3].toInt(&okFrom);
    const int to = args[4].toInt(&okTo);
    if (!okFrom || !okTo || from < 1 || to < 1)
        return context.usage(tr("FROM and TO are version numbers"));
    auto project = Project::open(args[1]);
    if (!project)
        return context.fail(project.error());
    auto a = findRubric(**project, args[2], from);
    if (!a)
        return context.fail(a.error());
    auto b = findRubric(**project, args[2], to);
    if (!b)
        return context.fail(b.error());
    const QList<RubricChange> changes = diffRubrics(*a, *b);
    if (parser.isSet(json)) {
        nlohmann::json list = nlohmann::json::array();
        for (const RubricChange &change : changes) {
            nlohmann::json item{{"op", toStd(rubricChangeOpName(change.op))}, {"path", toStd(change.path)}};
            if (change.op != RubricChange::Op::Added)
                item["from"] = change.from;
            if (change.op != RubricChange::Op::Removed)
                item["to"] = change.to;
            list.push_back(item);
        }
        context.printJson({{"rubric", toStd(a->id)}, {"from", from}, {"to", to}, {"changes", list}});
        return Success;
    }
    context.out << tr("%1: version %2 → %3, %n change(s)", nullptr, int(changes.size())).arg(a->id).arg(from).arg(to)
                << u'\n';
    for (const RubricChange &change : changes) {
        switch (change.op) {
        case RubricChange::Op::Added:
            context.out << QStringLiteral("+ ") << change.path << QStringLiteral(": ") << change.toText(70) << u'\n';
            break;
        case RubricChange::Op::Removed:
            context.out << QStringLiteral("- ") << change.path << QStringLiteral(": ") << change.fromText(70) << u'\n';
            break;
        case RubricChange::Op::Changed:
            context.out << QStringLiteral("~ ") << change.path << QStringLiteral(": ") << change.fromText(70)
                        << QStringLiteral(" → ") << change.toText(70) << u'\n';
            break;
        }
    }
    return Success;
}

} // namespace

int runRubric(Context &context)
{
    const QString sub = context.arguments().value(2);
    if (sub == u"publish")
        return publish(context);
    if (sub == u"show")
        return show(context);
    if (sub == u"diff")
        return diff(context);
    if (sub == u"-h" || sub == u"--help") {
        context.out << tr("Usage: verdict rubric publish PROJECT RUBRIC.json [-m MESSAGE] [--json]\n"
                          "       verdict rubric show PROJECT [ID] [--version N] [--json]\n"
                          "       verdict rubric diff PROJECT ID FROM TO [--json]\n");
        return Success;
    }
    return context.usage(sub.isEmpty() ? tr("rubric needs publish, show or diff")
                                       : tr("unknown rubric command \"%1\"; expected publish, show or diff").arg(sub));
}

} // namespace verdict::cli
