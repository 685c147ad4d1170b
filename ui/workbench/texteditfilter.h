#pragma once

#include <QObject>

namespace verdict {

// Lets the window's shortcuts (undo and redo of the annotation, submit,
// next criterion) through a text editor that would otherwise keep them.
class TextEditFilter final : public QObject
{
    Q_OBJECT

public:
    explicit TextEditFilter(QObject *parent = nullptr);
    // Installs the filter on `editor` and turns the editor's own undo off.
    static void install(QObject *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace verdict
