#include "common/appearance.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <memory>

namespace verdict {

namespace {

// What the desktop gave before Verdict changed anything, to go back to.
struct Original
{
    QPalette palette;
    QFont font;
    QString style;
};

const Original &original()
{
    static const Original o{QApplication::palette(), QApplication::font(),
        QApplication::style() ? QApplication::style()->name() : QString()};
    return o;
}

void setStyle(const QString &name)
{
    if (name.isEmpty() || !QApplication::style()
        || QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    QApplication::setStyle(name);
}

// Keeps a widget's font at a fixed proportion of its parent's: when the font
// size setting changes, the parent's font follows the application's and this
// widget's (set explicitly, so it would not) follows the parent's.
class RelativeFont final : public QObject
{
public:
    RelativeFont(QWidget *widget, qreal scale, bool bold)
        : QObject(widget)
        , m_widget(widget)
        , m_scale(scale)
        , m_bold(bold)
    {
        if (QWidget *parent = widget->parentWidget())
            parent->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget->parentWidget() && event->type() == QEvent::FontChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        QWidget *parent = m_widget->parentWidget();
        QFont font = parent ? parent->font() : QApplication::font(m_widget);
        if (m_bold)
            font.setBold(true);
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * m_scale);
        m_widget->setFont(font);
    }

    QWidget *m_widget;
    qreal m_scale;
    bool m_bold;
};

} // namespace

void Appearance::setRelativeFont(QWidget *widget, qreal scale, bool bold)
{
    new RelativeFont(widget, scale, bold);
}

void Appearance::applySettings()
{
    apply(AppSettings::theme(), AppSettings::fontSize());
}

void Appearance::apply(AppSettings::Theme theme, int fontSize)
{
    const Original &o = original();
    switch (theme) {
    case AppSettings::Theme::System:
        setStyle(o.style);
        QApplication::setPalette(o.palette);
        break;
    case AppSettings::Theme::Light:
        // Fusion draws everything from the palette; some desktop styles do not.
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::Theme::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = o.font;
    if (fontSize > 0)
        font.setPointSize(fontSize);
    QApplication::setFont(font);
}

QPalette Appearance::lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    return p;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor button(0x35, 0x35, 0x35);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p(text, button, QColor(0x4a, 0x4a, 0x4a), QColor(0x18, 0x18, 0x18), QColor(0x2f, 0x2f, 0x2f), text,
        QColor(0xff, 0xff, 0xff), base, window);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xbc, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0xa6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    return p;
}

bool Appearance::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Text).lightness() > p.color(QPalette::Base).lightness();
}

} // namespace verdict
