#pragma once

#include "domain/authoredtask.h"
#include "domain/rubric.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace verdict {

class MarkdownEditor;
class TurnListEditor;

// The form of one authored task: an optional system prompt, the turns of
// the conversation, the response (the ideal one in Markdown with a live
// preview, or what the model answered), tags from the rubric's taxonomies
// and, for a red-team entry, technique, harm category, severity, outcome and
// notes. What is still missing is listed under the form as it changes.
// Every edit is an undoable command; the task is modified while the stack is
// not where it was loaded or last saved.
class AuthoringEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit AuthoringEditor(QWidget *parent = nullptr);

    // The taxonomies the tag and red-team choices come from.
    void setTaxonomies(const QList<Taxonomy> &taxonomies);
    // Shows `task`, with no edits to undo.
    void setTask(const AuthoredTask &task);
    // The task as edited.
    AuthoredTask task() const;
    // Takes `saved` (the task as stored: its id and revision) as the task
    // edited; the edits stay undoable, and this is their clean state.
    void markSaved(const AuthoredTask &saved);
    bool isModified() const;
    // The edits of the task shown.
    QUndoStack *undoStack() const { return m_undo; }
    // A line above the form: id, revision, author and review status.
    void setHeader(const QString &text);

    // Reads the model's response from a text file; false with a message when it cannot.
    bool importResponse(const QString &fileName, QString *error = nullptr);

    QPlainTextEdit *systemPrompt() const { return m_system; }
    TurnListEditor *turns() const { return m_turns; }
    MarkdownEditor *response() const { return m_response; }
    QComboBox *tagBox(const QString &taxonomy) const { return m_boxes.value(taxonomy); }
    QComboBox *outcomeBox() const { return m_succeeded; }
    QPlainTextEdit *notes() const { return m_notes; }
    QLineEdit *modelEdit() const { return m_model; }

signals:
    void changed();

private:
    QComboBox *makeBox(const QString &taxonomy, const QString &accessibleName);
    void fill(QComboBox *box, const QString &taxonomy);
    void select(QComboBox *box, const QString &value);
    // Shows the content of `task` (not its identity): as it is loaded, or
    // where it differs from the form, after an undo or redo.
    void fill(const AuthoredTask &task, bool loading);
    // An edit of the form; `typedIn` is the field typed in, if any.
    void edited(const QString &undoText, QWidget *typedIn = nullptr);
    // Makes `task`'s content the one edited, showing it where the form does not already.
    void showContent(const AuthoredTask &task);
    void showMissing();

    AuthoredTask m_loaded;
    AuthoredTask m_shown; // as the last edit, undo or redo left it
    QList<Taxonomy> m_taxonomies;
    bool m_loading = false;
    QUndoStack *m_undo = nullptr;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_system = nullptr;
    TurnListEditor *m_turns = nullptr;
    QLabel *m_responseLabel = nullptr;
    MarkdownEditor *m_response = nullptr;
    QWidget *m_modelRow = nullptr;
    QLineEdit *m_model = nullptr;
    QPushButton *m_import = nullptr;
    QGroupBox *m_tags = nullptr;
    QGroupBox *m_redTeam = nullptr;
    QHash<QString, QComboBox *> m_boxes;
    QComboBox *m_succeeded = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace verdict
