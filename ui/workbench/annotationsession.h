#pragma once

#include "domain/annotation.h"
#include "domain/answers.h"
#include "domain/rubric.h"
#include "domain/task.h"
#include "util/result.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace verdict {

class Project;
class SaveQueue;

// One person's work on one task: the answers as they stand, an undo stack
// with a command for every edit, and the draft stored the moment an edit is
// made. Nothing here needs a window: views call the verbs and listen to
// answerChanged().
class AnnotationSession final : public QObject
{
    Q_OBJECT

public:
    // Opens `annotator`'s work on `task`: what is stored, under the rubric
    // version it was made under, or a new annotation under `rubric` (the
    // latest published version). `project` must outlive the session. With
    // `saves`, what waits there to be written counts as stored.
    static Result<std::unique_ptr<AnnotationSession>> open(Project &project, const Task &task, const Rubric &rubric,
        const QString &annotator, const SaveQueue *saves = nullptr);

    AnnotationSession(Project &project, Task task, Rubric rubric, Annotation annotation, bool stored);
    ~AnnotationSession() override;

    const Task &task() const { return m_task; }
    const Rubric &rubric() const { return m_rubric; }
    const Annotation &annotation() const { return m_annotation; }
    AnnotationStatus status() const { return m_annotation.status; }
    // Whether the annotation has a row in the project (false until the first edit).
    bool isStored() const { return m_stored; }
    // A scratch session keeps its answers in memory only: a lead drafting
    // their own answer to adjudicate with, which is not an annotation.
    void setScratch(bool scratch) { m_scratch = scratch; }
    bool isScratch() const { return m_scratch; }
    // Writes go through `saves` (the window's), which queues them while the
    // project is busy; without one they go straight to the project.
    void setSaveQueue(SaveQueue *saves) { m_saves = saves; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The stored value of a criterion, or of one response's part of a
    // per-response criterion; null when unanswered.
    AnswerValue value(const QString &criterion, const QString &responseId = {}) const;
    Ranking ranking(const QString &criterion) const;
    std::optional<int> rating(const QString &criterion, const QString &responseId) const;
    QString choice(const QString &criterion, const QString &responseId = {}) const;
    QStringList choices(const QString &criterion, const QString &responseId = {}) const;
    QList<Span> spans(const QString &criterion, const QString &responseId) const;
    QList<Flag> flags(const QString &criterion, const QString &responseId) const;
    QString text(const QString &criterion) const;
    Rewrite rewrite(const QString &criterion) const;

    // The verbs: each pushes one undoable command (nothing when it would not
    // change anything). `responseId` is empty for a criterion per task.
    void setRanking(const QString &criterion, const Ranking &ranking);
    // Puts a response at `place` (0 = best) as its own group, keeping the
    // order of the others; a place past the end appends it.
    void placeResponse(const QString &criterion, const QString &responseId, int place);
    // Ties a response with the group above it, or splits it out of its tie.
    void toggleTie(const QString &criterion, const QString &responseId);
    void unrank(const QString &criterion, const QString &responseId);
    void setRating(const QString &criterion, const QString &responseId, std::optional<int> value);
    void setChoice(const QString &criterion, const QString &responseId, const QString &option);
    void setChoices(const QString &criterion, const QString &responseId, const QStringList &options);
    bool addSpan(const QString &criterion, const QString &responseId, const Span &span);
    void removeSpan(const QString &criterion, const QString &responseId, const Span &span);
    void relabelSpan(const QString &criterion, const QString &responseId, const Span &span, const QString &label);
    void addFlag(const QString &criterion, const QString &responseId, const Flag &flag);
    void changeFlag(const QString &criterion, const QString &responseId, int index, const Flag &flag);
    void removeFlag(const QString &criterion, const QString &responseId, int index);
    void setText(const QString &criterion, const QString &text);
    void setRewrite(const QString &criterion, const Rewrite &rewrite);
    // Replaces the whole answer to `criterion` with `from`'s (a lead starting
    // from an annotator's answer).
    void adoptAnswer(const QString &criterion, const AnswerValue &answer, const QString &from);
    // Replaces the answer to a spans criterion with every span of `answers`,
    // the answers of the people `from` names.
    void mergeSpans(const QString &criterion, const QList<AnswerValue> &answers, const QStringList &from);

    // What keeps the annotation from being submitted, by criterion (empty when complete).
    QList<Error> problems() const;
    // Stores the answers as submitted; fails (storing nothing) while problems() is not empty.
    Result<void> submit();
    Result<void> skip(const QString &reason);
    Result<void> escalate(const QString &note);

    // Active time, added by the window's clock and stored with the next save
    // or flushActiveTime().
    double activeSeconds() const { return m_annotation.activeSeconds; }
    void addActiveSeconds(double seconds);
    Result<void> flushActiveTime();

    // Used by the commands: stores `value` as the answer and saves the draft.
    void apply(const QString &criterion, const QString &responseId, const AnswerValue &value);

signals:
    void answerChanged(const QString &criterion, const QString &responseId);
    void statusChanged(verdict::AnnotationStatus status);
    void saved();
    void saveFailed(const verdict::Error &error);

private:
    Result<void> store(AnnotationStatus status, const QString &note);

    Project &m_project;
    Task m_task;
    Rubric m_rubric;
    Annotation m_annotation;
    bool m_stored = false;
    bool m_scratch = false;
    SaveQueue *m_saves = nullptr; // not owned
    double m_savedSeconds = 0;
    QUndoStack m_undoStack;
};

} // namespace verdict
