#pragma once

#include "domain/answers.h"
#include "workbench/sourcemap.h"

#include <QColor>
#include <QHash>
#include <QTextBrowser>

class QPainter;

#include <optional>

namespace verdict {

// How a span label looks: its name, colour and key.
struct SpanStyle
{
    QString name;
    QColor color;
    QString shortcut;
};

// One response, rendered as Markdown (code highlighted) or as its exact
// text, with its tagged spans drawn over it: a tint and an underline per
// span, overlapping spans on stacked underlines. Text is selected with the
// mouse or Shift+arrows; a click on a span makes it the current one.
class ResponseView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ResponseView(QWidget *parent = nullptr);

    // Shows `content` rendered, or exactly as written when `raw`.
    void setContent(const QString &content, bool raw);
    // What setContent() shows, built ahead (the document is the caller's to
    // hand to adoptDocument() or delete).
    static QTextDocument *buildDocument(const QString &content, bool raw, const QFont &font, SourceMap *map);
    // Shows a document made by buildDocument() and takes it over.
    void adoptDocument(const QString &content, bool raw, QTextDocument *doc, const SourceMap &map);
    const QString &content() const { return m_content; }
    bool isRaw() const { return m_raw; }

    void setSpans(const QList<Span> &spans, const QHash<QString, SpanStyle> &styles);
    const QList<Span> &spans() const { return m_spans; }
    const QHash<QString, SpanStyle> &spanStyles() const { return m_styles; }

    // The selected text as a span of `label` in code points of the content,
    // without surrounding spaces; nothing when no text is selected.
    std::optional<Span> selectionSpan(const QString &label) const;
    // The span picked by a click (or selectSpan), else the innermost span at the caret.
    std::optional<Span> currentSpan() const;
    void selectSpan(const Span &span);
    // Selects content code points [start, end) as if by hand.
    void selectCodePoints(qint64 start, qint64 end);
    // The spans covering a rendered position, innermost first.
    QList<Span> spansAt(int position) const;
    // The rendered range [start, end) of a span, for tests and painting.
    std::pair<int, int> renderedRange(const Span &span) const;
    // The stacking layer each span is drawn on (0 = lowest underline).
    int layerOf(const Span &span) const;

signals:
    void activated();
    void currentSpanChanged();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Drawn
    {
        Span span;
        int start = 0; // rendered positions
        int end = 0;
        int layer = 0;
        QColor color;
        QString name;
    };
    void layoutSpans();
    void paintLabelName(QPainter &painter, const Drawn &d) const;
    QList<QRectF> rangeRects(int start, int end) const;
    const Drawn *drawnFor(const Span &span) const;

    QString m_content;
    bool m_raw = false;
    SourceMap m_map;
    QList<Span> m_spans;
    QHash<QString, SpanStyle> m_styles;
    QList<Drawn> m_drawn;
    std::optional<Span> m_picked;
    QPoint m_pressPos;
};

} // namespace verdict
