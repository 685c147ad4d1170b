#include "codehighlighter.h"

#include <QTextDocument>

namespace verdict {

namespace {

// Used while no syntax definitions are reachable: code stays plain text.
class PlainHighlighter final : public CodeHighlighter
{
public:
    QList<HighlightSpan> highlight(const QString &, const QString &) override { return {}; }
    void setDarkTheme(bool) override { }
    QString backendName() const override { return QStringLiteral("none"); }
};

} // namespace

CodeHighlighter &CodeHighlighter::instance()
{
    static PlainHighlighter plain;
    return plain;
}

void highlightCodeBlocks(QTextDocument *document, CodeHighlighter &highlighter)
{
    Q_UNUSED(document);
    Q_UNUSED(highlighter);
}

} // namespace verdict
