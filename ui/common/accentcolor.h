#pragma once

#include <QColor>
#include <QObject>

class QWidget;

namespace verdict {

// Gives a label's text an accent colour (a warning red, a done green) that
// keeps 4.5:1 contrast on the label's background: darkened on light themes,
// lightened on dark ones, and worked out again when the theme changes.
class AccentColor final : public QObject
{
    Q_OBJECT

public:
    static void apply(QWidget *widget, const QColor &color);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AccentColor(QWidget *widget);
    void update();

    QWidget *m_widget; // the parent, watched
    QColor m_color;
};

} // namespace verdict
