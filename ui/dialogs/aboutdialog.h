#pragma once

#include <QDialog>

class QTreeWidget;

namespace verdict {

// Help → About Verdict: what Verdict is, its version and the versions of the
// libraries in use (Qt at run time and at build time, SQLite, KDE Syntax
// Highlighting, the JSON library), with a button that copies them for a report.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTreeWidget *versions() const { return m_versions; }
    // The versions as plain text, one "name: version" per line.
    QString versionText() const;

private:
    QTreeWidget *m_versions = nullptr;
};

} // namespace verdict
