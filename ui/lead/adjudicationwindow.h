#pragma once

#include "domain/annotation.h"
#include "domain/consensus.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "util/result.h"

#include <QMainWindow>
#include <QUndoStack>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QUndoGroup;
class QVBoxLayout;

namespace verdict {

class AdjudicationQueueModel;
class AnnotationSession;
class BackgroundJob;
class CriterionEditor;
class Project;
class TaskView;
struct QueueEntry;

// The lead's adjudication: a queue of the tasks and criteria where
// annotators disagree (escalations first, then by how much they disagree),
// each annotator's answer side by side, and a decision per criterion —
// accept one annotator's answer, merge spans, or write one's own. Overriding
// the majority needs a rationale. Every decision is an undoable command and
// is stored as an adjudication record; so is every edit of the lead's own
// answer, on the answer's stack. Edit → Undo reaches the own answer's stack
// while the focus is in it (its editor or the task) or its last edit was the
// window's last, and the decisions' stack otherwise.
class AdjudicationWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The project is not owned and must outlive the window; `person` is the lead.
    AdjudicationWindow(Project *project, const QString &person, QWidget *parent = nullptr);
    ~AdjudicationWindow() override;

    // Rebuilds the queue on a worker thread; queueReady() follows.
    void refresh();
    bool isBuilding() const;
    ConsensusRule rule() const;

    void selectEntry(int row);
    // The annotators' rows of the current criterion: select one to accept it.
    void selectAnnotator(int row);
    bool acceptSelected();
    bool decideWithOwnAnswer();
    // Seeds your answer from the selected annotator's (or the merge of the selected span answers).
    void startOwnFromSelected();
    void mergeSelectedSpans();
    bool resolveEscalation();
    bool promoteToGold();
    bool exportEdgeCases(const QString &fileName);

    AdjudicationQueueModel *queueModel() const { return m_model; }
    QTableView *queueView() const { return m_queueView; }
    QTableWidget *answersTable() const { return m_answers; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QCheckBox *exampleBox() const { return m_example; }
    TaskView *taskView() const { return m_taskView; }
    AnnotationSession *ownAnswer() const { return m_scratch.get(); }
    // The decisions' stack.
    QUndoStack *undoStack() { return &m_undo; }
    // The decisions' stack and the own answer's: the Edit menu undoes the active one.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // The last message shown to the lead (a refusal or a confirmation).
    QString message() const;

signals:
    void queueReady();
    void decisionsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void createActions();
    void queueBuilt(const Result<QList<QueueEntry>> &entries);
    void showCurrentEntry();
    void showEscalation();
    void showCriterion();
    void updateOverlays();
    void updateDecisionLabel();
    bool decide(Adjudication decision, const QString &undoText);
    void afterChange(const QString &error);
    void say(const QString &text, bool problem = false);
    void followFocus(QWidget *now);
    void dropOwnAnswer();
    QStringList selectedAnnotators() const;
    const QueueEntry *currentEntry() const;

    Project *m_project;
    QString m_person;
    QUndoStack m_undo;
    QUndoGroup *m_undoGroup = nullptr;

    AdjudicationQueueModel *m_model = nullptr;
    QTableView *m_queueView = nullptr;
    QComboBox *m_criterionFilter = nullptr;
    QComboBox *m_ruleBox = nullptr;
    QCheckBox *m_showDecided = nullptr;
    QCheckBox *m_escalatedOnly = nullptr;
    QProgressBar *m_progress = nullptr;
    TaskView *m_taskView = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_guidance = nullptr;
    QTableWidget *m_answers = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_startOwn = nullptr;
    QPushButton *m_decideOwn = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_gold = nullptr;
    QWidget *m_ownBox = nullptr;
    QVBoxLayout *m_ownLayout = nullptr;
    CriterionEditor *m_ownEditor = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QCheckBox *m_example = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_message = nullptr;

    // The entry on show.
    QString m_taskId;
    QString m_criterionKey;
    Task m_task;
    Rubric m_rubric;
    QList<Annotation> m_annotations; // submitted, by annotator
    QList<Annotation> m_allAnnotations;
    std::unique_ptr<AnnotationSession> m_scratch;
    bool m_failed = false; // the last change was refused by the store

    BackgroundJob *m_queueJob = nullptr;
    QMetaObject::Connection m_focusConnection;
};

} // namespace verdict
