#include "workbench/taborder.h"

#include <QWidget>

namespace verdict {

namespace {

bool isStop(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !w->focusProxy();
}

} // namespace

QList<QWidget *> TabOrder::stops(QWidget *root)
{
    QList<QWidget *> result;
    if (!root)
        return result;
    if (isStop(root))
        result << root;
    // Walk the focus chain from the root: it visits descendants in their tab order.
    for (QWidget *w = root->nextInFocusChain(); w && w != root; w = w->nextInFocusChain()) {
        if (root->isAncestorOf(w) && isStop(w) && !result.contains(w))
            result << w;
    }
    return result;
}

void TabOrder::chain(const QList<QWidget *> &widgets)
{
    QList<QWidget *> order;
    for (QWidget *w : widgets) {
        for (QWidget *stop : stops(w)) {
            if (!order.contains(stop))
                order << stop;
        }
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

} // namespace verdict
