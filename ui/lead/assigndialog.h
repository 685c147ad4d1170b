#pragma once

#include "export/assigner.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace verdict {

class Project;

// Lead → Assign Work…: who gets which tasks, as `verdict assign` does, with
// a preview of each person's share before anything is written.
class AssignDialog final : public QDialog
{
    Q_OBJECT

public:
    // `project` is read once, for the preview.
    AssignDialog(Project &project, const QStringList &knownAnnotators, QWidget *parent = nullptr);

    AssignOptions options() const;
    void setOutDir(const QString &dir);
    // The preview table: one row per annotator (name, tasks, gold).
    QTableWidget *preview() const { return m_preview; }
    // Recomputes the preview now (it otherwise follows edits after a pause).
    void refreshPreview();

private:
    void chooseOutDir();

    Result<Assigner::Pools> m_pools; // read once: the preview only plans
    QLineEdit *m_annotators = nullptr;
    QSpinBox *m_overlap = nullptr;
    QDoubleSpinBox *m_goldRate = nullptr;
    QSpinBox *m_seed = nullptr;
    QLineEdit *m_label = nullptr;
    QCheckBox *m_calibration = nullptr;
    QLineEdit *m_outDir = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace verdict
