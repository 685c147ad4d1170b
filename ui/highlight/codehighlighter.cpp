#include "highlight/codehighlighter.h"

#ifdef VERDICT_SYNTAX_IN_PROCESS
#include "highlight/enginehighlighter.h"
#else
#include "highlight/processhighlighter.h"
#endif

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace verdict {

namespace {

CodeHighlighter *s_instance = nullptr;

void deleteInstance()
{
    delete s_instance;
    s_instance = nullptr;
}

bool isFenced(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}

// Markdown import keeps no boundary between adjacent fences: blocks that look
// alike in every fence property are taken as one.
bool sameFence(const QTextBlock &a, const QTextBlock &b)
{
    const QTextBlockFormat fa = a.blockFormat();
    const QTextBlockFormat fb = b.blockFormat();
    return isFenced(b)
        && fa.stringProperty(QTextFormat::BlockCodeLanguage) == fb.stringProperty(QTextFormat::BlockCodeLanguage)
        && fa.property(QTextFormat::BlockCodeFence) == fb.property(QTextFormat::BlockCodeFence)
        && fa.indent() == fb.indent()
        && fa.intProperty(QTextFormat::BlockQuoteLevel) == fb.intProperty(QTextFormat::BlockQuoteLevel);
}

// A fenced code block: its lines (one block each) and its code, lines joined by LF.
struct Fence
{
    QList<QTextBlock> lines;
    CodeBlock code;
};

QList<Fence> collectFences(const QTextDocument *document)
{
    QList<Fence> fences;
    for (QTextBlock block = document->begin(); block.isValid();) {
        if (!isFenced(block)) {
            block = block.next();
            continue;
        }
        Fence fence{{block}, {block.text(), block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage)}};
        QTextBlock next = block.next();
        for (; next.isValid() && sameFence(block, next); next = next.next()) {
            fence.lines << next;
            fence.code.code += u'\n' + next.text();
        }
        fences << fence;
        block = next;
    }
    return fences;
}

QTextCharFormat marked(const QTextCharFormat &format)
{
    if (format.hasProperty(CodeHighlightProperty))
        return format;
    QTextCharFormat copy = format;
    copy.setProperty(CodeHighlightProperty, true);
    return copy;
}

// Puts `ours` in place of the formats set here before; others' formats stay,
// after ours so they win where both set a property. False when nothing changed.
bool replaceOwnFormats(const QTextBlock &block, const QList<QTextLayout::FormatRange> &ours)
{
    QTextLayout *layout = block.layout();
    const QList<QTextLayout::FormatRange> current = layout->formats();
    QList<QTextLayout::FormatRange> others;
    for (const QTextLayout::FormatRange &range : current) {
        if (!range.format.hasProperty(CodeHighlightProperty))
            others << range;
    }
    if (ours.isEmpty() && others.size() == current.size())
        return false;
    layout->setFormats(ours + others);
    return true;
}

} // namespace

CodeHighlighter &CodeHighlighter::instance()
{
    if (!s_instance) {
#ifdef VERDICT_SYNTAX_IN_PROCESS
        s_instance = new EngineHighlighter;
#else
        s_instance = new ProcessHighlighter(ProcessHighlighter::locate());
#endif
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            s_instance->setDarkTheme(isDarkPalette(QGuiApplication::palette()));
        // Before the application object goes, while verdict-highlighter can still be stopped cleanly.
        qAddPostRoutine(deleteInstance);
    }
    return *s_instance;
}

bool CodeHighlighter::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Text).lightness() > palette.color(QPalette::Base).lightness();
}

QList<CodeBlock> codeBlocks(const QTextDocument *document)
{
    QList<CodeBlock> blocks;
    if (!document)
        return blocks;
    const QList<Fence> fences = collectFences(document);
    for (const Fence &fence : fences) {
        if (!fence.code.language.isEmpty())
            blocks << fence.code;
    }
    return blocks;
}

void highlightCodeBlocks(QTextDocument *document, CodeHighlighter &highlighter)
{
    if (!document)
        return;
    const QList<Fence> fences = collectFences(document);
    QList<CodeBlock> labelled;
    for (const Fence &fence : fences) {
        if (!fence.code.language.isEmpty())
            labelled << fence.code;
    }
    highlighter.prefetch(labelled); // one wait for all fences instead of one each

    const auto byStart = [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; };
    for (const Fence &fence : fences) {
        QList<HighlightSpan> spans;
        if (!fence.code.language.isEmpty())
            spans = highlighter.highlight(fence.code.code, fence.code.language);
        if (!std::is_sorted(spans.cbegin(), spans.cend(), byStart))
            std::stable_sort(spans.begin(), spans.end(), byStart);

        // One piece of code across the fence's blocks: cut the spans at line ends.
        bool changed = false;
        qsizetype first = 0;
        int offset = 0;
        for (const QTextBlock &line : fence.lines) {
            const int length = line.length() - 1;
            while (first < spans.size() && spans[first].start + spans[first].length <= offset)
                ++first;
            QList<QTextLayout::FormatRange> ours;
            for (qsizetype i = first; i < spans.size() && spans[i].start < offset + length; ++i) {
                const int from = std::max(spans[i].start, offset);
                const int to = std::min(spans[i].start + spans[i].length, offset + length);
                if (to > from)
                    ours << QTextLayout::FormatRange{from - offset, to - from, marked(spans[i].format)};
            }
            changed |= replaceOwnFormats(line, ours);
            offset += length + 1;
        }
        if (changed) {
            const int from = fence.lines.first().position();
            document->markContentsDirty(from, fence.lines.last().position() + fence.lines.last().length() - from);
        }
    }
}

} // namespace verdict
