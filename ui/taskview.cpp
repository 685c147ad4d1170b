#include "taskview.h"

#include "appearance.h"
#include "authoredtask.h"
#include "codehighlighter.h"

#include "responseview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QVBoxLayout>

namespace verdict {

namespace {

QString roleTitle(const QString &role)
{
    if (role == u"user")
        return TaskView::tr("User");
    if (role == u"assistant")
        return TaskView::tr("Assistant");
    if (role == u"system")
        return TaskView::tr("System");
    if (role == u"tool")
        return TaskView::tr("Tool");
    return role;
}

// The accent of a role: the same hue in light and dark palettes.
QColor roleColor(const QString &role)
{
    if (role == u"user")
        return QColor(0x3b, 0x7d, 0xd8);
    if (role == u"assistant")
        return QColor(0x2e, 0x9e, 0x6a);
    if (role == u"system")
        return QColor(0xc2, 0x8a, 0x1e);
    return QColor(0x88, 0x88, 0x88);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

constexpr int visibleColumns = 4;

} // namespace

TaskView::TaskView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setObjectName(QStringLiteral("taskHeader"));
    m_header->setContentsMargins(6, 4, 6, 0);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    layout->addWidget(m_header);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("taskSplit"));
    m_transcript = new QTextBrowser(split);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_transcript->setOpenExternalLinks(false);
    m_transcript->setAccessibleDescription(tr("The conversation the responses answer, read only"));
    m_transcript->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_transcript->setFocusPolicy(Qt::StrongFocus); // readable from the keyboard and by screen readers
    m_transcript->setTabChangesFocus(true);
    m_scroll = new QScrollArea(split);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_responses = new QSplitter(Qt::Horizontal);
    m_responses->setObjectName(QStringLiteral("responses"));
    m_responses->setChildrenCollapsible(false);
    m_scroll->setWidget(m_responses);
    split->addWidget(m_transcript);
    split->addWidget(m_scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({180, 620}); // the responses are what a trainer reads most
    layout->addWidget(split, 1);
}

QWidget *TaskView::transcriptView() const
{
    return m_transcript;
}

TaskView::~TaskView()
{
    dropPrepared();
}

QString TaskView::responseLetter(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

void TaskView::setTask(const Task &task)
{
    m_task = task;
    m_header->setText(task.id.isEmpty() ? QString() : tr("Task %1").arg(task.id));
    if (m_current >= task.responses.size())
        m_current = 0;
    const bool usePrepared = !task.id.isEmpty() && m_prepared.task.id == task.id && m_prepared.raw == m_raw
        && m_prepared.font == font() && m_prepared.task.sameContent(task);
    if (usePrepared) {
        m_transcript->setDocument(m_prepared.transcript);
        m_prepared.transcript->setParent(m_transcript);
        m_prepared.transcript = nullptr;
    } else {
        fillTranscript();
    }
    m_transcript->moveCursor(QTextCursor::Start);
    rebuildResponses(usePrepared);
    dropPrepared();
}

void TaskView::prepare(const Task &task)
{
    dropPrepared();
    m_prepared.task = task;
    m_prepared.raw = m_raw;
    m_prepared.font = font();
    m_prepared.transcript = buildTranscript(task);
    for (const Response &r : task.responses) {
        SourceMap map;
        m_prepared.documents << ResponseView::buildDocument(r.content, m_raw, font(), &map);
        m_prepared.maps << map;
    }
}

void TaskView::dropPrepared()
{
    delete m_prepared.transcript;
    qDeleteAll(m_prepared.documents);
    m_prepared = Prepared();
}

void TaskView::clear()
{
    setTask(Task());
}

void TaskView::setModelNamesVisible(bool visible)
{
    m_showModels = visible;
    updateTitles();
}

void TaskView::setRawText(bool raw)
{
    if (m_raw == raw)
        return;
    m_raw = raw;
    dropPrepared();
    for (qsizetype i = 0; i < m_bodies.size() && i < m_task.responses.size(); ++i)
        m_bodies[i]->setContent(m_task.responses[i].content, m_raw);
    emit responsesShown();
}

ResponseView *TaskView::responseView(int index) const
{
    return index >= 0 && index < m_bodies.size() && index < m_task.responses.size() ? m_bodies[index] : nullptr;
}

void TaskView::focusResponse(int index)
{
    if (ResponseView *view = responseView(index)) {
        view->setFocus(Qt::ShortcutFocusReason);
        m_scroll->ensureWidgetVisible(view->parentWidget());
    }
}

void TaskView::setResponseNote(int index, const QString &note)
{
    if (index >= 0 && index < m_notes.size())
        m_notes[index]->setText(note);
}

void TaskView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new font size in the settings: the conversation is laid out again in it.
    if (event->type() == QEvent::FontChange && !m_task.id.isEmpty())
        fillTranscript();
}

void TaskView::fillTranscript()
{
    // Filled while detached, then shown: see ResponseView::setContent.
    QTextDocument *doc = buildTranscript(m_task);
    doc->setParent(m_transcript);
    m_transcript->setDocument(doc); // deletes the previous one, a child of the view too
}

QTextDocument *TaskView::buildTranscript(const Task &task) const
{
    auto *doc = new QTextDocument;
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(m_transcript->font());
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    QTextCursor cursor(doc);
    bool first = true;
    for (const Message &m : task.context) {
        const QColor accent = roleColor(m.role);
        QTextFrameFormat frame;
        frame.setBackground(mix(base, accent, 0.10));
        frame.setBorder(0);
        frame.setPadding(8);
        frame.setTopMargin(first ? 2 : 6);
        frame.setLeftMargin(m.role == u"user" ? 0 : 24);
        cursor.movePosition(QTextCursor::End);
        cursor.insertFrame(frame);
        QTextCharFormat title;
        title.setFontWeight(QFont::Bold);
        title.setForeground(accent.darker(base.lightness() < 128 ? 60 : 115));
        cursor.insertText(roleTitle(m.role), title);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertMarkdown(m.content);
        first = false;
    }
    // An authored task brings what its reviewer judges beside the conversation.
    if (const auto authored = AuthoredTask::fromTask(task)) {
        QTextFrameFormat frame;
        frame.setBorder(1);
        frame.setPadding(6);
        frame.setTopMargin(8);
        cursor.movePosition(QTextCursor::End);
        cursor.insertFrame(frame);
        cursor.insertText(authored->details().join(u'\n'));
    }
    return doc;
}

void TaskView::rebuildResponses(bool usePrepared)
{
    // Reuse panes where the count matches; task switching must stay fast.
    while (m_bodies.size() > m_task.responses.size()) {
        delete m_bodies.takeLast()->parentWidget();
        m_titles.removeLast();
        m_notes.removeLast();
    }
    while (m_bodies.size() < m_task.responses.size()) {
        const int index = int(m_bodies.size());
        auto *pane = new QWidget(m_responses);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->setSpacing(2);
        auto *head = new QHBoxLayout;
        auto *title = new QLabel(pane);
        title->setTextFormat(Qt::PlainText);
        // Long model names must not widen the columns.
        title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        Appearance::setRelativeFont(title, 1.1, true);
        auto *note = new QLabel(pane);
        note->setTextFormat(Qt::PlainText);
        note->setObjectName(QStringLiteral("responseNote%1").arg(index));
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        note->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        head->addWidget(title, 3);
        head->addWidget(note, 2);
        auto *body = new ResponseView(pane);
        body->setObjectName(QStringLiteral("response%1").arg(index));
        connect(body, &ResponseView::activated, this, [this, index] {
            m_current = index;
            updateTitles();
            emit currentResponseChanged(index);
        });
        layout->addLayout(head);
        layout->addWidget(body, 1);
        m_responses->addWidget(pane);
        m_titles << title;
        m_notes << note;
        m_bodies << body;
    }
    CodeHighlighter &highlighter = CodeHighlighter::instance();
    highlighter.setDarkTheme(CodeHighlighter::isDarkPalette(palette()));
    for (qsizetype i = 0; i < m_task.responses.size(); ++i) {
        if (usePrepared) {
            m_bodies[i]->adoptDocument(m_task.responses[i].content, m_raw, m_prepared.documents[i], m_prepared.maps[i]);
            m_prepared.documents[i] = nullptr;
        } else {
            m_bodies[i]->setContent(m_task.responses[i].content, m_raw);
        }
        m_bodies[i]->setAccessibleName(tr("Response %1").arg(responseLetter(int(i))));
        m_bodies[i]->setAccessibleDescription(
            tr("Shift and the arrow keys select text to tag; 1 to 9 rank the response"));
        m_bodies[i]->moveCursor(QTextCursor::Start);
        m_notes[i]->clear();
    }
    if (m_responses->count() > 0) {
        const int each = std::max(1, m_responses->width() / int(m_responses->count()));
        m_responses->setSizes(QList<int>(m_responses->count(), each));
    }
    updateTitles();
    updateWidths();
    emit responsesShown();
}

void TaskView::updateTitles()
{
    const QPalette pal = palette();
    for (qsizetype i = 0; i < m_titles.size() && i < m_task.responses.size(); ++i) {
        const Response &r = m_task.responses[i];
        const QString letter = responseLetter(int(i));
        m_titles[i]->setText(m_showModels && !r.model.isEmpty() ? tr("Response %1 — %2").arg(letter, r.model)
                                                                : tr("Response %1").arg(letter));
        QPalette titlePalette = pal;
        if (i == m_current && m_task.responses.size() > 1)
            titlePalette.setColor(QPalette::WindowText, pal.color(QPalette::Highlight));
        m_titles[i]->setPalette(titlePalette);
    }
}

void TaskView::updateWidths()
{
    const int count = int(m_task.responses.size());
    const int available = m_scroll->viewport()->width();
    m_responses->setMinimumWidth(count > visibleColumns ? count * available / visibleColumns : 0);
}

void TaskView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateWidths();
}

QString TaskView::transcriptText() const
{
    return m_transcript->toPlainText();
}

QStringList TaskView::responseTexts() const
{
    QStringList texts;
    for (qsizetype i = 0; i < m_bodies.size() && i < m_task.responses.size(); ++i)
        texts << m_bodies[i]->toPlainText();
    return texts;
}

QStringList TaskView::responseTitles() const
{
    QStringList titles;
    for (qsizetype i = 0; i < m_titles.size() && i < m_task.responses.size(); ++i)
        titles << m_titles[i]->text();
    return titles;
}

} // namespace verdict
