#include "highlight/codehighlighter.h"
#include "highlight/processhighlighter.h"
#include "highlightprotocol.h"
#ifdef VERDICT_SYNTAX_IN_PROCESS
#include "highlight/enginehighlighter.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPalette>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace verdict;
namespace hp = verdict::highlightprotocol;

namespace {

#ifdef VERDICT_HIGHLIGHTER_PATH
const bool haveHighlighting = true;
#elif defined(VERDICT_SYNTAX_IN_PROCESS)
const bool haveHighlighting = true;
#else
const bool haveHighlighting = false;
#endif

std::unique_ptr<CodeHighlighter> makeHighlighter()
{
#ifdef VERDICT_SYNTAX_IN_PROCESS
    return std::make_unique<EngineHighlighter>();
#elif defined(VERDICT_HIGHLIGHTER_PATH)
    auto highlighter = std::make_unique<ProcessHighlighter>(QStringLiteral(VERDICT_HIGHLIGHTER_PATH));
    highlighter->setTimeout(60000); // a loaded or sanitized build must not turn answers into plain text
    return highlighter;
#else
    return {};
#endif
}

// The format drawn at `position`, or a default format where the code is plain.
QTextCharFormat formatAt(const QList<HighlightSpan> &spans, qsizetype position)
{
    for (const HighlightSpan &span : spans) {
        if (position >= span.start && position < span.start + span.length)
            return span.format;
    }
    return {};
}

QTextCharFormat formatAt(const QList<HighlightSpan> &spans, const QString &code, const QString &word)
{
    const qsizetype at = code.indexOf(word);
    return at < 0 ? QTextCharFormat() : formatAt(spans, at);
}

// The formats highlightCodeBlocks() set in a block.
QList<QTextLayout::FormatRange> ownFormats(const QTextBlock &block)
{
    QList<QTextLayout::FormatRange> own;
    const QList<QTextLayout::FormatRange> all = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : all) {
        if (range.format.boolProperty(CodeHighlightProperty))
            own << range;
    }
    return own;
}

QTextCharFormat ownFormatAt(const QTextBlock &block, int position)
{
    const QList<QTextLayout::FormatRange> own = ownFormats(block);
    for (const QTextLayout::FormatRange &range : own) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

QTextBlock blockWithText(const QTextDocument &document, const QString &text)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text() == text)
            return block;
    }
    return {};
}

// Formats every occurrence of "kw", and whatever `wide` says, so the
// distribution over a document's blocks can be checked exactly.
class FakeHighlighter final : public CodeHighlighter
{
public:
    QList<HighlightSpan> highlight(const QString &code, const QString &language) override
    {
        calls << qMakePair(language, code);
        if (silent)
            return {};
        QList<HighlightSpan> spans = wide;
        QTextCharFormat keyword;
        keyword.setForeground(QColor(Qt::blue));
        for (qsizetype at = code.indexOf(QStringLiteral("kw")); at >= 0;
             at = code.indexOf(QStringLiteral("kw"), at + 2))
            spans << HighlightSpan{int(at), 2, keyword};
        return spans;
    }
    void prefetch(const QList<CodeBlock> &blocks) override { prefetched << blocks; }
    void setDarkTheme(bool) override { }
    QString backendName() const override { return QStringLiteral("fake"); }

    QList<QList<CodeBlock>> prefetched;

    QList<QPair<QString, QString>> calls;
    QList<HighlightSpan> wide;
    bool silent = false;
};

// A stand-in for verdict-highlighter: a shell script.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

const char *const pythonMarkdown = "Intro mentions def and SELECT outside any fence.\n"
                                   "\n"
                                   "```python\n"
                                   "def f():\n"
                                   "    \"\"\"Docs\n"
                                   "\n"
                                   "    still docs\"\"\"\n"
                                   "    return 1\n"
                                   "```\n"
                                   "\n"
                                   "Middle paragraph with def.\n"
                                   "\n"
                                   "```sql\n"
                                   "SELECT name FROM t WHERE id = 1;\n"
                                   "```\n"
                                   "\n"
                                   "```\n"
                                   "def unlabelled():\n"
                                   "```\n"
                                   "\n"
                                   "    def indented():\n"
                                   "\n"
                                   "End.\n";

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#ifdef VERDICT_HIGHLIGHTER_PATH
        qputenv("VERDICT_HIGHLIGHTER", VERDICT_HIGHLIGHTER_PATH);
#endif
    }

    void pythonKeywordsStringsAndIdentifiers()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        auto highlighter = makeHighlighter();
        const QString code = QStringLiteral("def greet(name):\n    message = \"hello\"\n    return message\n");
        const QList<HighlightSpan> spans = highlighter->highlight(code, QStringLiteral("python"));
        QVERIFY(!spans.isEmpty());

        const QTextCharFormat def = formatAt(spans, code, QStringLiteral("def"));
        const QTextCharFormat ret = formatAt(spans, code, QStringLiteral("return"));
        const QTextCharFormat identifier = formatAt(spans, code, QStringLiteral("message"));
        const QTextCharFormat string = formatAt(spans, code, QStringLiteral("\"hello\""));
        QVERIFY(def != identifier);
        QVERIFY(ret != identifier);
        QVERIFY(string != identifier);
        QVERIFY(string != def);
        QVERIFY(string != ret);
        QVERIFY(string.foreground().color() != def.foreground().color());
        // The string's format covers the whole literal, quotes included.
        const qsizetype quote = code.indexOf(u'"');
        for (qsizetype i = quote; i < quote + 7; ++i)
            QCOMPARE(formatAt(spans, i), string);
    }

    void cppKeywordsStringsAndBlockComments()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        auto highlighter = makeHighlighter();
        const QString code = QStringLiteral("/* a block\n   comment over lines */\n"
                                            "int main() {\n    const char *s = \"text\";\n    return counter;\n}\n");
        const QList<HighlightSpan> spans = highlighter->highlight(code, QStringLiteral("cpp"));
        const QTextCharFormat type = formatAt(spans, code, QStringLiteral("int"));
        const QTextCharFormat ret = formatAt(spans, code, QStringLiteral("return"));
        const QTextCharFormat identifier = formatAt(spans, code, QStringLiteral("counter"));
        const QTextCharFormat string = formatAt(spans, code, QStringLiteral("\"text\""));
        const QTextCharFormat comment = formatAt(spans, code, QStringLiteral("/* a"));
        QVERIFY(type != identifier);
        QVERIFY(ret != identifier);
        QVERIFY(string != identifier);
        QVERIFY(string != ret);
        QVERIFY(comment != identifier);
        QVERIFY(comment != string);
        // The second line of the comment is still comment: the code went as one piece.
        QCOMPARE(formatAt(spans, code, QStringLiteral("comment over")), comment);
        QCOMPARE(formatAt(spans, code, QStringLiteral("lines */")), comment);
    }

    void fenceTagsNameDefinitions_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("code");
        const QString python = QStringLiteral("x = \"s\"  # note");
        const QString c = QStringLiteral("int x = \"s\"; // note");
        const QString shell = QStringLiteral("echo \"s\" # note");
        const QString script = QStringLiteral("let x = \"s\"; // note");
        QTest::newRow("python") << QStringLiteral("python") << python;
        QTest::newRow("py") << QStringLiteral("py") << python;
        QTest::newRow("Python") << QStringLiteral("Python") << python;
        QTest::newRow("python3") << QStringLiteral("python3") << python;
        QTest::newRow("cpp") << QStringLiteral("cpp") << c;
        QTest::newRow("c++") << QStringLiteral("c++") << c;
        QTest::newRow("c") << QStringLiteral("c") << c;
        QTest::newRow("sql") << QStringLiteral("sql") << QStringLiteral("SELECT 'a' FROM t; -- note");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("{\"a\": 1}");
        QTest::newRow("bash") << QStringLiteral("bash") << shell;
        QTest::newRow("sh") << QStringLiteral("sh") << shell;
        QTest::newRow("shell") << QStringLiteral("shell") << shell;
        QTest::newRow("javascript") << QStringLiteral("javascript") << script;
        QTest::newRow("js") << QStringLiteral("js") << script;
        QTest::newRow("ts") << QStringLiteral("ts") << script;
        QTest::newRow("typescript") << QStringLiteral("typescript") << script;
        QTest::newRow("yaml") << QStringLiteral("yaml") << QStringLiteral("key: \"value\" # note");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("<p class=\"a\">hi</p>");
        QTest::newRow("xml") << QStringLiteral("xml") << QStringLiteral("<a b=\"c\"/>");
        QTest::newRow("rust") << QStringLiteral("rust") << QStringLiteral("fn main() { let s = \"s\"; }");
        QTest::newRow("go") << QStringLiteral("go") << QStringLiteral("func main() { s := \"s\" }");
        QTest::newRow("golang") << QStringLiteral("golang") << QStringLiteral("func main() { s := \"s\" }");
        QTest::newRow("java") << QStringLiteral("java") << QStringLiteral("class A { String s = \"s\"; }");
        QTest::newRow("diff") << QStringLiteral("diff") << QStringLiteral("--- a\n+++ b\n-old\n+new");
        QTest::newRow("pandoc style") << QStringLiteral("{.python}") << python;
    }
    void fenceTagsNameDefinitions()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        QFETCH(QString, tag);
        QFETCH(QString, code);
        auto highlighter = makeHighlighter();
        QVERIFY2(!highlighter->highlight(code, tag).isEmpty(), qPrintable(tag));
    }

    void aliasesHighlightLikeTheirDefinition()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        auto highlighter = makeHighlighter();
        const QString code = QStringLiteral("def f(x):\n    return \"s\" if x else None\n");
        const QList<HighlightSpan> python = highlighter->highlight(code, QStringLiteral("python"));
        const QList<HighlightSpan> py = highlighter->highlight(code, QStringLiteral("py"));
        QCOMPARE(py.size(), python.size());
        for (qsizetype i = 0; i < py.size(); ++i) {
            QCOMPARE(py[i].start, python[i].start);
            QCOMPARE(py[i].length, python[i].length);
            QCOMPARE(py[i].format, python[i].format);
        }
    }

    void unknownLanguagesGiveNothing_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("unknown") << QStringLiteral("no-such-language");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("plaintext") << QStringLiteral("plaintext");
        QTest::newRow("wildcard") << QStringLiteral("*");
        QTest::newRow("path") << QStringLiteral("../x.py");
        QTest::newRow("blank") << QStringLiteral("  ");
    }
    void unknownLanguagesGiveNothing()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        QFETCH(QString, tag);
        auto highlighter = makeHighlighter();
        QVERIFY(highlighter->highlight(QStringLiteral("def f(): return \"s\""), tag).isEmpty());
    }

    void darkAndLightThemesDiffer()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        auto highlighter = makeHighlighter();
        const QString code = QStringLiteral("def f():\n    return \"s\"\n");
        highlighter->setDarkTheme(false);
        const QList<HighlightSpan> light = highlighter->highlight(code, QStringLiteral("python"));
        highlighter->setDarkTheme(true);
        const QList<HighlightSpan> dark = highlighter->highlight(code, QStringLiteral("python"));
        const QColor lightKeyword = formatAt(light, code, QStringLiteral("def")).foreground().color();
        const QColor darkKeyword = formatAt(dark, code, QStringLiteral("def")).foreground().color();
        const QColor lightString = formatAt(light, code, QStringLiteral("\"s\"")).foreground().color();
        const QColor darkString = formatAt(dark, code, QStringLiteral("\"s\"")).foreground().color();
        QVERIFY(lightString.isValid() && darkString.isValid());
        QVERIFY(lightKeyword != darkKeyword || lightString != darkString);
        // Dark themes draw their strings lighter than light themes do.
        QVERIFY(darkString.lightness() > lightString.lightness());
    }

    void darkPalettesAreRecognised()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        QVERIFY(!CodeHighlighter::isDarkPalette(light));
        QVERIFY(CodeHighlighter::isDarkPalette(dark));
    }

    void nulEmojiAndUnpairedSurrogatesKeepPositions()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        auto highlighter = makeHighlighter();
        QString code = QStringLiteral("a = \"");
        code += QString::fromUtf8("\xF0\x9F\x98\x80"); // 😀: two UTF-16 units
        code += QChar(0);
        code += QChar(0xDC00); // a low surrogate on its own
        code += QStringLiteral("x\"\nb = 'ok' + c\n");
        const QList<HighlightSpan> spans = highlighter->highlight(code, QStringLiteral("python"));
        const QTextCharFormat string = formatAt(spans, code, QStringLiteral("'ok'"));
        QVERIFY(string != QTextCharFormat());
        // The first literal, with its emoji, NUL and lone surrogate, is string throughout…
        const qsizetype first = code.indexOf(u'"');
        const qsizetype last = code.indexOf(u'"', first + 1);
        for (qsizetype i = first; i <= last; ++i)
            QCOMPARE(formatAt(spans, i), string);
        // …and the positions after it are exact: the second literal starts at its quote.
        const qsizetype ok = code.indexOf(QStringLiteral("'ok'"));
        QCOMPARE(formatAt(spans, ok - 1), QTextCharFormat());
        QCOMPARE(formatAt(spans, ok), string);
        QCOMPARE(formatAt(spans, ok + 3), string);
        QVERIFY(formatAt(spans, ok + 4) != string);
        QCOMPARE(formatAt(spans, code, QStringLiteral("c\n")), QTextCharFormat());
    }

    void answersAreCached()
    {
#ifndef VERDICT_HIGHLIGHTER_PATH
        QSKIP("verdict-highlighter is not built here");
#else
        ProcessHighlighter highlighter{QStringLiteral(VERDICT_HIGHLIGHTER_PATH)};
        highlighter.setTimeout(60000);
        const QString code = QStringLiteral("SELECT 1;");
        const QList<HighlightSpan> first = highlighter.highlight(code, QStringLiteral("sql"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(highlighter.cache().count(), 1);
        QVERIFY(highlighter.cache().bytes() > 0);
        highlighter.setDarkTheme(true); // another theme is another entry
        QVERIFY(!highlighter.highlight(code, QStringLiteral("sql")).isEmpty());
        QCOMPARE(highlighter.cache().count(), 2);
        highlighter.setDarkTheme(false);

        const qint64 pid = highlighter.processId();
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL); // a cached answer needs no program
        const QList<HighlightSpan> second = highlighter.highlight(code, QStringLiteral("sql"));
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(second[i].start, first[i].start);
            QCOMPARE(second[i].format, first[i].format);
        }
        QCOMPARE(highlighter.cache().count(), 2);
#endif
    }

    void restartsOnceThenStaysPlain()
    {
#ifndef VERDICT_HIGHLIGHTER_PATH
        QSKIP("verdict-highlighter is not built here");
#else
        ProcessHighlighter highlighter{QStringLiteral(VERDICT_HIGHLIGHTER_PATH)};
        highlighter.setTimeout(60000);
        int n = 0;
        const auto fresh = [&n] { return QStringLiteral("value_%1 = \"s\"\n").arg(++n); };
        QVERIFY(!highlighter.highlight(fresh(), QStringLiteral("python")).isEmpty());
        const qint64 first = highlighter.processId();
        QVERIFY(first > 0);
        QVERIFY(highlighter.backendName().contains(QStringLiteral("KSyntaxHighlighting")));

        ::kill(pid_t(first), SIGKILL);
        bool highlighted = false;
        for (int attempt = 0; attempt < 3 && !highlighted; ++attempt)
            highlighted = !highlighter.highlight(fresh(), QStringLiteral("python")).isEmpty();
        QVERIFY(highlighted);
        QVERIFY(highlighter.isAvailable());
        const qint64 second = highlighter.processId();
        QVERIFY(second > 0 && second != first);

        ::kill(pid_t(second), SIGKILL);
        for (int attempt = 0; attempt < 3; ++attempt)
            QVERIFY(highlighter.highlight(fresh(), QStringLiteral("python")).isEmpty());
        QVERIFY(!highlighter.isAvailable());
        QCOMPARE(highlighter.processId(), 0);
        QVERIFY(!highlighter.backendName().contains(QStringLiteral("helper process")));
#endif
    }

    void missingProgramLeavesCodePlain()
    {
        ProcessHighlighter notFound{QString()};
        QVERIFY(!notFound.isAvailable());
        QVERIFY(notFound.highlight(QStringLiteral("def f(): pass"), QStringLiteral("python")).isEmpty());
        QVERIFY(notFound.backendName().contains(QStringLiteral("verdict-highlighter")));

        QTemporaryDir dir;
        ProcessHighlighter gone{dir.filePath(QStringLiteral("verdict-highlighter"))};
        QVERIFY(gone.highlight(QStringLiteral("def f(): pass"), QStringLiteral("python")).isEmpty());
        QVERIFY(!gone.isAvailable());
        QVERIFY(gone.highlight(QStringLiteral("def g(): pass"), QStringLiteral("python")).isEmpty());
    }

    void programThatExitsLeavesCodePlain()
    {
        QTemporaryDir dir;
        ProcessHighlighter highlighter{writeScript(dir, QStringLiteral("exits"), "exit 3\n")};
        QVERIFY(highlighter.highlight(QStringLiteral("x = 1"), QStringLiteral("python")).isEmpty());
        QVERIFY(!highlighter.isAvailable());
        QVERIFY(highlighter.highlight(QStringLiteral("x = 2"), QStringLiteral("python")).isEmpty());
    }

    void programThatNeverAnswersCostsOneBoundedWait()
    {
        QTemporaryDir dir;
        // Introduces itself properly, then reads nothing and answers nothing.
        hp::Hello hello;
        hello.engine = QStringLiteral("silent");
        QFile helloFile(dir.filePath(QStringLiteral("hello.bin")));
        QVERIFY(helloFile.open(QIODevice::WriteOnly));
        helloFile.write(hp::encodeHello(hello));
        helloFile.close();
        const QString script = writeScript(
            dir, QStringLiteral("silent"), "cat '" + QFile::encodeName(helloFile.fileName()) + "'\nexec sleep 600\n");
        ProcessHighlighter highlighter{script};
        highlighter.setTimeout(50);
        QVERIFY(highlighter.highlight(QStringLiteral("x = 1"), QStringLiteral("python")).isEmpty());
        QVERIFY(highlighter.isAvailable()); // slow is not dead
        QCOMPARE(highlighter.backendName(), QStringLiteral("silent, helper process"));
        // While the first request is unanswered the next ones do not wait at all.
        highlighter.setTimeout(60000);
        for (int i = 0; i < 5; ++i)
            QVERIFY(highlighter.highlight(QStringLiteral("y = %1").arg(i), QStringLiteral("python")).isEmpty());
    }

    void programThatSpeaksNonsenseLeavesCodePlain()
    {
        QTemporaryDir dir;
        ProcessHighlighter highlighter{writeScript(dir, QStringLiteral("nonsense"), "echo 'hello there'\nexec cat\n")};
        QVERIFY(highlighter.highlight(QStringLiteral("x = 1"), QStringLiteral("python")).isEmpty());
        QVERIFY(!highlighter.isAvailable());
    }

    void programIsFoundNextToTheApplicationFirst()
    {
        qputenv("VERDICT_HIGHLIGHTER", "/somewhere/else/verdict-highlighter");
        const QStringList paths = ProcessHighlighter::candidatePaths();
        QCOMPARE(paths.size(), 3);
        QCOMPARE(
            paths[0], QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("verdict-highlighter")));
        QVERIFY(paths[1].endsWith(QStringLiteral("/verdict/verdict-highlighter")));
        QCOMPARE(paths[2], QStringLiteral("/somewhere/else/verdict-highlighter"));
#ifdef VERDICT_HIGHLIGHTER_PATH
        qputenv("VERDICT_HIGHLIGHTER", VERDICT_HIGHLIGHTER_PATH);
        if (!QFileInfo::exists(paths[1])) // an installed copy would rightly come first
            QCOMPARE(
                ProcessHighlighter::locate(), QFileInfo(QStringLiteral(VERDICT_HIGHLIGHTER_PATH)).absoluteFilePath());
        // The build puts the program beside the application, where it looks first.
        const QFileInfo beside(
            QFileInfo(QStringLiteral(VERDICT_BINARY)).dir().filePath(QStringLiteral("verdict-highlighter")));
        QVERIFY(beside.isExecutable());
#endif
    }

    void theSharedHighlighterWorks()
    {
        CodeHighlighter &highlighter = CodeHighlighter::instance();
        QCOMPARE(&CodeHighlighter::instance(), &highlighter);
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        QVERIFY2(highlighter.backendName().contains(QStringLiteral("KSyntaxHighlighting")),
            qPrintable(highlighter.backendName()));
    }

    void documentFencesAreHighlightedInsideOnly()
    {
        if (!haveHighlighting)
            QSKIP("built without KDE Syntax Highlighting");
        auto highlighter = makeHighlighter();
        QTextDocument document;
        document.setMarkdown(QString::fromUtf8(pythonMarkdown));
        highlightCodeBlocks(&document, *highlighter);

        int highlighted = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
            if (language == u"python" || language == u"sql")
                highlighted += ownFormats(block).isEmpty() ? 0 : 1;
            else
                QVERIFY2(ownFormats(block).isEmpty(), qPrintable(block.text()));
        }
        QVERIFY(highlighted >= 4);

        const QTextBlock def = blockWithText(document, QStringLiteral("def f():"));
        const QTextBlock docStart = blockWithText(document, QStringLiteral("    \"\"\"Docs"));
        const QTextBlock docEnd = blockWithText(document, QStringLiteral("    still docs\"\"\""));
        const QTextBlock ret = blockWithText(document, QStringLiteral("    return 1"));
        const QTextBlock select = blockWithText(document, QStringLiteral("SELECT name FROM t WHERE id = 1;"));
        QVERIFY(def.isValid() && docStart.isValid() && docEnd.isValid() && ret.isValid() && select.isValid());

        const QTextCharFormat keyword = ownFormatAt(def, 0);
        QVERIFY(keyword.boolProperty(CodeHighlightProperty));
        QCOMPARE(ownFormatAt(def, 4), QTextCharFormat()); // the name f
        const QTextCharFormat docstring = ownFormatAt(docStart, 4);
        QVERIFY(docstring.boolProperty(CodeHighlightProperty));
        QVERIFY(docstring != keyword);
        // Three lines into the docstring, still docstring: the fence went as one piece.
        QCOMPARE(ownFormatAt(docEnd, 4), docstring);
        QVERIFY(ownFormatAt(ret, 4).boolProperty(CodeHighlightProperty));
        QVERIFY(ownFormatAt(select, 0).boolProperty(CodeHighlightProperty));
    }

    void fencesAreCutIntoBlocksExactly()
    {
        FakeHighlighter fake;
        QTextDocument document;
        document.setMarkdown(
            QStringLiteral("Text kw.\n\n```python\nkw one\ntwo kw\n\nkw\n```\n\n```sql\nkw\n```\n\n```\nkw\n```\n"));
        QTextCharFormat wide;
        wide.setBackground(QColor(Qt::yellow));
        fake.wide = {HighlightSpan{3, 8, wide}}; // "one\ntwo " in the python fence: crosses a line end
        highlightCodeBlocks(&document, fake);

        // One call per labelled fence, with the fence's lines joined; no call for
        // the unlabelled one. All were announced beforehand in one prefetch.
        QCOMPARE(fake.prefetched.size(), 1);
        QCOMPARE(fake.prefetched[0].size(), 2);
        QCOMPARE(fake.prefetched[0][0].language, QStringLiteral("python"));
        QCOMPARE(fake.prefetched[0][0].code, QStringLiteral("kw one\ntwo kw\n\nkw"));
        QCOMPARE(fake.prefetched[0][1].language, QStringLiteral("sql"));
        QCOMPARE(fake.calls.size(), 2);
        QCOMPARE(fake.calls[0].first, QStringLiteral("python"));
        QCOMPARE(fake.calls[0].second, QStringLiteral("kw one\ntwo kw\n\nkw"));
        QCOMPARE(fake.calls[1].first, QStringLiteral("sql"));
        QCOMPARE(fake.calls[1].second, QStringLiteral("kw"));

        const QTextBlock one = blockWithText(document, QStringLiteral("kw one"));
        const QTextBlock two = blockWithText(document, QStringLiteral("two kw"));
        QList<QTextLayout::FormatRange> formats = ownFormats(one);
        QCOMPARE(formats.size(), 2);
        QCOMPARE(formats[0].start, 0); // "kw"
        QCOMPARE(formats[0].length, 2);
        QCOMPARE(formats[0].format.foreground().color(), QColor(Qt::blue));
        QCOMPARE(formats[1].start, 3); // the wide span, from "one" to the line end
        QCOMPARE(formats[1].length, 3);
        QCOMPARE(formats[1].format.background().color(), QColor(Qt::yellow));
        formats = ownFormats(two);
        QCOMPARE(formats.size(), 2);
        QCOMPARE(formats[0].start, 0); // the rest of the wide span: "two "
        QCOMPARE(formats[0].length, 4);
        QCOMPARE(formats[0].format.background().color(), QColor(Qt::yellow));
        QCOMPARE(formats[1].start, 4); // "kw"
        QCOMPARE(formats[1].length, 2);
        QCOMPARE(ownFormats(blockWithText(document, QStringLiteral("kw"))).size(), 1);
        QCOMPARE(ownFormats(blockWithText(document, QStringLiteral("Text kw."))).size(), 0);
    }

    void codeBlocksListsLabelledFences()
    {
        QTextDocument document;
        document.setMarkdown(QString::fromUtf8(pythonMarkdown));
        const QList<CodeBlock> blocks = codeBlocks(&document);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].language, QStringLiteral("python"));
        QCOMPARE(blocks[0].code, QStringLiteral("def f():\n    \"\"\"Docs\n\n    still docs\"\"\"\n    return 1"));
        QCOMPARE(blocks[1].language, QStringLiteral("sql"));
        QCOMPARE(blocks[1].code, QStringLiteral("SELECT name FROM t WHERE id = 1;"));
        QVERIFY(codeBlocks(nullptr).isEmpty());
    }

    void prefetchedBlocksAreAnsweredTogether()
    {
#ifndef VERDICT_HIGHLIGHTER_PATH
        QSKIP("verdict-highlighter is not built here");
#else
        ProcessHighlighter highlighter{QStringLiteral(VERDICT_HIGHLIGHTER_PATH)};
        highlighter.setTimeout(60000);
        const QList<CodeBlock> blocks{{QStringLiteral("x = 1"), QStringLiteral("python")},
            {QStringLiteral("SELECT 1;"), QStringLiteral("sql")},
            { QStringLiteral("int y;"),
                QStringLiteral("cpp") }};
        highlighter.prefetch(blocks);
        QCOMPARE(highlighter.cache().count(), 0); // sent, not waited for
        // Answers come in order: waiting for the last one collects all three.
        QVERIFY(!highlighter.highlight(blocks[2].code, blocks[2].language).isEmpty());
        QCOMPARE(highlighter.cache().count(), 3);
        QVERIFY(!highlighter.highlight(blocks[0].code, blocks[0].language).isEmpty());
        QVERIFY(!highlighter.highlight(blocks[1].code, blocks[1].language).isEmpty());
#endif
    }

    void othersFormatsAreKept()
    {
        FakeHighlighter fake;
        QTextDocument document;
        document.setMarkdown(QStringLiteral("```python\nkw tagged\n```\n"));
        const QTextBlock block = document.begin();
        QCOMPARE(block.text(), QStringLiteral("kw tagged"));

        // A span tag as a character format, and someone else's layout format.
        QTextCursor cursor(document.begin());
        cursor.setPosition(block.position() + 3);
        cursor.setPosition(block.position() + 9, QTextCursor::KeepAnchor);
        QTextCharFormat tag;
        tag.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        tag.setUnderlineColor(Qt::red);
        cursor.mergeCharFormat(tag);
        document.setModified(false);
        QTextCharFormat foreign;
        foreign.setFontOverline(true);
        block.layout()->setFormats({QTextLayout::FormatRange{0, 2, foreign}});

        const int undoSteps = document.availableUndoSteps();
        QSignalSpy contentsChanged(&document, &QTextDocument::contentsChange);
        highlightCodeBlocks(&document, fake);
        highlightCodeBlocks(&document, fake); // again, as after a theme change: no duplicates
        QCOMPARE(contentsChanged.count(), 0); // the content did not change…
        QCOMPARE(document.availableUndoSteps(), undoSteps); // …and there is nothing to undo
        QVERIFY(!document.isModified());
        QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        QCOMPARE(formats.size(), 2);
        QCOMPARE(ownFormats(block).size(), 1);
        QVERIFY(formats.last().format.fontOverline()); // others come last, so they win
        QTextCursor probe(&document);
        probe.setPosition(block.position() + 5);
        QCOMPARE(probe.charFormat().underlineStyle(), QTextCharFormat::WaveUnderline);

        // Laying the document out keeps the formats.
        document.setTextWidth(120);
        QVERIFY(document.size().height() > 0);
        QCOMPARE(ownFormats(block).size(), 1);

        // When the highlighter has nothing more to say, its old formats go and others' stay.
        fake.silent = true;
        highlightCodeBlocks(&document, fake);
        formats = block.layout()->formats();
        QCOMPARE(formats.size(), 1);
        QVERIFY(formats.first().format.fontOverline());
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
