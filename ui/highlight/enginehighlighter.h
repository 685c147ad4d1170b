#pragma once

#include "highlight/codehighlighter.h"
#include "highlight/highlightcache.h"
#include "syntaxengine.h"

#include <QCoreApplication>

namespace verdict {

// Highlighting in the application's own process, for builds that link KF6
// Syntax Highlighting (a Qt 6 build of the library).
class EngineHighlighter final : public CodeHighlighter
{
    Q_DECLARE_TR_FUNCTIONS(verdict::EngineHighlighter)

public:
    QList<HighlightSpan> highlight(const QString &code, const QString &language) override;
    void setDarkTheme(bool dark) override { m_dark = dark; }
    QString backendName() const override;

private:
    SyntaxEngine m_engine;
    HighlightCache m_cache;
    bool m_dark = false;
};

} // namespace verdict
