// Measures code highlighting as the workbench uses it: the round trip to
// verdict-highlighter for typical fenced blocks (each request new, so the
// cache cannot answer), cache hits, and a whole 10 KB Markdown response
// through setMarkdown() + highlightCodeBlocks(). Not a test: it prints
// figures for docs/performance.md.
//   bench_highlighter [ROUNDS]

#include "highlight/codehighlighter.h"
#include "highlight/processhighlighter.h"
#ifdef VERDICT_SYNTAX_IN_PROCESS
#include "highlight/enginehighlighter.h"
#endif

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace verdict;

namespace {

QTextStream out(stdout);

std::unique_ptr<CodeHighlighter> makeHighlighter()
{
#ifdef VERDICT_SYNTAX_IN_PROCESS
    return std::make_unique<EngineHighlighter>();
#else
    return std::make_unique<ProcessHighlighter>(QStringLiteral(VERDICT_HIGHLIGHTER_PATH));
#endif
}

// Milliseconds per call of `run(i)` over `rounds` calls: median, 90th and 99th percentile, worst.
void measure(const QString &what, int rounds, const std::function<void(int)> &run)
{
    std::vector<double> ms;
    ms.reserve(size_t(rounds));
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        run(i);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << Qt::right;
    for (double v : {at(0.5), at(0.9), at(0.99), ms.back()})
        out << qSetFieldWidth(10) << QString::number(v, 'f', 3) << qSetFieldWidth(0);
    out << Qt::endl;
}

QString repeatTo(const QString &unit, qsizetype size)
{
    QString text;
    while (text.size() < size)
        text += unit;
    return text;
}

const QString pythonUnit = QStringLiteral("def batched(iterable, n):\n"
                                          "    \"\"\"Yield successive lists of up to n items.\"\"\"\n"
                                          "    if n < 1:\n"
                                          "        raise ValueError(\"n must be at least 1\")  # guard\n"
                                          "    it = iter(iterable)\n"
                                          "    while batch := list(islice(it, n)):\n"
                                          "        yield batch\n\n");
const QString cppUnit = QStringLiteral("/* Sums the values, skipping\n   negative ones. */\n"
                                       "int sum(const std::vector<int> &values) {\n"
                                       "    int total = 0;\n"
                                       "    for (int v : values)\n"
                                       "        if (v >= 0) total += v; // keep\n"
                                       "    return total;\n}\n\n");
const QString sqlUnit = QStringLiteral("SELECT t.id, count(*) AS n -- per task\n"
                                       "FROM annotation a JOIN task t ON t.row_id = a.task\n"
                                       "WHERE a.status = 'submitted'\nGROUP BY t.id;\n\n");

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 300;

    out << "columns: median, p90, p99, worst, in ms; " << rounds << " rounds each" << Qt::endl;

    measure(QStringLiteral("start + first small block"), 20, [](int i) {
        auto highlighter = makeHighlighter();
        highlighter->highlight(QStringLiteral("x_%1 = 1\n").arg(i), QStringLiteral("python"));
    });

    auto highlighter = makeHighlighter();
    out << "backend: " << highlighter->backendName() << Qt::endl;
    highlighter->highlight(QStringLiteral("warm = 1\n"), QStringLiteral("python"));
    out << "backend: " << highlighter->backendName() << Qt::endl;

    struct Block
    {
        const char *name;
        QString language;
        QString code;
    };
    const std::vector<Block> blocks = {
        {"python, 8 lines (300 B)", QStringLiteral("python"), pythonUnit},
        {"sql, 5 lines (180 B)", QStringLiteral("sql"), sqlUnit},
        {"c++, 40 lines (1 KB)", QStringLiteral("cpp"), repeatTo(cppUnit, 1024)},
        {"python, 70 lines (2.5 KB)", QStringLiteral("python"), repeatTo(pythonUnit, 2500)},
        {"python, 270 lines (10 KB)", QStringLiteral("python"), repeatTo(pythonUnit, 10 * 1024)},
        {"c++, 360 lines (10 KB)", QStringLiteral("cpp"), repeatTo(cppUnit, 10 * 1024)},
    };
    for (const Block &block : blocks) {
        // A different first line each round, so every request misses the cache.
        measure(QStringLiteral("round trip: %1").arg(QLatin1String(block.name)), rounds, [&](int i) {
            const QString code = QStringLiteral("# %1\n").arg(i) + block.code;
            highlighter->highlight(code, block.language);
        });
    }
    const QString cached = repeatTo(pythonUnit, 10 * 1024);
    highlighter->highlight(cached, QStringLiteral("python"));
    measure(QStringLiteral("cache hit: python 10 KB"), rounds,
        [&](int) { highlighter->highlight(cached, QStringLiteral("python")); });

    // A 10 KB response: prose with fences in three languages, each fence different.
    const QString prose = QStringLiteral("Here is how to do it. The function below keeps memory flat because it never "
                                         "materialises more than one batch, and it accepts any iterable.\n\n");
    const auto makeResponse = [&](int round) {
        QString text;
        for (int part = 0; text.size() < 10 * 1024; ++part) {
            const QString tag = QStringLiteral("round %1, part %2").arg(round).arg(part);
            text += prose + QStringLiteral("```python\n# ") + tag + u'\n' + pythonUnit + QStringLiteral("```\n\n")
                + prose + QStringLiteral("```cpp\n// ") + tag + u'\n' + cppUnit + QStringLiteral("```\n\n")
                + QStringLiteral("```sql\n-- ") + tag + u'\n' + sqlUnit + QStringLiteral("```\n\n");
        }
        return text;
    };
    const QString response = makeResponse(-1);
    out << "response: " << response.size() << " characters, " << response.count(QStringLiteral("```")) / 2 << " fences"
        << Qt::endl;
    measure(QStringLiteral("10 KB response: setMarkdown only"), rounds, [&](int) {
        QTextDocument document;
        document.setMarkdown(response);
    });
    measure(QStringLiteral("10 KB response: + highlight, new code"), rounds, [&](int i) {
        QTextDocument document;
        document.setMarkdown(makeResponse(i));
        highlightCodeBlocks(&document, *highlighter);
    });
    measure(QStringLiteral("10 KB response: + highlight, cached"), rounds, [&](int) {
        QTextDocument document;
        document.setMarkdown(response);
        highlightCodeBlocks(&document, *highlighter);
    });
    QTextDocument document;
    document.setMarkdown(response);
    measure(QStringLiteral("10 KB response: highlightCodeBlocks, cached"), rounds,
        [&](int) { highlightCodeBlocks(&document, *highlighter); });
    return 0;
}
