#pragma once

#include <QDialog>

class QMainWindow;

namespace verdict {

// Help → Keyboard Shortcuts: every action of the window that has a key,
// grouped by its menu or by where it works, read from the actions themselves.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;
        QString action;
        QString keys;
    };

    explicit ShortcutsDialog(QMainWindow *window, QWidget *parent = nullptr);

    // The property naming where a context action works ("In a response").
    static const char *groupProperty();
    static QList<Entry> collect(QMainWindow *window);
};

} // namespace verdict
