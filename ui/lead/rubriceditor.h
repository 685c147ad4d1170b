#pragma once

#include "domain/rubric.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace verdict {

class OptionTable;
class TaxonomyEditor;
class Project;

// The lead's editor for a rubric's draft: criteria with their scales,
// options, labels and safety categories; guidelines in Markdown with a live
// preview; publishing an immutable version with a changelog; and the
// differences between any two versions. Every edit is an undoable command;
// valid edits are kept as the draft as they are made, and the editor is
// modified until they are.
class RubricEditor final : public QDialog
{
    Q_OBJECT

public:
    // Edits `rubricId`'s draft (or starts one from its latest version); an
    // empty id starts a new rubric. The project is not owned.
    RubricEditor(Project *project, const QString &rubricId, const QString &person, QWidget *parent = nullptr);

    // The rubric as edited so far.
    Rubric rubric() const { return m_rubric; }
    // The first problem that stops the rubric from being saved, or empty.
    QString problem() const { return m_problem; }
    // Every edit, from the opening (or the last publishing) on; clean where the draft was saved.
    QUndoStack *undoStack() const { return m_undo; }
    // Whether there are edits the draft does not hold yet.
    bool isModified() const;

    bool saveDraft();
    bool publish(const QString &changelog);

    // Adds a criterion of the given kind after the selected one and selects it.
    void addCriterion(CriterionKind kind);
    void removeCriterion();
    void moveCriterion(int delta);
    void selectCriterion(int row);

    // Lines describing what changed from version `from` to `to` (0 = the draft).
    QStringList differences(int from, int to) const;

    QListWidget *criteriaList() const { return m_criteria; }
    QTabWidget *tabs() const { return m_tabs; }
    TaxonomyEditor *taxonomyEditor() const { return m_taxonomyEditor; }

signals:
    void published(const QString &rubricId, int version);

private:
    // The rubric as an edit leaves it, and where the edit was made.
    struct Snapshot
    {
        Rubric rubric;
        int criterion = -1;
        int taxonomy = -1;
        int tab = 0;
        bool sameContent(const Snapshot &other) const { return rubric.sameContent(other.rubric); }
    };

    void buildUi();
    void load(const Rubric &rubric);
    void showCriterion(int row);
    // The rubric with what the form shows read into it.
    Rubric formRubric() const;
    // An edit of the form, read from it; `typedIn` is the field typed in, if any.
    void edited(const QString &undoText, QWidget *typedIn = nullptr);
    // Pushes the command that makes `rubric` the draft with `criterion` selected.
    void commit(Rubric rubric, int criterion, const QString &undoText, QWidget *typedIn = nullptr);
    Snapshot snapshot() const;
    // Makes the snapshot's rubric the one edited and shows it where the form does not already.
    void showSnapshot(const Snapshot &snapshot);
    void validate();
    void refreshList();
    void refreshVersions();
    void showDifferences();
    void askToPublish();
    QWidget *kindPage(CriterionKind kind);

    Project *m_project;
    QString m_person;
    Rubric m_rubric;
    QString m_problem;
    int m_current = -1;
    bool m_loading = false;
    QUndoStack *m_undo = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_criteria = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_per = nullptr;
    QLineEdit *m_criterionTitle = nullptr;
    QPlainTextEdit *m_guidance = nullptr;
    QCheckBox *m_required = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    QSpinBox *m_scaleMin = nullptr;
    QSpinBox *m_scaleMax = nullptr;
    OptionTable *m_anchors = nullptr;
    OptionTable *m_options = nullptr;
    OptionTable *m_labels = nullptr;
    OptionTable *m_categories = nullptr;
    OptionTable *m_severities = nullptr;
    QSpinBox *m_minLength = nullptr;
    QPlainTextEdit *m_guidelines = nullptr;
    QTextBrowser *m_preview = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_autosave = nullptr;
    TaxonomyEditor *m_taxonomyEditor = nullptr;
};

} // namespace verdict
