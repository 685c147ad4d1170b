#pragma once

#include "domain/rubric.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace verdict {

// Edits a list of keyed entries of a criterion: choice options, span labels
// (with colour and shortcut), flag categories, severities, or the anchors of a
// rating scale. Rows can be added, removed and moved from the keyboard.
class OptionTable final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Options, SpanLabels, Named, Anchors };

    explicit OptionTable(Mode mode, const QString &accessibleName, QWidget *parent = nullptr);

    void setOptions(const QList<Option> &options);
    QList<Option> options() const;
    void setAnchors(const QList<ScaleAnchor> &anchors);
    QList<ScaleAnchor> anchors() const;

    QTableWidget *table() const { return m_table; }
    // Adds an empty row and starts editing its first cell.
    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);

signals:
    void changed();

private:
    QStringList headers() const;
    void recolour(int row);

    Mode m_mode;
    QTableWidget *m_table = nullptr;
    bool m_filling = false;
};

} // namespace verdict
