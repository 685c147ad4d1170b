#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "metrics/agreementanalysis.h"
#include "metrics/goldaccuracy.h"
#include "metrics/interpretation.h"
#include "metrics/modelcomparison.h"
#include "metrics/reporttext.h"
#include "store/project.h"

#include <algorithm>

// verdict agreement, gold-accuracy and compare-models (docs/cli.md).
namespace verdict::cli {

namespace {

using nlohmann::json;

// Options shared by the three commands.
struct QualityOptions
{
    QCommandLineOption criterion{QStringLiteral("criterion"),
        QCoreApplication::translate("verdict::cli", "Only this criterion."), QStringLiteral("KEY")};
    QCommandLineOption rubric{QStringLiteral("rubric"),
        QCoreApplication::translate("verdict::cli", "Only this rubric (by id)."), QStringLiteral("ID")};
    QCommandLineOption rubricVersion{QStringLiteral("rubric-version"),
        QCoreApplication::translate("verdict::cli", "Only annotations made under this rubric version."),
        QStringLiteral("N")};
    QCommandLineOption slice{QStringLiteral("slice"),
        QCoreApplication::translate("verdict::cli",
            "Report each value of a task metadata key (language, intent, risk_tier, source…) separately, or each "
            "model with \"model\"."),
        QStringLiteral("FIELD")};
    QCommandLineOption json{
        QStringLiteral("json"), QCoreApplication::translate("verdict::cli", "Print JSON (see docs/cli.md).")};

    void addTo(QCommandLineParser &parser, bool withSlice = true) const
    {
        parser.addOption(criterion);
        parser.addOption(rubric);
        parser.addOption(rubricVersion);
        if (withSlice)
            parser.addOption(slice);
        parser.addOption(json);
        parser.addPositionalArgument(
            QStringLiteral("PROJECT"), QCoreApplication::translate("verdict::cli", "The project file."));
    }

    // The rubric version, or a usage message when it is not a positive number.
    std::optional<int> version(const QCommandLineParser &parser, QString &problem) const
    {
        if (!parser.isSet(rubricVersion))
            return std::nullopt;
        bool ok = false;
        const int value = parser.value(rubricVersion).toInt(&ok);
        if (!ok || value < 1)
            problem
                = QCoreApplication::translate("verdict::cli", "--rubric-version expects a version number, not \"%1\"")
                      .arg(parser.value(rubricVersion));
        return value;
    }
};

json nullable(const QString &text)
{
    return text.isEmpty() ? json() : json(toStd(text));
}

json valueOf(const MetricResult &result)
{
    return result.value ? json(*result.value) : json();
}

json figure(const MetricResult &result)
{
    return json{
        {"value", valueOf(result)}, {"reason", nullable(undefinedName(result.reason))}, {"units", result.units}};
}

// A row's slice: null when the report is not sliced.
json sliceValue(const QString &field, const QString &slice)
{
    return field.isEmpty() ? json() : json(toStd(slice));
}

// What agreement and gold-accuracy print around their rows.
json resultsJson(const QString &path, const std::optional<int> &rubricVersion, const QString &slice, json rows)
{
    return json{{"project", toStd(path)}, {"rubric_version", rubricVersion ? json(*rubricVersion) : json()},
        {"slice_field", nullable(slice)}, {"results", std::move(rows)}};
}

json rate(const metrics::Rate &rate)
{
    return json{{"count", rate.count}, {"total", rate.total}, {"rate", valueOf(rate.rate)},
        {"low", rate.interval ? json(rate.interval->low) : json()},
        {"high", rate.interval ? json(rate.interval->high) : json()}};
}

// Rows of text in aligned columns.
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    { }
    void add(QStringList row) { m_rows << std::move(row); }
    void print(QTextStream &out) const
    {
        QList<qsizetype> widths;
        for (const QStringList &row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i)
                    widths << 0;
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
        for (const QStringList &row : m_rows) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i)
                line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
            out << line.trimmed() << u'\n';
        }
    }

private:
    QList<QStringList> m_rows;
};

} // namespace

int runAgreement(Context &context)
{
    QCommandLineParser parser;
    const QualityOptions common;
    const QCommandLineOption metric(QStringLiteral("metric"),
        tr("Only these metrics (repeat or separate with commas): %1.").arg([] {
            QStringList names;
            for (Metric m : allMetrics())
                names << metricName(m);
            return names.join(u", ");
        }()),
        QStringLiteral("NAME"));
    const QCommandLineOption level(QStringLiteral("level"),
        tr("Krippendorff's alpha at this level only: nominal, ordinal, interval or ratio."), QStringLiteral("LEVEL"));
    parser.addOption(metric);
    parser.addOption(level);
    common.addTo(parser);
    if (auto exit = context.parse(parser,
            tr("agreement PROJECT [--criterion KEY] [--metric NAME] [--level LEVEL] [--rubric-version N] "
               "[--slice FIELD] [--json]"),
            tr("Measures how far annotators agree, per criterion, over submitted annotations. Which metric "
               "applies to which kind of criterion is explained in docs/metrics.md."),
            1, 1))
        return *exit;

    AgreementOptions options;
    options.criterion = parser.value(common.criterion);
    options.rubricId = parser.value(common.rubric);
    options.slice = parser.value(common.slice);
    for (const QString &value : parser.values(metric)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            const auto m = metricFromName(name.trimmed());
            if (!m)
                return context.usage(tr("unknown metric \"%1\"").arg(name.trimmed()));
            options.metrics << *m;
        }
    }
    if (parser.isSet(level)) {
        options.level = metrics::levelFromName(parser.value(level));
        if (!options.level)
            return context.usage(
                tr("unknown level \"%1\"; expected nominal, ordinal, interval or ratio").arg(parser.value(level)));
    }
    QString problem;
    options.rubricVersion = common.version(parser, problem);
    if (!problem.isEmpty())
        return context.usage(problem);

    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path);
    if (!project)
        return context.fail(project.error());
    auto rows = AgreementAnalysis::run(**project, options);
    if (!rows)
        return context.fail(rows.error());

    if (parser.isSet(common.json)) {
        json results = json::array();
        for (const AgreementRow &row : *rows) {
            json item{{"rubric", toStd(row.rubricId)}, {"rubric_version", row.rubricVersion},
                {"criterion", toStd(row.criterion)}, {"kind", toStd(criterionKindName(row.kind))},
                {"per", toStd(scopeName(row.per))}, {"part", nullable(row.part)}, {"aspect", toStd(row.aspect)},
                {"metric", toStd(metricName(row.metric))},
                {"level", row.level ? json(toStd(metrics::levelName(*row.level))) : json()},
                {"slice", sliceValue(options.slice, row.slice)}, {"value", valueOf(row.result)},
                {"reason", nullable(undefinedName(row.result.reason))}, {"units", row.result.units},
                {"raters", row.result.raters}, {"pairs", row.result.pairs}};
            const auto band = row.result.value ? bandOf(row.metric, *row.result.value) : std::nullopt;
            item["band"] = band ? json(toStd(bandName(*band))) : json();
            if (!row.raterPairs.isEmpty()) {
                // Names in alphabetical order within and across pairs (kappa is the same either way round).
                QList<std::tuple<QString, QString, const MetricResult *>> named;
                for (const metrics::RaterPairResult &pair : row.raterPairs) {
                    const QString a = row.raters.value(pair.raterA);
                    const QString b = row.raters.value(pair.raterB);
                    named << std::tuple{std::min(a, b), std::max(a, b), &pair.result};
                }
                std::sort(named.begin(), named.end());
                json pairs = json::array();
                for (const auto &[a, b, result] : named)
                    pairs.push_back(json{{"a", toStd(a)}, {"b", toStd(b)}, {"value", valueOf(*result)},
                        {"reason", nullable(undefinedName(result->reason))}, {"units", result->units}});
                item["rater_pairs"] = pairs;
            }
            results.push_back(item);
        }
        context.printJson(resultsJson(path, options.rubricVersion, options.slice, std::move(results)));
        return Success;
    }

    if (rows->isEmpty()) {
        context.out << tr("No agreement to report: no criterion with an agreement metric (text and rewrite have "
                          "none), or nothing submitted yet.")
                    << u'\n';
        return Success;
    }
    QStringList header{
        tr("criterion"), tr("metric"), tr("level"), tr("value"), tr("reading"), tr("units"), tr("raters"), tr("pairs")};
    if (!options.slice.isEmpty())
        header.insert(1, options.slice);
    Table table(header);
    for (const AgreementRow &row : *rows)
        table.add(reporttext::agreementRow(row, !options.slice.isEmpty()));
    table.print(context.out);
    context.out << u'\n' << bandSource(Metric::Alpha) << u'\n' << bandSource(Metric::CohenKappa) << u'\n';
    return Success;
}

int runGoldAccuracy(Context &context)
{
    QCommandLineParser parser;
    const QualityOptions common;
    common.addTo(parser);
    if (auto exit = context.parse(parser,
            tr("gold-accuracy PROJECT [--criterion KEY] [--rubric-version N] [--slice FIELD] [--json]"),
            tr("Compares each annotator's submitted answers with the gold answers, per criterion: exact matches; "
               "for ratings also within one point and the mean absolute error; for rankings the response pairs "
               "ordered as gold orders them."),
            1, 1))
        return *exit;
    GoldAccuracyOptions options;
    options.criterion = parser.value(common.criterion);
    options.rubricId = parser.value(common.rubric);
    options.slice = parser.value(common.slice);
    QString problem;
    options.rubricVersion = common.version(parser, problem);
    if (!problem.isEmpty())
        return context.usage(problem);
    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path);
    if (!project)
        return context.fail(project.error());
    auto rows = GoldAccuracy::run(**project, options);
    if (!rows)
        return context.fail(rows.error());

    if (parser.isSet(common.json)) {
        json results = json::array();
        for (const GoldAccuracyRow &row : *rows) {
            json item{{"rubric", toStd(row.rubricId)}, {"criterion", toStd(row.criterion)},
                {"kind", toStd(criterionKindName(row.kind))}, {"per", toStd(scopeName(row.per))},
                {"annotator", toStd(row.annotator)}, {"slice", sliceValue(options.slice, row.slice)},
                {"tasks", row.tasks}, {"units", row.exact.units}, {"exact", figure(row.exact)}};
            item["within_one"] = row.withinOne ? figure(*row.withinOne) : json();
            item["mean_absolute_error"] = row.meanAbsoluteError ? figure(*row.meanAbsoluteError) : json();
            item["pairwise"] = row.pairwise ? figure(*row.pairwise) : json();
            item["span_f1"] = row.spanF1 ? figure(*row.spanF1) : json();
            results.push_back(item);
        }
        context.printJson(resultsJson(path, options.rubricVersion, options.slice, std::move(results)));
        return Success;
    }
    if (rows->isEmpty()) {
        context.out << tr("No gold accuracy to report: no gold answers, or no submitted annotation of a gold task.")
                    << u'\n';
        return Success;
    }
    QStringList header{tr("criterion"), tr("annotator"), tr("tasks"), tr("units"), tr("exact"), tr("within 1"),
        tr("MAE"), tr("pairs as gold"), tr("span F1")};
    if (!options.slice.isEmpty())
        header.insert(2, options.slice);
    Table table(header);
    for (const GoldAccuracyRow &row : *rows)
        table.add(reporttext::goldAccuracyRow(row, !options.slice.isEmpty()));
    table.print(context.out);
    return Success;
}

int runCompareModels(Context &context)
{
    QCommandLineParser parser;
    const QualityOptions common;
    const QCommandLineOption replicates(QStringLiteral("replicates"),
        tr("Bootstrap replicates for the Bradley–Terry intervals (default 1000)."), QStringLiteral("N"),
        QStringLiteral("1000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Seed of the bootstrap (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    parser.addOption(replicates);
    parser.addOption(seed);
    common.addTo(parser);
    if (auto exit = context.parse(parser,
            tr("compare-models PROJECT [--criterion KEY] [--slice FIELD] [--rubric-version N] [--json]"),
            tr("Compares models from the preferences in ranking answers: win, tie and loss rates for every pair of "
               "models with 95% Wilson intervals, a Bradley–Terry strength per model with 95% bootstrap "
               "intervals, and how often each model's responses get each span label and safety flag."),
            1, 1))
        return *exit;
    ModelComparisonOptions options;
    options.criterion = parser.value(common.criterion);
    options.rubricId = parser.value(common.rubric);
    options.slice = parser.value(common.slice);
    bool ok = false;
    options.replicates = parser.value(replicates).toInt(&ok);
    if (!ok || options.replicates < 0)
        return context.usage(tr("--replicates expects a number, not \"%1\"").arg(parser.value(replicates)));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usage(tr("--seed expects a number, not \"%1\"").arg(parser.value(seed)));
    QString problem;
    options.rubricVersion = common.version(parser, problem);
    if (!problem.isEmpty())
        return context.usage(problem);
    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path);
    if (!project)
        return context.fail(project.error());
    auto result = ModelComparison::run(**project, options);
    if (!result)
        return context.fail(result.error());

    if (parser.isSet(common.json)) {
        json pairs = json::array();
        for (const ModelPairRow &row : result->pairs)
            pairs.push_back(json{{"slice", sliceValue(options.slice, row.slice)}, {"model_a", toStd(row.modelA)},
                {"model_b", toStd(row.modelB)}, {"judgments", row.judgments}, {"wins_a", rate(row.winsA)},
                {"ties", rate(row.ties)}, {"wins_b", rate(row.winsB)}});
        json strengths = json::array();
        for (const ModelStrengthRow &row : result->strengths)
            strengths.push_back(json{{"slice", sliceValue(options.slice, row.slice)}, {"model", toStd(row.model)},
                {"strength", valueOf(row.strength)}, {"reason", nullable(undefinedName(row.strength.reason))},
                {"low", row.interval ? json(row.interval->low) : json()},
                {"high", row.interval ? json(row.interval->high) : json()}, {"comparisons", row.strength.units},
                {"replicates", row.replicates}, {"failed_replicates", row.failedReplicates}});
        json rates = json::array();
        for (const ModelRateRow &row : result->rates) {
            json item = rate(row.rate);
            item["slice"] = sliceValue(options.slice, row.slice);
            item["model"] = toStd(row.model);
            item["criterion"] = toStd(row.criterion);
            item["kind"] = toStd(criterionKindName(row.kind));
            item["key"] = toStd(row.key);
            rates.push_back(item);
        }
        context.printJson(json{{"project", toStd(path)}, {"rubric", nullable(result->rubricId)},
            {"criterion", nullable(result->criterion)},
            {"rubric_version", options.rubricVersion ? json(*options.rubricVersion) : json()},
            {"slice_field", nullable(options.slice)}, {"interval", "wilson-95"},
            {"bootstrap", json{{"replicates", result->replicates}, {"seed", result->seed}, {"unit", "task"}}},
            {"pairs", pairs}, {"strengths", strengths}, {"rates", rates}});
        return Success;
    }

    const QString sliceHeader = options.slice;
    if (result->criterion.isEmpty())
        context.out << tr("The rubric has no ranking criterion: no preferences to compare.") << u'\n';
    else
        context.out << tr("Preferences from \"%1\" (95% Wilson intervals):").arg(result->criterion)
                    << QStringLiteral("\n\n");
    if (!result->pairs.isEmpty()) {
        QStringList header{
            tr("model A"), tr("model B"), tr("judgments"), tr("A preferred"), tr("tie"), tr("B preferred")};
        if (!sliceHeader.isEmpty())
            header.prepend(sliceHeader);
        Table table(header);
        for (const ModelPairRow &row : result->pairs)
            table.add(reporttext::modelPairRow(row, !sliceHeader.isEmpty()));
        table.print(context.out);
        context.out << u'\n'
                    << tr("Bradley–Terry log-strength (mean 0; 95% bootstrap interval over tasks, %1 replicates, "
                          "seed %2):")
                           .arg(result->replicates)
                           .arg(result->seed)
                    << QStringLiteral("\n\n");
        QStringList strengthHeader{tr("model"), tr("strength"), tr("interval"), tr("comparisons")};
        if (!sliceHeader.isEmpty())
            strengthHeader.prepend(sliceHeader);
        Table strengths(strengthHeader);
        for (const ModelStrengthRow &row : result->strengths)
            strengths.add(reporttext::modelStrengthRow(row, !sliceHeader.isEmpty()));
        strengths.print(context.out);
    }
    if (!result->rates.isEmpty()) {
        context.out << u'\n' << tr("Span labels and safety flags per judged response (95% Wilson intervals):")
                    << QStringLiteral("\n\n");
        QStringList header{tr("model"), tr("criterion"), tr("label or flag"), tr("marked"), tr("judged"), tr("rate")};
        if (!sliceHeader.isEmpty())
            header.prepend(sliceHeader);
        Table table(header);
        for (const ModelRateRow &row : result->rates)
            table.add(reporttext::modelRateRow(row, !sliceHeader.isEmpty()));
        table.print(context.out);
    }
    return Success;
}

} // namespace verdict::cli
