#pragma once

#include "importformat.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace verdict {

// Chooses what to import: files, their format, and who to credit answers
// the files do not attribute.
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

private:
    void addFiles();
    void updateState();

    QListWidget *m_files = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_annotator = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace verdict
