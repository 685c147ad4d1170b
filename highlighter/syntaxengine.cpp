#include "syntaxengine.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QHash>
#include <QStringView>

#include <algorithm>
#include <utility>

namespace verdict {

namespace {

namespace ksh = KSyntaxHighlighting;

// Fence tags that match neither a definition's name nor a file extension.
struct Alias
{
    const char *tag;
    const char *definition;
};
constexpr Alias aliases[] = {
    {"python3", "Python"},
    {"py3", "Python"},
    {"ipython", "Python"},
    {"shell", "Bash"},
    {"shellscript", "Bash"},
    {"golang", "Go"},
    {"csharp", "C#"},
    {"pwsh", "PowerShell"},
    {"cmd", "MS-DOS Batch"},
    {"batch", "MS-DOS Batch"},
    {"docker", "Dockerfile"},
    {"make", "Makefile"},
    {"objc", "Objective-C"},
    {"objectivec", "Objective-C"},
    {"hcl", "Terraform"},
    {"fortran", "Fortran (Free Format)"},
    {"nasm", "Intel x86 (NASM)"},
    {"cuda", "C++"},
    {"jsonc", "JSON"},
    {"json5", "JSON"},
    {"jsonl", "JSON"},
    {"ndjson", "JSON"},
    {"mjs", "JavaScript"},
    {"cjs", "JavaScript"},
    {"node", "JavaScript"},
    {"django", "Django HTML Template"},
    {"gitignore", "Git Ignore"},
    {"ocaml", "Objective Caml"},
    {"elisp", "Common Lisp"},
    {"xaml", "XML"},
    {"plist", "XML"},
    {"graphviz", "dot"},
    {"mysql", "SQL (MySQL)"},
    {"postgres", "SQL (PostgreSQL)"},
    {"postgresql", "SQL (PostgreSQL)"},
    {"psql", "SQL (PostgreSQL)"},
    {"plsql", "SQL (Oracle)"},
    {"sqlite", "SQL"},
    {"erb", "Ruby/Rails/RHTML"},
    {"handlebars", "Mustache/Handlebars (HTML)"},
    {"hbs", "Mustache/Handlebars (HTML)"},
    {"mustache", "Mustache/Handlebars (HTML)"},
    {"adoc", "AsciiDoc"},
};

// "Python", "{.python}", "language-python title=x" → "python"; empty when the
// tag holds characters no fence tag has.
QString normalisedTag(const QString &language)
{
    QString tag = language.trimmed().toLower();
    const qsizetype space = tag.indexOf(QLatin1Char(' '));
    if (space >= 0)
        tag.truncate(int(space));
    while (tag.startsWith(QLatin1Char('{')) || tag.startsWith(QLatin1Char('.')))
        tag.remove(0, 1);
    if (tag.endsWith(QLatin1Char('}')))
        tag.chop(1);
    if (tag.startsWith(QLatin1String("language-")))
        tag.remove(0, 9);
    for (const QChar c : std::as_const(tag)) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('+') || c == QLatin1Char('#')
            || c == QLatin1Char('_') || c == QLatin1Char('-');
        if (!allowed)
            return {};
    }
    return tag;
}

// Collects the formats KSyntaxHighlighting applies, line by line, into one
// result for the whole piece of code.
class Collector final : public ksh::AbstractHighlighter
{
public:
    void run(const QString &code, SyntaxResult &result)
    {
        m_result = &result;
        m_styleOfFormat.clear();
        ksh::State state;
        qsizetype lineStart = 0;
        for (;;) {
            qsizetype lineEnd = code.indexOf(QLatin1Char('\n'), lineStart);
            const bool last = lineEnd < 0;
            if (last)
                lineEnd = code.size();
            qsizetype textEnd = lineEnd;
            if (textEnd > lineStart && code.at(textEnd - 1) == QLatin1Char('\r'))
                --textEnd;
            m_lineStart = lineStart;
            state = highlightLine(QStringView(code).mid(lineStart, textEnd - lineStart), state);
            if (last)
                break;
            lineStart = lineEnd + 1;
        }
        m_result = nullptr;
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        quint32 start = quint32(m_lineStart + offset);
        quint32 end = start + quint32(length);
        std::vector<SyntaxRange> &ranges = m_result->ranges;
        if (!ranges.empty()) {
            const quint32 previousEnd = ranges.back().start + ranges.back().length;
            start = std::max(start, previousEnd); // ranges must not overlap
            if (start >= end)
                return;
        }
        const quint32 style = styleOf(format);
        if (!ranges.empty() && ranges.back().style == style && ranges.back().start + ranges.back().length == start) {
            ranges.back().length += end - start;
            return;
        }
        ranges.push_back(SyntaxRange{start, end - start, style});
    }

private:
    quint32 styleOf(const ksh::Format &format)
    {
        const auto known = m_styleOfFormat.constFind(format.id());
        if (known != m_styleOfFormat.constEnd())
            return *known;
        const ksh::Theme t = theme();
        SyntaxStyle style;
        if (format.hasTextColor(t)) {
            style.flags |= SyntaxStyle::HasForeground;
            style.foreground = format.textColor(t).rgba();
        }
        if (format.hasBackgroundColor(t)) {
            style.flags |= SyntaxStyle::HasBackground;
            style.background = format.backgroundColor(t).rgba();
        }
        if (format.isBold(t))
            style.flags |= SyntaxStyle::Bold;
        if (format.isItalic(t))
            style.flags |= SyntaxStyle::Italic;
        if (format.isUnderline(t))
            style.flags |= SyntaxStyle::Underline;
        if (format.isStrikeThrough(t))
            style.flags |= SyntaxStyle::StrikeOut;
        // Formats that look alike share a style, so the view builds fewer char formats.
        std::vector<SyntaxStyle> &styles = m_result->styles;
        quint32 index = 0;
        while (index < styles.size() && !(styles[index] == style))
            ++index;
        if (index == styles.size())
            styles.push_back(style);
        m_styleOfFormat.insert(format.id(), index);
        return index;
    }

    SyntaxResult *m_result = nullptr;
    qsizetype m_lineStart = 0;
    QHash<quint16, quint32> m_styleOfFormat;
};

} // namespace

struct SyntaxEngine::Private
{
    ksh::Repository repository;
    ksh::Theme light;
    ksh::Theme dark;
    QHash<QString, ksh::Definition> definitionByLowerName;
    QHash<QString, ksh::Definition> resolved;
    Collector collector;

    ksh::Definition definitionFor(const QString &language)
    {
        const QString tag = normalisedTag(language);
        if (tag.isEmpty())
            return {};
        const auto known = resolved.constFind(tag);
        if (known != resolved.constEnd())
            return *known;
        ksh::Definition definition = definitionByLowerName.value(tag);
        if (!definition.isValid())
            definition = repository.definitionForFileName(QStringLiteral("code.") + tag);
        if (!definition.isValid()) {
            for (const Alias &alias : aliases) {
                if (tag == QLatin1String(alias.tag)) {
                    definition = repository.definitionForName(QString::fromLatin1(alias.definition));
                    break;
                }
            }
        }
        resolved.insert(tag, definition);
        return definition;
    }
};

SyntaxEngine::SyntaxEngine()
    : d(std::make_unique<Private>())
{
    d->light = d->repository.defaultTheme(ksh::Repository::LightTheme);
    d->dark = d->repository.defaultTheme(ksh::Repository::DarkTheme);
    const auto definitions = d->repository.definitions();
    for (const ksh::Definition &definition : definitions) {
        if (!definition.isHidden())
            d->definitionByLowerName.insert(definition.name().toLower(), definition);
    }
}

SyntaxEngine::~SyntaxEngine() = default;

QString SyntaxEngine::engineName()
{
    return QStringLiteral("KSyntaxHighlighting " VERDICT_KSYNTAX_VERSION);
}

int SyntaxEngine::definitionCount() const
{
    return int(d->repository.definitions().size());
}

QString SyntaxEngine::definitionName(const QString &language)
{
    const ksh::Definition definition = d->definitionFor(language);
    return definition.isValid() ? definition.name() : QString();
}

SyntaxResult SyntaxEngine::highlight(const QString &code, const QString &language, bool dark)
{
    SyntaxResult result;
    const ksh::Definition definition = d->definitionFor(language);
    if (!definition.isValid())
        return result;
    result.definition = definition.name();
    d->collector.setDefinition(definition);
    d->collector.setTheme(dark ? d->dark : d->light);
    d->collector.run(code, result);
    return result;
}

} // namespace verdict
