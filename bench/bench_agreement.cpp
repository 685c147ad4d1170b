// Times agreement for one criterion over a project of about a million
// annotations (3 raters x 333,334 tasks), built through the stores the first
// time and kept for later runs. See docs/performance.md ("Metrics").
//
//   bench_agreement [--project PATH] [--tasks N] [--raters R] [--runs K] [--rebuild]

#include "codecs/jsonfields.h"
#include "codecs/rubricjson.h"
#include "metrics/agreementanalysis.h"
#include "metrics/criteriondatasets.h"
#include "store/annotationquery.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace verdict;
using nlohmann::json;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

json rubricJson()
{
    const json scale{{"min", 1}, {"max", 5}};
    return json{{"id", "bench"}, {"title", "Benchmark rubric"}, {"guidelines", "# Benchmark"},
        {"criteria",
            json::array({json{{"key", "overall"}, {"kind", "ranking"}, {"title", "Overall"}},
                json{{"key", "quality"}, {"kind", "rating"}, {"per", "task"}, {"title", "Quality"}, {"scale", scale}},
                json{{"key", "helpfulness"}, {"kind", "rating"}, {"per", "response"}, {"title", "Helpfulness"},
                    {"scale", scale}},
                json{{"key", "refusal"}, {"kind", "choice"}, {"per", "response"}, {"title", "Refusal"},
                    {"options", json::array({json{{"key", "answer"}}, json{{"key", "refuse"}}})}},
                json{{"key", "rationale"}, {"kind", "text"}, {"title", "Rationale"}}})}};
}

int clampRating(int v)
{
    return std::clamp(v, 1, 5);
}

// A rater's rating of an item whose true score is `truth`: right most of the time, one off otherwise.
int rate(QRandomGenerator &random, int truth)
{
    const quint32 roll = random.bounded(100u);
    if (roll < 70)
        return truth;
    if (roll < 85)
        return clampRating(truth - 1);
    if (roll < 97)
        return clampRating(truth + 1);
    return int(random.bounded(1u, 6u));
}

bool build(const QString &path, int tasks, int raters)
{
    QFile::remove(path);
    auto created = Project::create(path, QStringLiteral("Agreement benchmark"));
    if (!created) {
        out() << created.error().toString() << Qt::endl;
        return false;
    }
    Project &project = **created;
    auto rubric = rubricjson::fromJson(rubricJson());
    if (!rubric || !project.rubrics().publish(*rubric, QStringLiteral("benchmark"), QStringLiteral("bench"))) {
        out() << "cannot publish the benchmark rubric" << Qt::endl;
        return false;
    }
    QRandomGenerator random(20261122);
    const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ja")};
    QElapsedTimer timer;
    timer.start();
    {
        Transaction transaction(project.database());
        for (int t = 0; t < tasks; ++t) {
            Task task;
            task.id = QStringLiteral("task-%1").arg(t, 7, 10, QLatin1Char('0'));
            task.context << Message{QStringLiteral("user"),
                QStringLiteral("Question %1: how do I rotate the logs of a service without losing lines?").arg(t)};
            task.responses << Response{QStringLiteral("a"), QStringLiteral("atlas-7b"),
                QStringLiteral("Use copytruncate, or better, have the service reopen its log on SIGHUP.")};
            task.responses << Response{QStringLiteral("b"), QStringLiteral("cirrus-mini"),
                QStringLiteral("Delete the file and restart the service.")};
            task.meta = {{"language", toStd(languages[t % languages.size()])}, {"source", "benchmark"}};
            if (auto inserted = project.tasks().insert(task); !inserted) {
                out() << inserted.error().toString() << Qt::endl;
                return false;
            }
        }
        if (!transaction.commit())
            return false;
    }
    out() << QStringLiteral("  %1 tasks inserted in %2 s").arg(tasks).arg(double(timer.elapsed()) / 1000) << Qt::endl;
    timer.restart();
    const QDateTime start(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC);
    qint64 stored = 0;
    for (int r = 0; r < raters; ++r) {
        Transaction transaction(project.database());
        const QString annotator = QStringLiteral("rater-%1").arg(r + 1);
        QRandomGenerator truths(7); // the same true scores for every rater
        for (int t = 0; t < tasks; ++t) {
            const int quality = int(truths.bounded(1u, 6u));
            const int a = int(truths.bounded(1u, 6u));
            const int b = int(truths.bounded(1u, 6u));
            Annotation annotation;
            annotation.taskId = QStringLiteral("task-%1").arg(t, 7, 10, QLatin1Char('0'));
            annotation.annotator = annotator;
            annotation.rubricId = QStringLiteral("bench");
            annotation.rubricVersion = 1;
            annotation.status = AnnotationStatus::Submitted;
            annotation.revision = 1;
            const int ra = rate(random, a);
            const int rb = rate(random, b);
            json ranking = ra == rb ? json::array({json::array({"a", "b"})})
                                    : (ra > rb ? json::array({json::array({"a"}), json::array({"b"})})
                                               : json::array({json::array({"b"}), json::array({"a"})}));
            annotation.answers = json{{"overall", ranking}, {"quality", rate(random, quality)},
                {"helpfulness", {{"a", ra}, {"b", rb}}},
                {"refusal", {{"a", "answer"}, {"b", random.bounded(10u) == 0 ? "refuse" : "answer"}}},
                {"rationale",
                    "A explains why copytruncate can lose lines and offers the SIGHUP route; B would drop "
                    "whatever the service writes between the delete and the restart."}};
            annotation.startedAt = start.addSecs(qint64(t) * 90);
            annotation.submittedAt = annotation.startedAt.addSecs(75);
            annotation.activeSeconds = 60 + random.bounded(60u);
            annotation.batchId = QStringLiteral("batch-") + annotator;
            if (auto done = project.annotations().store(annotation); !done) {
                out() << done.error().toString() << Qt::endl;
                return false;
            }
            ++stored;
        }
        if (!transaction.commit())
            return false;
        out() << QStringLiteral("  %1 annotations stored, %2 s").arg(stored).arg(double(timer.elapsed()) / 1000)
              << Qt::endl;
    }
    (void)project.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

// The machine's load (Linux), printed with the figures: other work on the
// same cores shows up in the wall times.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing time(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    work();
    return Timing{double(timer.nsecsElapsed()) / 1e9, double(std::clock() - cpu) / CLOCKS_PER_SEC};
}

// The median of the runs' wall times, with the fastest and the CPU time (all
// threads of the process) of the median run.
QString summary(std::vector<Timing> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    const Timing &median = runs[runs.size() / 2];
    return QStringLiteral("median %1 s wall (%2 s CPU), fastest %3 s")
        .arg(median.wall, 0, 'f', 3)
        .arg(median.cpu, 0, 'f', 3)
        .arg(runs.front().wall, 0, 'f', 3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption projectOption(QStringLiteral("project"), QStringLiteral("The benchmark project file."),
        QStringLiteral("PATH"), QDir::temp().filePath(QStringLiteral("verdict-bench-agreement.verdict")));
    const QCommandLineOption tasksOption(
        QStringLiteral("tasks"), QStringLiteral("Tasks to build."), QStringLiteral("N"), QStringLiteral("333334"));
    const QCommandLineOption ratersOption(
        QStringLiteral("raters"), QStringLiteral("Raters per task."), QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Timed runs per case."), QStringLiteral("K"), QStringLiteral("5"));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Build the project again."));
    parser.addOptions({projectOption, tasksOption, ratersOption, runsOption, rebuildOption});
    parser.process(app);
    const QString path = parser.value(projectOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    if (parser.isSet(rebuildOption) || !QFile::exists(path)) {
        out() << "Building " << path << Qt::endl;
        if (!build(path, parser.value(tasksOption).toInt(), parser.value(ratersOption).toInt()))
            return 1;
    }
    auto opened = Project::open(path);
    if (!opened) {
        out() << opened.error().toString() << Qt::endl;
        return 1;
    }
    Project &project = **opened;
    AnnotationQuery query(project.database());
    auto counts = project.annotations().countByStatus();
    out() << "Project " << path << ": " << counts->value(AnnotationStatus::Submitted) << " submitted annotations, "
          << QFileInfo(path).size() / (1024 * 1024) << " MB" << Qt::endl;
    out() << "Load average before: " << loadAverage() << Qt::endl;

    for (const auto &[key, per] : {std::pair{QStringLiteral("quality"), Scope::Task},
             std::pair{QStringLiteral("helpfulness"), Scope::Response}}) {
        out() << Qt::endl << "Criterion " << key << " (rating, per " << scopeName(per) << ")" << Qt::endl;
        auto criteria = AgreementAnalysis::criteria(project, {}, key, std::nullopt);
        if (!criteria || criteria->isEmpty())
            return 1;
        const CriterionInUse &use = criteria->constFirst();
        std::vector<Timing> read;
        std::vector<Timing> readSingle;
        std::vector<Timing> datasets;
        std::vector<Timing> alpha;
        std::vector<Timing> endToEnd;
        std::vector<Timing> defaults;
        std::size_t rows = 0;
        std::optional<double> value;
        for (int run = 0; run < runs; ++run) {
            Result<CriterionAnswers> answers = makeError(QString());
            read.push_back(time([&] { answers = query.answers(key, per, AnswerForm::Number, use.scope); }));
            if (!answers)
                return 1;
            rows = answers->size();
            AnnotationQuery single(project.database());
            single.setParallelism(1, 0);
            readSingle.push_back(time([&] { (void)single.answers(key, per, AnswerForm::Number, use.scope); }));
            CriterionDatasets sets;
            datasets.push_back(time([&] { sets = CriterionDatasets::build(use.criterion, *answers, {}); }));
            alpha.push_back(time([&] {
                value = metrics::krippendorffAlpha(sets.values.constFirst().data, metrics::Level::Ordinal).value;
            }));
            AgreementOptions options;
            options.criterion = key;
            options.metrics = {Metric::Alpha};
            options.level = metrics::Level::Ordinal;
            endToEnd.push_back(time([&] { (void)AgreementAnalysis::run(project, options); }));
            AgreementOptions all;
            all.criterion = key;
            defaults.push_back(time([&] { (void)AgreementAnalysis::run(project, all); }));
        }
        out() << "  values read:            " << rows << Qt::endl;
        out() << "  alpha (ordinal):        " << QString::number(value.value_or(-1), 'f', 4) << Qt::endl;
        out() << "  bulk read, 1 thread:    " << summary(readSingle) << Qt::endl;
        out() << "  bulk read, " << QThread::idealThreadCount() << " threads:   " << summary(read) << Qt::endl;
        out() << "  datasets:               " << summary(datasets) << Qt::endl;
        out() << "  alpha alone:            " << summary(alpha) << Qt::endl;
        out() << "  end to end, alpha:      " << summary(endToEnd) << Qt::endl;
        out() << "  end to end, defaults:   " << summary(defaults) << Qt::endl;
    }
    out() << Qt::endl << "Load average after: " << loadAverage() << Qt::endl;
    return 0;
}
