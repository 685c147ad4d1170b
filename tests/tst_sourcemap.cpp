#include "workbench/sourcemap.h"
#include "workflow/demo.h"

#include <QTest>
#include <QTextDocument>

using namespace verdict;

class TestSourceMap : public QObject
{
    Q_OBJECT

private slots:
    void markdownMapsBackToTheSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("word");
        QTest::newRow("inline code") << QStringLiteral("Use `itertools.islice` to pull items.")
                                     << QStringLiteral("itertools.islice");
        QTest::newRow("bold") << QStringLiteral("This is **very important** indeed.") << QStringLiteral("important");
        QTest::newRow("heading and list")
            << QStringLiteral("# Title\n\nSome text.\n\n- first item\n- second item\n\nEnd.")
            << QStringLiteral("second");
        QTest::newRow("link") << QStringLiteral("See [the docs](https://example.org/a.b.c) for more.")
                              << QStringLiteral("for more");
        QTest::newRow("code block") << QStringLiteral("Intro:\n\n```python\nx = 1\nprint(x)\n```\n\nDone 👍 now.")
                                    << QStringLiteral("print(x)");
        QTest::newRow("emoji") << QStringLiteral("Done 👍 now, with **bold** 🚀 text.") << QStringLiteral("🚀 text");
        QTest::newRow("soft break") << QStringLiteral("one line\nsame paragraph here") << QStringLiteral("same");
    }

    void markdownMapsBackToTheSource()
    {
        QFETCH(QString, source);
        QFETCH(QString, word);
        QTextDocument doc;
        doc.setMarkdown(source);
        const QString rendered = doc.toRawText();
        const SourceMap map = SourceMap::align(rendered, source);
        const qsizetype at = rendered.indexOf(word);
        QVERIFY2(at >= 0, qPrintable(rendered));
        const qsizetype start = map.toSource(at);
        const qsizetype end = map.toSourceEnd(at + word.size());
        QCOMPARE(source.mid(start, end - start), word);
        // And back.
        QCOMPARE(map.toRendered(start), at);
        QCOMPARE(map.toRenderedEnd(end), at + word.size());
    }

    // Every word of every rendered demo response lands on the same word of its source.
    void everyDemoWordMapsBack()
    {
        const auto tasks = demo::tasks();
        QVERIFY(tasks.ok());
        int words = 0;
        for (const Task &task : *tasks) {
            for (const Response &response : task.responses) {
                QTextDocument doc;
                doc.setMarkdown(response.content);
                const QString rendered = doc.toRawText();
                const SourceMap map = SourceMap::align(rendered, response.content);
                qsizetype at = 0;
                while (at < rendered.size()) {
                    qsizetype end = at;
                    while (end < rendered.size() && rendered[end].isLetterOrNumber())
                        ++end;
                    if (end - at >= 2) {
                        const QString word = rendered.mid(at, end - at);
                        const qsizetype start = map.toSource(at);
                        const qsizetype stop = map.toSourceEnd(end);
                        // Markup may sit inside a rendered word ("`NULL`s"): it is not text.
                        QString mapped = response.content.mid(start, stop - start);
                        mapped.remove(u'`').remove(u'*').remove(u'_');
                        QVERIFY2(mapped == word,
                            qPrintable(
                                QStringLiteral("%1 %2: \"%3\" maps to \"%4\"")
                                    .arg(task.id, response.id, word, response.content.mid(start, stop - start))));
                        ++words;
                    }
                    at = end + 1;
                }
            }
        }
        QVERIFY(words > 5000);
    }

    void identity()
    {
        const SourceMap map = SourceMap::identity(10);
        QCOMPARE(map.toSource(3), 3);
        QCOMPARE(map.toSourceEnd(12), 10);
        QCOMPARE(map.toRendered(7), 7);
    }
};

QTEST_MAIN(TestSourceMap)
#include "tst_sourcemap.moc"
