#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace verdict {

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void collectMenu(
    const QMenu *menu, const QString &group, QList<ShortcutsDialog::Entry> &entries, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), group, entries, seen);
            continue;
        }
        seen.insert(action);
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        entries << ShortcutsDialog::Entry{group, plain(action->text()), keysOf(action)};
    }
}

} // namespace

const char *ShortcutsDialog::groupProperty()
{
    return "verdictShortcutGroup";
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QMainWindow *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collectMenu(top->menu(), plain(top->text()), entries, seen);
    }
    QList<Entry> context;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        const QString group = action->property(groupProperty()).toString();
        if (group.isEmpty())
            continue;
        context << Entry{group, plain(action->text()), keysOf(action)};
    }
    std::stable_sort(context.begin(), context.end(), [](const Entry &a, const Entry &b) { return a.group < b.group; });
    return entries + context;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcuts"));
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setAccessibleDescription(tr("Every shortcut of the window, by where it works"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    QTreeWidgetItem *groupItem = nullptr;
    QString group;
    for (const Entry &e : collect(window)) {
        if (!groupItem || e.group != group) {
            group = e.group;
            groupItem = new QTreeWidgetItem(tree, {group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(groupItem, {e.action, e.keys});
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    layout->addWidget(tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 720);
}

} // namespace verdict
