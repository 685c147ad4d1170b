#include "workbench/annotationsession.h"

#include "commands/addspancommand.h"
#include "commands/adoptanswercommand.h"
#include "commands/mergespanscommand.h"
#include "commands/relabelspancommand.h"
#include "commands/removespancommand.h"
#include "commands/setchoicecommand.h"
#include "commands/setflagscommand.h"
#include "commands/setrankingcommand.h"
#include "commands/setratingcommand.h"
#include "commands/setrewritecommand.h"
#include "commands/settextcommand.h"
#include "domain/validation.h"
#include "store/project.h"
#include "workbench/savequeue.h"

#include <QCoreApplication>

namespace verdict {

namespace {

// Pushes `command` unless it would change nothing.
void push(QUndoStack &stack, AnswerCommand *command)
{
    if (command->changesNothing()) {
        delete command;
        return;
    }
    stack.push(command);
}

QString titleOf(const Rubric &rubric, const QString &criterion)
{
    const Criterion *c = rubric.criterion(criterion);
    return c ? c->title : criterion;
}

} // namespace

Result<std::unique_ptr<AnnotationSession>> AnnotationSession::open(
    Project &project, const Task &task, const Rubric &rubric, const QString &annotator, const SaveQueue *saves)
{
    Result<std::optional<Annotation>> stored = std::optional<Annotation>();
    if (auto waiting = saves ? saves->pending(task.id, annotator) : std::nullopt)
        stored = std::move(waiting);
    else
        stored = project.annotations().find(task.id, annotator);
    if (!stored)
        return stored.error();
    if (!stored.value()) {
        Annotation fresh;
        fresh.taskId = task.id;
        fresh.annotator = annotator;
        fresh.rubricId = rubric.id;
        fresh.rubricVersion = rubric.version;
        return std::make_unique<AnnotationSession>(project, task, rubric, fresh, false);
    }
    Annotation annotation = std::move(*stored.value());
    if (annotation.rubricId == rubric.id && annotation.rubricVersion == rubric.version)
        return std::make_unique<AnnotationSession>(project, task, rubric, std::move(annotation), true);
    auto madeUnder = project.rubrics().get(annotation.rubricId, annotation.rubricVersion);
    if (!madeUnder)
        return madeUnder.error();
    if (!madeUnder.value())
        return makeError(
            tr("the annotation of %1 was made under rubric %2 version %3, which this project does not have")
                .arg(task.id, annotation.rubricId)
                .arg(annotation.rubricVersion));
    return std::make_unique<AnnotationSession>(project, task, *madeUnder.value(), std::move(annotation), true);
}

AnnotationSession::AnnotationSession(Project &project, Task task, Rubric rubric, Annotation annotation, bool stored)
    : m_project(project)
    , m_task(std::move(task))
    , m_rubric(std::move(rubric))
    , m_annotation(std::move(annotation))
    , m_stored(stored)
    , m_savedSeconds(m_annotation.activeSeconds)
{ }

AnnotationSession::~AnnotationSession() = default;

AnswerValue AnnotationSession::value(const QString &criterion, const QString &responseId) const
{
    const Criterion *c = m_rubric.criterion(criterion);
    return c ? answers::get(m_annotation, *c, responseId) : AnswerValue();
}

Ranking AnnotationSession::ranking(const QString &criterion) const
{
    return value(criterion).ranking().value_or(Ranking());
}

std::optional<int> AnnotationSession::rating(const QString &criterion, const QString &responseId) const
{
    return value(criterion, responseId).rating();
}

QString AnnotationSession::choice(const QString &criterion, const QString &responseId) const
{
    return value(criterion, responseId).choice().value_or(QString());
}

QStringList AnnotationSession::choices(const QString &criterion, const QString &responseId) const
{
    return value(criterion, responseId).options().value_or(QStringList());
}

QList<Span> AnnotationSession::spans(const QString &criterion, const QString &responseId) const
{
    return value(criterion, responseId).spans().value_or(QList<Span>());
}

QList<Flag> AnnotationSession::flags(const QString &criterion, const QString &responseId) const
{
    return value(criterion, responseId).flags().value_or(QList<Flag>());
}

QString AnnotationSession::text(const QString &criterion) const
{
    return value(criterion).text().value_or(QString());
}

Rewrite AnnotationSession::rewrite(const QString &criterion) const
{
    return value(criterion).rewrite().value_or(Rewrite());
}

void AnnotationSession::setRanking(const QString &criterion, const Ranking &ranking)
{
    Ranking cleaned;
    for (const QStringList &group : ranking) {
        if (!group.isEmpty())
            cleaned << group;
    }
    push(m_undoStack, new SetRankingCommand(this, criterion, cleaned));
}

void AnnotationSession::placeResponse(const QString &criterion, const QString &responseId, int place)
{
    Ranking order = ranking(criterion);
    for (QStringList &group : order)
        group.removeAll(responseId);
    order.removeIf([](const QStringList &group) { return group.isEmpty(); });
    order.insert(std::clamp<qsizetype>(place, 0, order.size()), QStringList{responseId});
    setRanking(criterion, order);
}

void AnnotationSession::toggleTie(const QString &criterion, const QString &responseId)
{
    Ranking order = ranking(criterion);
    for (qsizetype g = 0; g < order.size(); ++g) {
        if (!order[g].contains(responseId))
            continue;
        if (order[g].size() > 1) {
            order[g].removeAll(responseId);
            order.insert(g + 1, QStringList{responseId});
        } else if (g > 0) {
            order.removeAt(g);
            order[g - 1] << responseId;
        } else {
            return; // alone at the top: nothing above to tie with
        }
        setRanking(criterion, order);
        return;
    }
}

void AnnotationSession::unrank(const QString &criterion, const QString &responseId)
{
    Ranking order = ranking(criterion);
    for (QStringList &group : order)
        group.removeAll(responseId);
    setRanking(criterion, order);
}

void AnnotationSession::setRating(const QString &criterion, const QString &responseId, std::optional<int> value)
{
    const QString text = value ? tr("Rate %1: %2").arg(titleOf(m_rubric, criterion)).arg(*value)
                               : tr("Clear %1").arg(titleOf(m_rubric, criterion));
    push(m_undoStack, new SetRatingCommand(this, criterion, responseId, value, text));
}

void AnnotationSession::setChoice(const QString &criterion, const QString &responseId, const QString &option)
{
    push(m_undoStack,
        new SetChoiceCommand(this, criterion, responseId,
            option.isEmpty() ? AnswerValue() : AnswerValue::ofChoice(option),
            tr("Choose %1").arg(titleOf(m_rubric, criterion))));
}

void AnnotationSession::setChoices(const QString &criterion, const QString &responseId, const QStringList &options)
{
    QStringList list;
    // Kept in the rubric's order, so the same choices always store the same way.
    if (const Criterion *c = m_rubric.criterion(criterion)) {
        for (const Option &o : c->options) {
            if (options.contains(o.key))
                list << o.key;
        }
    }
    push(m_undoStack,
        new SetChoiceCommand(this, criterion, responseId, list.isEmpty() ? AnswerValue() : AnswerValue::ofOptions(list),
            tr("Choose %1").arg(titleOf(m_rubric, criterion))));
}

bool AnnotationSession::addSpan(const QString &criterion, const QString &responseId, const Span &span)
{
    if (span.end <= span.start || spans(criterion, responseId).contains(span))
        return false;
    push(m_undoStack, new AddSpanCommand(this, criterion, responseId, span));
    return true;
}

void AnnotationSession::removeSpan(const QString &criterion, const QString &responseId, const Span &span)
{
    if (spans(criterion, responseId).contains(span))
        push(m_undoStack, new RemoveSpanCommand(this, criterion, responseId, span));
}

void AnnotationSession::relabelSpan(
    const QString &criterion, const QString &responseId, const Span &span, const QString &label)
{
    if (spans(criterion, responseId).contains(span) && span.label != label)
        push(m_undoStack, new RelabelSpanCommand(this, criterion, responseId, span, label));
}

void AnnotationSession::addFlag(const QString &criterion, const QString &responseId, const Flag &flag)
{
    QList<Flag> list = flags(criterion, responseId);
    list << flag;
    push(m_undoStack, new SetFlagsCommand(this, criterion, responseId, list, tr("Add flag")));
}

void AnnotationSession::changeFlag(const QString &criterion, const QString &responseId, int index, const Flag &flag)
{
    QList<Flag> list = flags(criterion, responseId);
    if (index < 0 || index >= list.size())
        return;
    const bool noteOnly = list[index].category == flag.category && list[index].severity == flag.severity
        && list[index].escalate == flag.escalate;
    list[index] = flag;
    push(m_undoStack,
        new SetFlagsCommand(this, criterion, responseId, list, noteOnly ? tr("Type flag note") : tr("Change flag"),
            noteOnly ? index : -1));
}

void AnnotationSession::removeFlag(const QString &criterion, const QString &responseId, int index)
{
    QList<Flag> list = flags(criterion, responseId);
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    push(m_undoStack, new SetFlagsCommand(this, criterion, responseId, list, tr("Remove flag")));
}

void AnnotationSession::setText(const QString &criterion, const QString &text)
{
    push(m_undoStack, new SetTextCommand(this, criterion, text));
}

void AnnotationSession::setRewrite(const QString &criterion, const Rewrite &rewrite)
{
    const Rewrite current = this->rewrite(criterion);
    const bool typing = current.seed == rewrite.seed;
    push(m_undoStack,
        new SetRewriteCommand(this, criterion, rewrite,
            typing ? tr("Edit %1").arg(titleOf(m_rubric, criterion))
                   : tr("Start %1 from a response").arg(titleOf(m_rubric, criterion)),
            typing));
}

void AnnotationSession::adoptAnswer(const QString &criterion, const AnswerValue &answer, const QString &from)
{
    push(m_undoStack, new AdoptAnswerCommand(this, criterion, answer, from));
}

void AnnotationSession::mergeSpans(const QString &criterion, const QList<AnswerValue> &answers, const QStringList &from)
{
    const Criterion *spans = m_rubric.criterion(criterion);
    if (!spans)
        return;
    push(m_undoStack, new MergeSpansCommand(this, *spans, answers, from));
}

void AnnotationSession::apply(const QString &criterion, const QString &responseId, const AnswerValue &value)
{
    answers::set(m_annotation, criterion, responseId, value);
    const AnnotationStatus before = m_annotation.status;
    if (auto done = store(AnnotationStatus::Draft, m_annotation.note); !done)
        emit saveFailed(done.error());
    emit answerChanged(criterion, responseId);
    if (before != m_annotation.status)
        emit statusChanged(m_annotation.status);
}

QList<Error> AnnotationSession::problems() const
{
    return validateAnswers(m_rubric, m_task, m_annotation, Completeness::Submit);
}

Result<void> AnnotationSession::store(AnnotationStatus status, const QString &note)
{
    Annotation next = m_annotation;
    next.status = status;
    next.note = note;
    if (m_scratch) {
        m_annotation = std::move(next);
        emit saved();
        return {};
    }
    if (auto done = m_saves ? m_saves->save(next) : m_project.annotations().save(next); !done)
        return done;
    m_annotation = std::move(next);
    m_stored = true;
    m_savedSeconds = m_annotation.activeSeconds;
    emit saved();
    return {};
}

Result<void> AnnotationSession::submit()
{
    const QList<Error> missing = problems();
    if (!missing.isEmpty())
        return makeError(tr("task %1 is not complete: %2").arg(m_task.id, missing.first().toString()));
    if (auto done = store(AnnotationStatus::Submitted, QString()); !done)
        return done;
    emit statusChanged(m_annotation.status);
    return {};
}

Result<void> AnnotationSession::skip(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(tr("a skip needs a reason"));
    if (auto done = store(AnnotationStatus::Skipped, reason.trimmed()); !done)
        return done;
    emit statusChanged(m_annotation.status);
    return {};
}

Result<void> AnnotationSession::escalate(const QString &note)
{
    if (note.trimmed().isEmpty())
        return makeError(tr("an escalation needs a note for the lead"));
    if (auto done = store(AnnotationStatus::Escalated, note.trimmed()); !done)
        return done;
    emit statusChanged(m_annotation.status);
    return {};
}

void AnnotationSession::addActiveSeconds(double seconds)
{
    if (seconds > 0)
        m_annotation.activeSeconds += seconds;
}

Result<void> AnnotationSession::flushActiveTime()
{
    if (!m_stored || m_annotation.activeSeconds == m_savedSeconds)
        return {};
    const auto done = m_saves
        ? m_saves->setActiveSeconds(m_task.id, m_annotation.annotator, m_annotation.activeSeconds)
        : m_project.annotations().setActiveSeconds(m_task.id, m_annotation.annotator, m_annotation.activeSeconds);
    if (!done)
        return done;
    m_savedSeconds = m_annotation.activeSeconds;
    return {};
}

} // namespace verdict
