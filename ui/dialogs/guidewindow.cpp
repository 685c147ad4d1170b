#include "dialogs/guidewindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace verdict {

namespace {

const QString guideFile = QStringLiteral("user-guide.md");

} // namespace

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Verdict User Guide"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    layout->addLayout(bar);
    const auto button
        = [this, bar](const QString &name, const QString &text, const QString &description, const QKeySequence &key) {
              auto *b = new QToolButton(this);
              b->setObjectName(name);
              b->setText(text);
              b->setAccessibleName(text);
              b->setAccessibleDescription(description);
              b->setToolTip(tr("%1 (%2)").arg(description, key.toString(QKeySequence::NativeText)));
              b->setShortcut(key);
              bar->addWidget(b);
              return b;
          };
    m_back = button(
        QStringLiteral("back"), tr("Back"), tr("Back to the page read before"), QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = button(QStringLiteral("forward"), tr("Forward"), tr("Forward to the page read after"),
        QKeySequence(Qt::ALT | Qt::Key_Right));
    m_home = button(QStringLiteral("home"), tr("Contents"), tr("The start of the user guide"),
        QKeySequence(Qt::ALT | Qt::Key_Home));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("guideStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setAccessibleDescription(tr("The user guide; Tab moves between its links"));
    m_browser->setOpenLinks(false); // links are followed here, and only to local files
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser, 1);
    m_browser->viewport()->installEventFilter(this); // images follow the width there is

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GuideWindow::follow);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        fitImages();
        m_status->clear();
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    resize(980, 820);
}

QStringList GuideWindow::candidateDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {QDir::cleanPath(appDir + QStringLiteral("/../share/verdict/guide")), QStringLiteral(VERDICT_GUIDEDIR)};
}

QString GuideWindow::locate()
{
    for (const QString &dir : candidateDirs()) {
        if (QFileInfo(dir + u'/' + guideFile).isFile())
            return dir;
    }
    return {};
}

bool GuideWindow::showGuide()
{
    const QString dir = locate();
    if (dir.isEmpty()) {
        QStringList places;
        for (const QString &candidate : candidateDirs())
            places << QDir::toNativeSeparators(candidate);
        m_browser->setPlainText(tr("The user guide (%1) was not found. Verdict looked in:\n\n%2\n\n"
                                   "It is installed with the verdict package; in a build tree it is copied "
                                   "there by the build.")
                                    .arg(guideFile, places.join(u'\n')));
        m_path.clear();
        return false;
    }
    m_path = dir + u'/' + guideFile;
    m_browser->setSearchPaths({dir});
    m_browser->setSource(QUrl::fromLocalFile(m_path), QTextDocument::MarkdownResource);
    return true;
}

void GuideWindow::follow(const QUrl &url)
{
    const QUrl target = m_browser->source().resolved(url);
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    if (!target.isLocalFile() || !QFileInfo(target.toLocalFile()).isFile()) {
        // Never the network: say where it leads instead.
        m_status->setText(tr("Not opened (outside the guide): %1").arg(url.toString()));
        return;
    }
    const bool markdown = target.toLocalFile().endsWith(u".md");
    m_browser->setSource(target, markdown ? QTextDocument::MarkdownResource : QTextDocument::UnknownResource);
}

bool GuideWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QWidget::eventFilter(watched, event);
}

void GuideWindow::fitImages()
{
    // Screenshots are wider than most windows: scale each down to the width there is.
    QTextDocument *doc = m_browser->document();
    const qreal room = m_browser->viewport()->width() - 2 * doc->documentMargin() - 24;
    if (room <= 0)
        return;
    struct Change
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QVariant resource = m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            const QImage natural = resource.userType() == QMetaType::QImage ? resource.value<QImage>()
                                                                            : QImage::fromData(resource.toByteArray());
            if (natural.isNull())
                continue;
            const qreal wanted = std::min<qreal>(natural.width(), room);
            if (qFuzzyCompare(image.width(), wanted))
                continue;
            image.setWidth(wanted);
            image.setHeight(natural.height() * wanted / natural.width());
            changes << Change{fragment.position(), fragment.length(), image};
        }
    }
    if (changes.isEmpty())
        return;
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (const Change &change : changes) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    cursor.endEditBlock();
}

} // namespace verdict
