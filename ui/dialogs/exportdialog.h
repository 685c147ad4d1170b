#pragma once

#include "export/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QLabel;

namespace verdict {

// Chooses what to export: the format, the batch kind or training-data
// options, whose work, and the file.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `annotators` are offered for "whose work"; everyone's is the default.
    explicit ExportDialog(const QStringList &annotators, QWidget *parent = nullptr);

    ExportRequest request() const;
    QString output() const;
    void setOutput(const QString &file);
    void setFormat(ExportFormat format);
    void setKind(BatchKind kind);
    void setFinal(bool final);

private:
    void chooseOutput();
    void updateState();

    QComboBox *m_format = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_annotator = nullptr;
    QComboBox *m_pairs = nullptr;
    QComboBox *m_style = nullptr;
    QCheckBox *m_final = nullptr;
    QComboBox *m_consensus = nullptr;
    QLineEdit *m_output = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace verdict
