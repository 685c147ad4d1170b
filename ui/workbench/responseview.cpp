#include "workbench/responseview.h"

#include "common/contrast.h"
#include "highlight/codehighlighter.h"
#include "util/textoffsets.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

namespace verdict {

ResponseView::ResponseView(QWidget *parent)
    : QTextBrowser(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setOpenLinks(false);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        if (m_picked && !textCursor().hasSelection()) {
            const auto [start, end] = renderedRange(*m_picked);
            const int caret = textCursor().position();
            if (caret < start || caret > end)
                m_picked.reset();
        }
        viewport()->update();
        emit currentSpanChanged();
    });
}

QTextDocument *ResponseView::buildDocument(const QString &content, bool raw, const QFont &font, SourceMap *map)
{
    auto *doc = new QTextDocument;
    doc->setUndoRedoEnabled(false);
    if (raw) {
        // Monospaced, at the size the person chose for the rest of the text.
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (font.pointSizeF() > 0)
            fixed.setPointSizeF(font.pointSizeF());
        doc->setDefaultFont(fixed);
        doc->setPlainText(content);
        *map = SourceMap::identity(content.size());
    } else {
        doc->setDefaultFont(font);
        doc->setMarkdown(content);
        highlightCodeBlocks(doc);
        *map = SourceMap::align(doc->toRawText(), content);
    }
    // Room under each line for the stacked span underlines.
    QTextCursor all(doc);
    all.select(QTextCursor::Document);
    QTextBlockFormat spacing;
    spacing.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(spacing);
    return doc;
}

void ResponseView::setContent(const QString &content, bool raw)
{
    // Filled while detached from the view: a document the view listens to
    // relays itself out on every inserted block, ten times slower.
    SourceMap map;
    QTextDocument *doc = buildDocument(content, raw, font(), &map);
    adoptDocument(content, raw, doc, map);
}

void ResponseView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // A new font size in the settings: headings and code scale with it.
    if (event->type() == QEvent::FontChange && !m_content.isEmpty())
        setContent(m_content, m_raw);
}

void ResponseView::adoptDocument(const QString &content, bool raw, QTextDocument *doc, const SourceMap &map)
{
    m_content = content;
    m_raw = raw;
    m_map = map;
    m_picked.reset();
    doc->setParent(this);
    doc->setDocumentMargin(document()->documentMargin());
    setDocument(doc); // deletes the previous document, which was ours too
    layoutSpans();
}

void ResponseView::setSpans(const QList<Span> &spans, const QHash<QString, SpanStyle> &styles)
{
    m_spans = spans;
    m_styles = styles;
    if (m_picked && !m_spans.contains(*m_picked))
        m_picked.reset();
    layoutSpans();
    emit currentSpanChanged();
}

void ResponseView::layoutSpans()
{
    m_drawn.clear();
    for (const Span &span : m_spans) {
        const auto [start, end] = renderedRange(span);
        if (end <= start)
            continue;
        const SpanStyle style = m_styles.value(span.label);
        m_drawn << Drawn{span, start, end, 0, style.color.isValid() ? style.color : QColor(Qt::gray),
            style.name.isEmpty() ? span.label : style.name};
    }
    std::sort(m_drawn.begin(), m_drawn.end(),
        [](const Drawn &a, const Drawn &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    // The lowest layer free of every earlier span that overlaps.
    for (qsizetype i = 0; i < m_drawn.size(); ++i) {
        QList<int> taken;
        for (qsizetype j = 0; j < i; ++j) {
            if (m_drawn[j].end > m_drawn[i].start)
                taken << m_drawn[j].layer;
        }
        int layer = 0;
        while (taken.contains(layer))
            ++layer;
        m_drawn[i].layer = layer;
    }
    viewport()->update();
}

std::pair<int, int> ResponseView::renderedRange(const Span &span) const
{
    const qsizetype start = text::utf16FromCodePoint(m_content, span.start);
    const qsizetype end = text::utf16FromCodePoint(m_content, span.end);
    if (start < 0 || end < 0)
        return {0, 0};
    return {int(m_map.toRendered(start)), int(m_map.toRenderedEnd(end))};
}

const ResponseView::Drawn *ResponseView::drawnFor(const Span &span) const
{
    for (const Drawn &d : m_drawn) {
        if (d.span == span)
            return &d;
    }
    return nullptr;
}

int ResponseView::layerOf(const Span &span) const
{
    const Drawn *d = drawnFor(span);
    return d ? d->layer : -1;
}

std::optional<Span> ResponseView::selectionSpan(const QString &label) const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return std::nullopt;
    qsizetype start = m_map.toSource(cursor.selectionStart());
    qsizetype end = m_map.toSourceEnd(cursor.selectionEnd());
    while (start < end && m_content[start].isSpace())
        ++start;
    while (end > start && m_content[end - 1].isSpace())
        --end;
    if (end <= start)
        return std::nullopt;
    return Span{text::codePointFromUtf16(m_content, start), text::codePointFromUtf16(m_content, end - 1) + 1, label};
}

QList<Span> ResponseView::spansAt(int position) const
{
    QList<const Drawn *> hits;
    for (const Drawn &d : m_drawn) {
        if (position >= d.start && position < d.end)
            hits << &d;
    }
    std::sort(hits.begin(), hits.end(),
        [](const Drawn *a, const Drawn *b) { return (a->end - a->start) < (b->end - b->start); });
    QList<Span> result;
    for (const Drawn *d : hits)
        result << d->span;
    return result;
}

std::optional<Span> ResponseView::currentSpan() const
{
    if (m_picked)
        return m_picked;
    if (textCursor().hasSelection())
        return std::nullopt;
    const QList<Span> here = spansAt(textCursor().position());
    if (here.isEmpty())
        return std::nullopt;
    return here.first();
}

void ResponseView::selectSpan(const Span &span)
{
    const auto [start, end] = renderedRange(span);
    QTextCursor cursor(document());
    cursor.setPosition(start);
    setTextCursor(cursor);
    m_picked = span;
    ensureCursorVisible();
    viewport()->update();
    emit currentSpanChanged();
}

void ResponseView::selectCodePoints(qint64 start, qint64 end)
{
    const qsizetype from = text::utf16FromCodePoint(m_content, start);
    const qsizetype to = text::utf16FromCodePoint(m_content, end);
    if (from < 0 || to < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(int(m_map.toRendered(from)));
    cursor.setPosition(int(m_map.toRenderedEnd(to)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

QList<QRectF> ResponseView::rangeRects(int start, int end) const
{
    QList<QRectF> rects;
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible = QRectF(viewport()->rect()).translated(-offset);
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        const QRectF box = layout->blockBoundingRect(block);
        if (box.top() > visible.bottom())
            break;
        if (box.bottom() < visible.top())
            continue;
        const QTextLayout *text = block.layout();
        for (int l = 0; l < text->lineCount(); ++l) {
            const QTextLine line = text->lineAt(l);
            const int lineStart = block.position() + line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int from = std::max(start, lineStart);
            const int to = std::min(end, lineEnd);
            if (to <= from)
                continue;
            const qreal x1 = line.cursorToX(from - block.position());
            const qreal x2 = line.cursorToX(to - block.position());
            rects << QRectF(box.left() + std::min(x1, x2), box.top() + line.y(), std::abs(x2 - x1), line.height())
                         .translated(offset);
        }
    }
    return rects;
}

void ResponseView::paintEvent(QPaintEvent *event)
{
    const std::optional<Span> current = hasFocus() || m_picked ? currentSpan() : std::nullopt;
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    {
        QPainter painter(viewport());
        for (const Drawn &d : m_drawn) {
            // As strong as the text lets it be: the text on it keeps 4.5:1 in any palette.
            const QColor tint = Contrast::tint(d.color, base, text, current && d.span == *current ? 90 : 38);
            for (const QRectF &r : rangeRects(d.start, d.end))
                painter.fillRect(r, tint);
        }
    }
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    const Drawn *currentDrawn = nullptr;
    for (const Drawn &d : m_drawn) {
        const bool isCurrent = current && d.span == *current;
        if (isCurrent)
            currentDrawn = &d;
        for (const QRectF &r : rangeRects(d.start, d.end)) {
            const qreal y = r.bottom() - 2 - d.layer * 4;
            painter.fillRect(QRectF(r.left(), y, r.width(), isCurrent ? 3 : 2), d.color);
            if (isCurrent) {
                painter.setPen(QPen(d.color.darker(140), 1));
                painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
            }
        }
    }
    // One name on screen at a time: the current span of the response being read.
    if (currentDrawn && hasFocus())
        paintLabelName(painter, *currentDrawn);
}

void ResponseView::paintLabelName(QPainter &painter, const Drawn &d) const
{
    // The label's name by the current span, so colour is never the only sign of what it is.
    const QList<QRectF> rects = rangeRects(d.start, d.end);
    if (rects.isEmpty() || d.name.isEmpty())
        return;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    const QFontMetricsF metrics(small);
    const QSizeF size(metrics.horizontalAdvance(d.name) + 8, metrics.height() + 2);
    const QRectF first = rects.first();
    // Above the span's first line, or under its last where there is no room above.
    QPointF at(first.left(), first.top() - size.height());
    if (at.y() < 0)
        at = QPointF(rects.last().left(), rects.last().bottom() + 1);
    at.setX(std::clamp(at.x(), 0.0, std::max(0.0, viewport()->width() - size.width())));
    const QRectF chip(at, size);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(d.color);
    painter.drawRoundedRect(chip, 3, 3);
    painter.setFont(small);
    painter.setPen(Contrast::textOn(d.color));
    painter.drawText(chip, Qt::AlignCenter, d.name);
}

void ResponseView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    emit activated();
}

void ResponseView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

void ResponseView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    const bool click = (event->position().toPoint() - m_pressPos).manhattanLength() < 4;
    if (event->button() != Qt::LeftButton || !click || textCursor().hasSelection())
        return;
    const QList<Span> here = spansAt(cursorForPosition(event->position().toPoint()).position());
    if (here.isEmpty()) {
        m_picked.reset();
    } else {
        // Clicking again on the same place walks out through the overlapping spans.
        const qsizetype at = m_picked ? here.indexOf(*m_picked) : -1;
        m_picked = here[(at + 1) % here.size()];
    }
    viewport()->update();
    emit currentSpanChanged();
}

bool ResponseView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<Span> here = spansAt(cursorForPosition(help->pos()).position());
        if (here.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList lines;
        for (const Span &span : here) {
            const SpanStyle style = m_styles.value(span.label);
            lines << (style.shortcut.isEmpty() ? style.name : tr("%1 (%2)").arg(style.name, style.shortcut));
        }
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

} // namespace verdict
