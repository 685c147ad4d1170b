#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace verdict {

// Help → User Guide: docs/user-guide.md as installed with Verdict (or as
// copied into the build tree), rendered from its Markdown with its
// screenshots. Links between the guide's files are followed; nothing is ever
// fetched from the network.
class GuideWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // Where the documentation is looked for, in order: share/verdict/guide
    // beside the program's folder (installed, and in the build tree), then
    // the folder it was installed to.
    static QStringList candidateDirs();
    // The first folder of candidateDirs() that holds user-guide.md, or empty.
    static QString locate();

    // Shows the guide; false (and a message saying where it looked) when it is not found.
    bool showGuide();
    QTextBrowser *browser() const { return m_browser; }
    QString guidePath() const { return m_path; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(const QUrl &url);
    void fitImages();

    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_home = nullptr;
    QLabel *m_status = nullptr;
    QString m_path;
};

} // namespace verdict
