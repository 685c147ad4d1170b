#include "dialogs/aboutdialog.h"

#include "highlight/codehighlighter.h"
#include "util/libraryversions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace verdict {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Verdict"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>Verdict %1</h2>").arg(QCoreApplication::applicationVersion()), this);
    title->setTextFormat(Qt::RichText);
    layout->addWidget(title);
    auto *about = new QLabel(tr("An offline workbench for the people who make LLM training and evaluation data: "
                                "rank, score and tag model responses, write rubrics, measure agreement and "
                                "adjudicate, with no server and no network."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto *heading = new QLabel(tr("&Libraries in use:"), this);
    layout->addWidget(heading);
    m_versions = new QTreeWidget(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setAccessibleName(tr("Libraries in use"));
    m_versions->setAccessibleDescription(tr("Each library Verdict runs on and its version"));
    heading->setBuddy(m_versions);
    m_versions->setColumnCount(2);
    m_versions->setHeaderLabels({tr("Library"), tr("Version")});
    m_versions->setRootIsDecorated(false);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    const QString sqlite = LibraryVersions::sqlite();
    const QList<QStringList> rows{
        {tr("Qt (running)"), LibraryVersions::qtRuntime()},
        {tr("Qt (built with)"), LibraryVersions::qtBuild()},
        {tr("SQLite"), sqlite.isEmpty() ? tr("not available (Qt's SQLite driver is missing)") : sqlite},
        {tr("KDE Syntax Highlighting"), CodeHighlighter::instance().readyBackendName()},
        {LibraryVersions::jsonLibrary(), LibraryVersions::jsonLibraryVersion()},
    };
    for (const QStringList &row : rows)
        m_versions->addTopLevelItem(new QTreeWidgetItem(m_versions, row));
    m_versions->resizeColumnToContents(0);
    m_versions->setCurrentItem(m_versions->topLevelItem(0));
    m_versions->setMinimumWidth(560);
    layout->addWidget(m_versions, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, Qt::Horizontal, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    copy->setAccessibleDescription(tr("Copies the versions to the clipboard, for a problem report"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this window"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 340);
}

QString AboutDialog::versionText() const
{
    QString text = QStringLiteral("Verdict %1\n").arg(QCoreApplication::applicationVersion());
    for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_versions->topLevelItem(i);
        text += item->text(0) + QStringLiteral(": ") + item->text(1) + u'\n';
    }
    return text;
}

} // namespace verdict
