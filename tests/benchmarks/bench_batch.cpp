// Times batch import and export against two floors, on N synthetic tasks of
// about 1.5 KB (docs/performance.md says how it is run and what it measured),
// and the import of the same texts as a foreign file (TRL preference pairs),
// refused whole at a bad record (--strict) or record by record in savepoints.
//
//   bench_batch [--tasks N] [--record-mib M] [--dir DIR]
//               [--phase all|generate|parse|plain|import|export|trl-generate|trl-strict|trl-lenient]
//
// With --record-mib, each task's first response is M MiB long instead (large
// records: how much memory an import of them takes).
//
// Phases after "generate" reuse DIR/bench.jsonl and DIR/bench.verdict, so each
// can run alone under /usr/bin/time -v to measure its peak memory; the TRL
// phases use DIR/bench-trl.jsonl and DIR/bench-trl.verdict.

#include "codecs/batchformat.h"
#include "codecs/jsonfields.h"
#include "codecs/jsonlwriter.h"
#include "codecs/rubricjson.h"
#include "export/batchexporter.h"
#include "import/importer.h"
#include "store/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstdio>
#include <fstream>

using namespace verdict;
using nlohmann::json;

namespace {

QTextStream out(stdout);

void report(const char *phase, qint64 tasks, qint64 nanoseconds, qint64 bytes)
{
    const double seconds = double(nanoseconds) / 1e9;
    out << QStringLiteral("%1 %2 tasks in %3 s: %4 tasks/s, %5 MB/s")
               .arg(QLatin1StringView(phase), -11)
               .arg(tasks)
               .arg(seconds, 0, 'f', 2)
               .arg(double(tasks) / seconds, 0, 'f', 0)
               .arg(double(bytes) / seconds / 1e6, 0, 'f', 1)
        << Qt::endl;
}

Rubric benchRubric()
{
    Rubric rubric;
    rubric.id = QStringLiteral("bench");
    rubric.version = 1;
    rubric.title = QStringLiteral("Benchmark");
    Criterion overall;
    overall.key = QStringLiteral("overall");
    overall.kind = CriterionKind::Ranking;
    overall.title = QStringLiteral("Overall");
    rubric.criteria << overall;
    return rubric;
}

// A task of about 1.5 KB: a prompt and two responses of varied text.
json syntheticTask(qint64 i)
{
    static const char *const words[]
        = {"model", "answer", "the", "query", "returns", "a", "list", "of", "items", "when", "batch", "size", "is",
            "small", "and", "otherwise", "streams", "results", "to", "disk", "über", "naïve", "café", "→", "✓"};
    std::string text;
    const auto sentence = [&](qint64 seed, std::size_t bytes) {
        text.clear();
        for (qint64 k = seed; text.size() < bytes; ++k) {
            text += words[std::size_t((k * 7919 + i) % 25)];
            text += (k % 11 == 10) ? ". " : " ";
        }
        return text;
    };
    return json{
        {"id", "bench-" + std::string(9 - std::min<std::size_t>(9, std::to_string(i).size()), '0') + std::to_string(i)},
        {"context", json::array({json{{"role", "user"}, {"content", sentence(i, 300)}}})},
        {"responses",
            json::array({json{{"id", "a"}, {"model", "m-1"}, {"content", sentence(i + 1, 520)}},
                json{{"id", "b"}, {"model", "m-2"}, {"content", sentence(i + 2, 520)}}})},
        {"meta", json{{"language", "en"}, {"source", "bench"}}}};
}

// A task whose first response is `bytes` long: a large record.
json largeTask(qint64 i, std::size_t bytes)
{
    json task = syntheticTask(i);
    std::string &content = task["responses"][0]["content"].get_ref<std::string &>();
    const std::string seed = content;
    content.reserve(bytes);
    while (content.size() + seed.size() <= bytes) // whole pieces: never a cut UTF-8 sequence
        content += seed;
    return task;
}

int generate(const QString &file, qint64 tasks, std::size_t recordBytes)
{
    JsonlWriter writer(true);
    if (!writer.open(file).ok())
        return 1;
    BatchManifest m;
    m.batchId = batchformat::batchId(QStringLiteral("bench"), BatchKind::Dataset, {});
    m.kind = BatchKind::Dataset;
    m.projectId = QStringLiteral("bench");
    m.projectName = QStringLiteral("Benchmark");
    m.producer = QStringLiteral("bench");
    m.tool = QStringLiteral("bench_batch");
    (void)writer.write(batchformat::recordLine("manifest", batchformat::manifestToJson(m)));
    (void)writer.write(batchformat::recordLine("rubric", rubricjson::toJson(benchRubric())));
    for (qint64 i = 0; i < tasks; ++i)
        (void)writer.write(
            batchformat::recordLine("task", recordBytes > 0 ? largeTask(i, recordBytes) : syntheticTask(i)));
    if (!writer.commit().ok())
        return 1;
    out << QStringLiteral("generated %1 tasks, %2 MB, %3 bytes a line")
               .arg(tasks)
               .arg(writer.bytes() >> 20)
               .arg(writer.bytes() / std::max<qint64>(1, writer.lines()))
        << Qt::endl;
    return 0;
}

// The same texts as TRL preference pairs: the prompt, and the two responses as chosen and rejected.
int generateTrl(const QString &file, qint64 tasks)
{
    JsonlWriter writer(false);
    if (!writer.open(file).ok())
        return 1;
    for (qint64 i = 0; i < tasks; ++i) {
        const json task = syntheticTask(i);
        // The texts repeat across tasks; the number makes each pair its own task.
        (void)writer.write(
            json{{"prompt", std::to_string(i) + ". " + task["context"][0]["content"].get<std::string>()},
                {"chosen", task["responses"][0]["content"]}, {"rejected", task["responses"][1]["content"]}}
                .dump()
            + '\n');
    }
    if (!writer.commit().ok())
        return 1;
    out << QStringLiteral("generated %1 preference pairs, %2 MB").arg(tasks).arg(writer.bytes() >> 20) << Qt::endl;
    return 0;
}

int importForeign(const QString &file, const QString &path, bool strict)
{
    for (const QString &f : {path, QString(path + u"-wal"), QString(path + u"-shm")})
        QFile::remove(f);
    auto project = Project::create(path, QStringLiteral("Benchmark"));
    if (!project)
        return 1;
    ImportOptions options;
    options.format = ImportFormat::Trl;
    options.strict = strict;
    QElapsedTimer timer;
    timer.start();
    const auto done = Importer(**project).importFile(file, options);
    const qint64 elapsed = timer.nsecsElapsed();
    if (!done) {
        out << done.error().toString() << Qt::endl;
        return 1;
    }
    report(strict ? "trl-strict" : "trl-lenient", done->counts.tasksAdded, elapsed, QFile(file).size());
    return 0;
}

// Floor 1: nlohmann/json parsing every line, nothing else.
int parseOnly(const QString &file)
{
    std::ifstream in(file.toStdString());
    std::string line;
    qint64 lines = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    while (std::getline(in, line)) {
        const json value = json::parse(line);
        lines += value.is_object() ? 1 : 0;
        bytes += qint64(line.size()) + 1;
    }
    report("parse", lines, timer.nsecsElapsed(), bytes);
    return 0;
}

// Floor 2: parse each line and insert it with one prepared statement, in one transaction.
int plainPipeline(const QString &file, const QString &database)
{
    QFile::remove(database);
    QFile::remove(database + u"-wal");
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(database).constData(), &db) != SQLITE_OK)
        return 1;
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "CREATE TABLE plain (id INTEGER PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, body TEXT NOT NULL)"})
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO plain (external_id, body) VALUES (?, ?)", -1, &insert, nullptr);
    std::ifstream in(file.toStdString());
    std::string line;
    qint64 rows = 0;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    while (std::getline(in, line)) {
        bytes += qint64(line.size()) + 1;
        const json value = json::parse(line);
        if (value.value("type", std::string()) != "task")
            continue;
        const std::string &id = value["id"].get_ref<const std::string &>();
        sqlite3_bind_text(insert, 1, id.data(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, line.data(), int(line.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            return 1;
        sqlite3_reset(insert);
        ++rows;
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    report("plain", rows, timer.nsecsElapsed(), bytes);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return 0;
}

int import(const QString &file, const QString &path)
{
    for (const QString &f : {path, QString(path + u"-wal"), QString(path + u"-shm")})
        QFile::remove(f);
    auto project = Project::create(path, QStringLiteral("Benchmark"));
    if (!project)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const auto done = Importer(**project).importFile(file, {});
    const qint64 elapsed = timer.nsecsElapsed();
    if (!done) {
        out << done.error().toString() << Qt::endl;
        return 1;
    }
    report("import", done->counts.tasksAdded, elapsed, QFile(file).size());
    return 0;
}

int exportDataset(const QString &path, const QString &file)
{
    auto project = Project::open(path);
    if (!project)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const auto done = BatchExporter(**project).writeDataset(file, {});
    const qint64 elapsed = timer.nsecsElapsed();
    if (!done) {
        out << done.error().toString() << Qt::endl;
        return 1;
    }
    report("export", done->tasks, elapsed, QFile(file).size());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption tasks(
        QStringLiteral("tasks"), QStringLiteral("Synthetic tasks."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Working directory."), QStringLiteral("DIR"),
        QDir::tempPath() + QStringLiteral("/verdict-bench"));
    const QCommandLineOption phase(QStringLiteral("phase"),
        QStringLiteral("all, generate, parse, plain, import, export, trl-generate, trl-strict or trl-lenient."),
        QStringLiteral("PHASE"), QStringLiteral("all"));
    const QCommandLineOption recordMib(QStringLiteral("record-mib"),
        QStringLiteral("Large records: each task's first response this many MiB long."), QStringLiteral("M"),
        QStringLiteral("0"));
    parser.addOption(tasks);
    parser.addOption(recordMib);
    parser.addOption(dir);
    parser.addOption(phase);
    parser.process(app);
    QDir().mkpath(parser.value(dir));
    const QString base = parser.value(dir);
    const QString batch = base + QStringLiteral("/bench.jsonl");
    const QString which = parser.value(phase);
    const bool all = which == u"all";
    int failed = 0;
    if (all || which == u"generate")
        failed |= generate(batch, parser.value(tasks).toLongLong(), parser.value(recordMib).toULongLong() << 20);
    if (all || which == u"parse")
        failed |= parseOnly(batch);
    if (all || which == u"plain")
        failed |= plainPipeline(batch, base + QStringLiteral("/plain.sqlite"));
    if (all || which == u"import")
        failed |= import(batch, base + QStringLiteral("/bench.verdict"));
    if (all || which == u"export")
        failed |= exportDataset(base + QStringLiteral("/bench.verdict"), base + QStringLiteral("/export.jsonl"));
    const QString pairs = base + QStringLiteral("/bench-trl.jsonl");
    if (all || which == u"trl-generate")
        failed |= generateTrl(pairs, parser.value(tasks).toLongLong());
    if (all || which == u"trl-strict")
        failed |= importForeign(pairs, base + QStringLiteral("/bench-trl.verdict"), true);
    if (all || which == u"trl-lenient")
        failed |= importForeign(pairs, base + QStringLiteral("/bench-trl.verdict"), false);
    return failed;
}
