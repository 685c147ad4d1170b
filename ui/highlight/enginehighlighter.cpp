#include "highlight/enginehighlighter.h"
#include "highlight/syntaxspans.h"

namespace verdict {

QList<HighlightSpan> EngineHighlighter::highlight(const QString &code, const QString &language)
{
    if (code.isEmpty() || language.trimmed().isEmpty())
        return {};
    const HighlightCache::Key key = HighlightCache::key(language, m_dark, code);
    if (auto cached = m_cache.find(key))
        return *cached;
    const QList<HighlightSpan> spans = spansFromSyntax(m_engine.highlight(code, language, m_dark), code.size());
    m_cache.insert(key, spans);
    return spans;
}

QString EngineHighlighter::backendName() const
{
    return tr("%1, in process").arg(SyntaxEngine::engineName());
}

} // namespace verdict
