#pragma once

#include <QList>

class QWidget;

namespace verdict {

// Tab order across widgets built at different times (the responses and the
// rubric's editors are made per task, after the window): the order a reader
// goes through them, whatever the order they were made in.
class TabOrder final
{
public:
    // The widgets in and under `root` that Tab stops at, in their current tab order.
    static QList<QWidget *> stops(QWidget *root);
    // Puts `widgets` (and what Tab reaches inside each) one after the other in the tab order.
    static void chain(const QList<QWidget *> &widgets);
};

} // namespace verdict
