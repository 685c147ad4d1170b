#pragma once

#include "import/importformat.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace verdict {

// Chooses what to import: files, their format, who to credit answers the
// files do not attribute, and whether a foreign file's bad records refuse it.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    void setFiles(const QStringList &files);
    QStringList files() const;
    ImportFormat format() const;
    void setFormat(ImportFormat format);
    QString annotator() const;
    // Refuse a foreign file at its first record that cannot be imported.
    bool strict() const;
    void setStrict(bool strict);

private:
    void addFiles();
    void updateState();

    QListWidget *m_files = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_annotator = nullptr;
    QCheckBox *m_strict = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace verdict
