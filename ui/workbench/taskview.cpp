#include "workbench/taskview.h"

#include "common/appearance.h"
#include "domain/authoredtask.h"
#include "highlight/codehighlighter.h"

#include "workbench/responseview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFrame>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

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

// Appends turns as the conversation shows them: a frame per turn tinted in
// its role's colour, the role's name on top, the text as Markdown or, when
// `raw`, exactly as written in the fixed font.
void appendTurns(QTextCursor &cursor, const QList<Message> &turns, const QPalette &pal, bool raw, const QFont &font)
{
    const QColor base = pal.color(QPalette::Base);
    QTextCharFormat fixed;
    if (raw) {
        QFont fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (font.pointSizeF() > 0)
            fixedFont.setPointSizeF(font.pointSizeF());
        fixed.setFont(fixedFont);
    }
    bool first = true;
    for (const Message &m : turns) {
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
        if (raw)
            cursor.insertText(m.content, fixed);
        else
            cursor.insertMarkdown(m.content);
        first = false;
    }
}

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
    fillEarlierTurns();
    emit responsesShown();
}

ResponseView *TaskView::responseView(int index) const
{
    return index >= 0 && index < m_bodies.size() && index < m_task.responses.size() ? m_bodies[index] : nullptr;
}

QString TaskView::currentResponseId() const
{
    return m_current >= 0 && m_current < m_task.responses.size() ? m_task.responses[m_current].id : QString();
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
    if (event->type() == QEvent::FontChange && !m_task.id.isEmpty()) {
        fillTranscript();
        fillEarlierTurns();
    }
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
    QTextCursor cursor(doc);
    appendTurns(cursor, task.context, palette(), false, m_transcript->font());
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

void TaskView::fillEarlierTurns()
{
    for (qsizetype i = 0; i < m_earlier.size() && i < m_task.responses.size(); ++i) {
        const QList<Message> &turns = m_task.responses[i].earlierTurns;
        const bool any = !turns.isEmpty();
        m_earlierBoxes[i]->setVisible(any);
        m_replyCaptions[i]->setVisible(any);
        if (!any) {
            m_earlier[i]->clear();
            continue;
        }
        const QString letter = responseLetter(int(i));
        m_earlierCaptions[i]->setText(tr("Earlier turns of response %1").arg(letter));
        m_replyCaptions[i]->setText(tr("Final reply of response %1").arg(letter));
        // Filled while detached, then shown: see ResponseView::setContent.
        auto *doc = new QTextDocument;
        doc->setUndoRedoEnabled(false);
        doc->setDefaultFont(m_earlier[i]->font());
        QTextCursor cursor(doc);
        appendTurns(cursor, turns, palette(), m_raw, m_earlier[i]->font());
        doc->setParent(m_earlier[i]);
        m_earlier[i]->setDocument(doc);
        m_earlier[i]->moveCursor(QTextCursor::Start);
    }
    fitEarlierTurns();
    // Panes made for this task are laid out only once shown: fit them again then.
    QTimer::singleShot(0, this, &TaskView::fitEarlierTurns);
}

void TaskView::fitEarlierTurns()
{
    // Tall enough for the longest earlier turns of any response, up to a
    // little under half the column, the same in every column that has them,
    // so that the final replies start at one height and can be read across.
    int needed = 0;
    int available = 0;
    for (qsizetype i = 0; i < m_earlier.size() && i < m_task.responses.size(); ++i) {
        if (m_task.responses[i].earlierTurns.isEmpty())
            continue;
        QTextBrowser *view = m_earlier[i];
        QTextDocument *doc = view->document();
        doc->setTextWidth(view->viewport()->width());
        const int chrome = m_earlierBoxes[i]->height() - view->viewport()->height();
        needed = std::max(needed, int(std::ceil(doc->size().height())) + chrome);
        available = std::max(available, m_earlierBoxes[i]->parentWidget()->height());
    }
    if (needed == 0 || available < 100)
        return;
    const int earlier = std::min(needed, available * 9 / 20);
    for (qsizetype i = 0; i < m_earlier.size() && i < m_task.responses.size(); ++i) {
        if (auto *parts = qobject_cast<QSplitter *>(m_earlierBoxes[i]->parentWidget());
            parts && !m_task.responses[i].earlierTurns.isEmpty())
            parts->setSizes({earlier, std::max(1, parts->height() - earlier - parts->handleWidth())});
    }
}

void TaskView::rebuildResponses(bool usePrepared)
{
    // Reuse panes where the count matches; task switching must stay fast.
    while (m_bodies.size() > m_task.responses.size()) {
        delete m_panes.takeLast();
        m_bodies.removeLast();
        m_titles.removeLast();
        m_notes.removeLast();
        m_earlierBoxes.removeLast();
        m_earlierCaptions.removeLast();
        m_earlier.removeLast();
        m_replyCaptions.removeLast();
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
        // The turns a response carries before its final reply, shown as the
        // conversation is, above the reply and under the response's title.
        auto *parts = new QSplitter(Qt::Vertical, pane);
        parts->setObjectName(QStringLiteral("responseParts%1").arg(index));
        parts->setChildrenCollapsible(false);
        auto *earlierBox = new QWidget(parts);
        auto *earlierLayout = new QVBoxLayout(earlierBox);
        earlierLayout->setContentsMargins(0, 0, 0, 0);
        earlierLayout->setSpacing(2);
        auto *earlierCaption = new QLabel(earlierBox);
        earlierCaption->setTextFormat(Qt::PlainText);
        earlierCaption->setWordWrap(true);
        earlierCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        Appearance::setRelativeFont(earlierCaption, 1.0, true);
        auto *earlier = new QTextBrowser(earlierBox);
        earlier->setObjectName(QStringLiteral("earlierTurns%1").arg(index));
        earlier->setOpenExternalLinks(false);
        earlier->setOpenLinks(false);
        earlier->setAccessibleName(tr("Response %1, earlier turns").arg(responseLetter(index)));
        earlier->setAccessibleDescription(tr("The turns this response carries before its final reply, read only"));
        earlier->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        earlier->setFocusPolicy(Qt::StrongFocus);
        earlier->setTabChangesFocus(true);
        earlierLayout->addWidget(earlierCaption);
        earlierLayout->addWidget(earlier, 1);
        auto *replyBox = new QWidget(parts);
        auto *replyLayout = new QVBoxLayout(replyBox);
        replyLayout->setContentsMargins(0, 0, 0, 0);
        replyLayout->setSpacing(2);
        auto *replyCaption = new QLabel(replyBox);
        replyCaption->setTextFormat(Qt::PlainText);
        replyCaption->setWordWrap(true);
        replyCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        Appearance::setRelativeFont(replyCaption, 1.0, true);
        auto *body = new ResponseView(replyBox);
        body->setObjectName(QStringLiteral("response%1").arg(index));
        connect(body, &ResponseView::activated, this, [this, index] {
            m_current = index;
            updateTitles();
            emit currentResponseChanged(index);
        });
        replyLayout->addWidget(replyCaption);
        replyLayout->addWidget(body, 1);
        parts->addWidget(earlierBox);
        parts->addWidget(replyBox);
        parts->setStretchFactor(0, 2);
        parts->setStretchFactor(1, 3);
        layout->addLayout(head);
        layout->addWidget(parts, 1);
        m_responses->addWidget(pane);
        m_panes << pane;
        m_titles << title;
        m_notes << note;
        m_bodies << body;
        m_earlierBoxes << earlierBox;
        m_earlierCaptions << earlierCaption;
        m_earlier << earlier;
        m_replyCaptions << replyCaption;
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
    fillEarlierTurns();
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

QTextBrowser *TaskView::earlierTurnsView(int index) const
{
    return index >= 0 && index < m_earlier.size() && index < m_task.responses.size()
            && !m_task.responses[index].earlierTurns.isEmpty()
        ? m_earlier[index]
        : nullptr;
}

QStringList TaskView::earlierTurnsTexts() const
{
    QStringList texts;
    for (qsizetype i = 0; i < m_earlier.size() && i < m_task.responses.size(); ++i)
        texts << (m_task.responses[i].earlierTurns.isEmpty() ? QString() : m_earlier[i]->toPlainText());
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
