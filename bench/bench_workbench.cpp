// Measures the workbench's speed as a trainer feels it (docs/performance.md):
//   bench_workbench switch DIR [N]    switching to the next task, two 10 KB responses with code (N tasks, 201)
//   bench_workbench generate FILE N   a project with N tasks, by bulk insert
//   bench_workbench open FILE         time to the first task shown, and peak memory
// Run with QT_QPA_PLATFORM=offscreen.

#include "codecs/jsonfields.h"
#include "codecs/taskjson.h"
#include "common/appsettings.h"
#include "highlight/codehighlighter.h"
#include "store/project.h"
#include "store/tasktable.h"
#include "workbench/mainwindow.h"
#include "workbench/queuemodel.h"
#include "workbench/taskview.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace verdict;

namespace {

QElapsedTimer sinceStart;

// CPU time of this thread in ms: what the switch costs, whatever else the machine runs.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

long statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// About `bytes` of Markdown: prose, a list and fenced Python, like a long coding answer.
QString longResponse(int seed, int bytes)
{
    QString text;
    int block = 0;
    while (text.size() < bytes) {
        text += QStringLiteral(
            "## Step %1\n\nThe helper walks the input once and yields **batches** of at most `n` "
            "items; the last one may be shorter (seed %2).\n\n- works with generators\n- keeps one "
            "batch in memory\n\n```python\nfrom itertools import islice\n\n\ndef batched_%1(iterable, "
            "n):\n    it = iter(iterable)\n    while batch := list(islice(it, n)):\n        yield "
            "batch  # %2\n```\n\n")
                    .arg(block++)
                    .arg(seed);
    }
    return text;
}

void settle()
{
    QCoreApplication::processEvents();
}

// Lets the event loop run for `ms`, as it does while a person reads.
void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

int benchSwitch(const QString &dir, int tasks)
{
    const QString path = dir + QStringLiteral("/switch.verdict");
    QFile::remove(path);
    auto project = demo::create(path);
    if (!project) {
        print(project.error().toString());
        return 1;
    }
    // The highlighter the workbench uses, found as the application finds it, and started.
    print(QStringLiteral("switch: highlighter: %1").arg(CodeHighlighter::instance().readyBackendName()));
    {
        Transaction transaction((*project)->database());
        for (int i = 0; i < tasks; ++i) {
            Task t;
            t.id = QStringLiteral("long-%1").arg(i, 4, 10, QLatin1Char('0'));
            t.context << Message{QStringLiteral("user"), QStringLiteral("Write a batching helper, variant %1").arg(i)};
            t.responses << Response{QStringLiteral("a"), QStringLiteral("m1"), longResponse(i, 10 * 1024)}
                        << Response{QStringLiteral("b"), QStringLiteral("m2"), longResponse(i + 1000, 10 * 1024)};
            if (auto done = (*project)->tasks().insert(t); !done) {
                print(done.error().toString());
                return 1;
            }
        }
        if (auto done = transaction.commit(); !done)
            return 1;
    }
    project->reset();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    settle();
    if (!window.openProject(path))
        return 1;
    // Start on the long tasks (the demo's 36 come first).
    window.workbench().selectRow(36);
    settle();
    // A trainer reads between switches: the next task is rendered ahead in
    // that pause (30 ms after a switch). Cold: switching faster than that.
    QList<double> times;
    QList<double> cold;
    QList<double> cpu;
    QList<double> coldCpu;
    for (int i = 0; i < tasks - 1; ++i) {
        const bool pause = i % 2 == 0;
        if (pause)
            idle(100);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        window.workbench().nextTask(1);
        settle(); // layout and paint of what the switch changed
        (pause ? times : cold) << double(timer.nsecsElapsed()) / 1e6;
        (pause ? cpu : coldCpu) << cpuMs() - cpuStart;
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(coldCpu.begin(), coldCpu.end());
    std::sort(times.begin(), times.end());
    std::sort(cold.begin(), cold.end());
    const auto quantile = [](const QList<double> &list, double q) {
        return list[std::min<qsizetype>(list.size() - 1, qsizetype(q * list.size()))];
    };
    const auto at = [&](double q) { return quantile(times, q); };
    // Where the time goes: the task view alone (render, map, lay out, paint).
    QList<double> viewTimes;
    QList<Task> loaded;
    Project *open = window.workbench().project();
    for (int i = 0; i < std::min(40, tasks); ++i)
        loaded << *open->tasks().byId(QStringLiteral("long-%1").arg(i, 4, 10, QLatin1Char('0'))).value();
    for (const Task &t : loaded) {
        QElapsedTimer timer;
        timer.start();
        window.taskView()->setTask(t);
        const double set = double(timer.nsecsElapsed()) / 1e6;
        settle();
        viewTimes << set << double(timer.nsecsElapsed()) / 1e6;
    }
    double setSum = 0;
    double allSum = 0;
    for (qsizetype i = 0; i < viewTimes.size(); i += 2) {
        setSum += viewTimes[i];
        allSum += viewTimes[i + 1];
    }
    print(QStringLiteral("switch: task view alone: setTask %1 ms, with layout and paint %2 ms (mean of %3)")
              .arg(setSum / loaded.size(), 0, 'f', 2)
              .arg(allSum / loaded.size(), 0, 'f', 2)
              .arg(loaded.size()));
    print(QStringLiteral("switch: %1 switches after a pause, responses %2 + %3 characters, highlighter: %4")
              .arg(times.size())
              .arg(window.taskView()->task().responses[0].content.size())
              .arg(window.taskView()->task().responses[1].content.size())
              .arg(CodeHighlighter::instance().backendName()));
    print(QStringLiteral("switch: median %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms")
              .arg(at(0.5), 0, 'f', 2)
              .arg(at(0.9), 0, 'f', 2)
              .arg(at(0.99), 0, 'f', 2)
              .arg(times.last(), 0, 'f', 2));
    print(QStringLiteral("switch: CPU time median %1 ms, p99 %2 ms")
              .arg(quantile(cpu, 0.5), 0, 'f', 2)
              .arg(quantile(cpu, 0.99), 0, 'f', 2));
    print(
        QStringLiteral("switch, cold (no pause to render ahead): median %1 ms, p99 %2 ms; CPU median %3 ms, p99 %4 ms")
            .arg(quantile(cold, 0.5), 0, 'f', 2)
            .arg(quantile(cold, 0.99), 0, 'f', 2)
            .arg(quantile(coldCpu, 0.5), 0, 'f', 2)
            .arg(quantile(coldCpu, 0.99), 0, 'f', 2));
    return 0;
}

int benchGenerate(const QString &path, qint64 count)
{
    QFile::remove(path);
    auto project = Project::create(path, QStringLiteral("A million tasks"));
    if (!project) {
        print(project.error().toString());
        return 1;
    }
    auto rubric = demo::rubric();
    if (auto done = (*project)->rubrics().publish(*rubric, QStringLiteral("bench"), QStringLiteral("lead")); !done)
        return 1;
    QElapsedTimer timer;
    timer.start();
    // Rows straight into the task table, as an import writes them: a million tasks in seconds.
    Transaction transaction((*project)->database());
    TaskTable table((*project)->database(), Database::Access::Bulk);
    for (qint64 i = 0; i < count; ++i) {
        Task t;
        t.id = QStringLiteral("t-%1").arg(i, 7, 10, QLatin1Char('0'));
        t.context << Message{QStringLiteral("user"),
            QStringLiteral("Question %1: how do I split an iterable into batches of n items in Python?").arg(i)};
        t.responses << Response{QStringLiteral("a"), QStringLiteral("m1"),
            QStringLiteral("Use `itertools.islice` in a loop; answer %1 with a short example.").arg(i)}
                    << Response{QStringLiteral("b"), QStringLiteral("m2"),
                           QStringLiteral("Collect items in a list and yield it when full; answer %1.").arg(i)};
        if (auto done = table.insert(TaskRow::fromTask(t), "2026-11-22T10:00:00Z"); !done) {
            print(done.error().toString());
            return 1;
        }
    }
    if (auto done = transaction.commit(); !done) {
        print(done.error().toString());
        return 1;
    }
    print(QStringLiteral("generate: %1 tasks in %2 s").arg(count).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

int benchOpen(const QString &path)
{
    const qint64 started = sinceStart.elapsed();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    settle();
    QElapsedTimer timer;
    timer.start();
    if (!window.openProject(path))
        return 1;
    settle();
    const qint64 opened = timer.elapsed();
    print(QStringLiteral("open: %1 tasks in the queue, first task %2 shown %3 ms after openProject, %4 ms after "
                         "main() (the application was up %5 ms after main())")
              .arg(window.workbench().queue()->rowCount())
              .arg(window.taskView()->task().id)
              .arg(opened)
              .arg(sinceStart.elapsed())
              .arg(started));
    // Scroll the queue to the end and back, as a trainer might.
    QElapsedTimer scroll;
    scroll.start();
    window.workbench().selectRow(window.workbench().queue()->rowCount() - 1);
    settle();
    window.workbench().nextUnfinished();
    settle();
    print(QStringLiteral("open: last row and next unfinished in %1 ms").arg(scroll.elapsed()));
    print(QStringLiteral("open: peak resident memory %1 MB, now %2 MB")
              .arg(double(statusKb("VmHWM:")) / 1024, 0, 'f', 1)
              .arg(double(statusKb("VmRSS:")) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    sinceStart.start();
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("VerdictBench"));
    app.setApplicationName(QStringLiteral("verdict-bench"));
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setPerson(QStringLiteral("bench"));
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"switch" && (args.size() == 3 || args.size() == 4)) {
        const int tasks = args.size() == 4 ? args[3].toInt() : 201;
        if (tasks >= 3) // a switch after a pause and a cold one at least
            return benchSwitch(args[2], tasks);
    }
    if (mode == u"generate" && args.size() == 4)
        return benchGenerate(args[2], args[3].toLongLong());
    if (mode == u"open" && args.size() == 3)
        return benchOpen(args[2]);
    std::fputs("usage: bench_workbench switch DIR [TASKS] | generate FILE N | open FILE\n", stderr);
    return 2;
}
