#include "workbench/answeroverlay.h"

#include "workbench/annotationsession.h"
#include "workbench/responseview.h"
#include "workbench/taskview.h"

namespace verdict {

namespace {

// The first criterion of a kind: the one whose answers the task view shows.
const Criterion *firstOfKind(const Rubric &rubric, CriterionKind kind)
{
    for (const Criterion &c : rubric.criteria) {
        if (c.kind == kind)
            return &c;
    }
    return nullptr;
}

} // namespace

AnswerOverlay::AnswerOverlay(TaskView *taskView, QObject *parent)
    : QObject(parent)
    , m_taskView(taskView)
{
    connect(m_taskView, &TaskView::responsesShown, this, [this] { showSpans(); });
}

void AnswerOverlay::setSession(AnnotationSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &AnnotationSession::answerChanged, this, [this](const QString &criterion, const QString &id) {
        const Criterion *c = m_session->rubric().criterion(criterion);
        if (c && c->kind == CriterionKind::Spans)
            showSpans(id);
        showNotes();
    });
}

void AnswerOverlay::showSpans(const QString &responseId)
{
    if (!m_session)
        return;
    const Criterion *c = firstOfKind(m_session->rubric(), CriterionKind::Spans);
    if (!c)
        return;
    QHash<QString, SpanStyle> styles;
    for (const Option &label : c->labels)
        styles.insert(label.key, SpanStyle{label.name, QColor::fromString(label.color), label.shortcut.toUpper()});
    const QList<Response> &responses = m_taskView->task().responses;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        if (!responseId.isEmpty() && responses[i].id != responseId)
            continue;
        if (ResponseView *view = m_taskView->responseView(int(i)))
            view->setSpans(m_session->spans(c->key, responses[i].id), styles);
    }
}

void AnswerOverlay::showNotes()
{
    if (!m_session)
        return;
    const Rubric &rubric = m_session->rubric();
    const Criterion *ranking = firstOfKind(rubric, CriterionKind::Ranking);
    const Criterion *spans = firstOfKind(rubric, CriterionKind::Spans);
    const Criterion *flags = firstOfKind(rubric, CriterionKind::Flags);
    const QHash<QString, int> places
        = ranking ? answers::places(m_session->ranking(ranking->key)) : QHash<QString, int>();
    const QList<Response> &responses = m_taskView->task().responses;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QStringList parts;
        const QString id = responses[i].id;
        if (places.contains(id))
            parts << tr("place %1").arg(places.value(id) + 1);
        if (spans) {
            if (const qsizetype n = m_session->spans(spans->key, id).size())
                parts << tr("%n span(s)", nullptr, int(n));
        }
        if (flags) {
            if (const qsizetype n = m_session->flags(flags->key, id).size())
                parts << tr("%n flag(s)", nullptr, int(n));
        }
        m_taskView->setResponseNote(int(i), parts.join(QStringLiteral(" · ")));
    }
}

} // namespace verdict
