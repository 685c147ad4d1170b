#pragma once

#include "dialogs/transferworker.h"

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QProgressDialog;

namespace verdict {

class BackgroundJob;
class IssuesPanel;
class Project;
class Workbench;

// File → Import… and Export… for the workbench: the dialogs, the work on a
// worker thread with a progress bar and Cancel, and the Issues panel.
class BatchActions final : public QObject
{
    Q_OBJECT

public:
    // Works on `workbench`'s project as its person; adds its actions to
    // `menu` and its panel to `window`, which shows its dialogs and the
    // outcome. Neither is owned; the actions belong to the window.
    BatchActions(Workbench &workbench, QMainWindow *window, QMenu *menu);
    ~BatchActions() override;

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    // Lead → Assign Work…; the window puts it in its Lead menu.
    QAction *assignAction() const { return m_assign; }
    IssuesPanel *issues() const { return m_issues; }
    QProgressDialog *progressDialog() const { return m_progress; }
    bool isBusy() const;

    // Starts the work the dialogs would start; false when none can start now.
    bool startImport(const QStringList &files, ImportFormat format, const QString &annotator, bool strict = false);
    bool startExport(const ExportRequest &request, const QString &output);
    bool startAssign(const AssignOptions &options);
    void cancel();

signals:
    // The project changed on disk (an import went in): views should reread it.
    void projectChanged();
    void finished(bool ok, const QString &summary);
    void progress(qint64 done, qint64 total);

private:
    void importDialog();
    void exportDialog();
    void assignDialog();
    bool start(TransferJob job, const QString &title);
    void done(const TransferOutcome &outcome);
    void updateActions();
    bool haveProject();

    Workbench &m_workbench;
    QMainWindow *m_window;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_assign = nullptr;
    IssuesPanel *m_issues = nullptr;
    QProgressDialog *m_progress = nullptr;
    BackgroundJob *m_job = nullptr;
    TransferJob::Kind m_running = TransferJob::Kind::Import;
};

} // namespace verdict
