#include "taskview.h"
#include "codehighlighter.h"

#include <QLabel>
#include <QPalette>
#include <QSplitter>
#include <QTextBrowser>
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

} // namespace

TaskView::TaskView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setObjectName(QStringLiteral("taskHeader"));
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    layout->addWidget(m_header);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_transcript = new QTextBrowser(split);
    m_transcript->setObjectName(QStringLiteral("transcript"));
    m_transcript->setAccessibleName(tr("Conversation"));
    m_transcript->setOpenExternalLinks(false);
    m_responses = new QSplitter(Qt::Horizontal, split);
    m_responses->setObjectName(QStringLiteral("responses"));
    m_responses->setChildrenCollapsible(false);
    split->addWidget(m_transcript);
    split->addWidget(m_responses);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({200, 600}); // the responses are what a trainer reads most
    layout->addWidget(split, 1);
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
    m_header->setText(tr("Task %1").arg(task.id));
    m_transcript->setHtml(transcriptHtml());
    rebuildResponses();
}

void TaskView::clear()
{
    setTask(Task());
    m_header->clear();
}

void TaskView::setModelNamesVisible(bool visible)
{
    m_showModels = visible;
    for (qsizetype i = 0; i < m_titles.size() && i < m_task.responses.size(); ++i) {
        const Response &r = m_task.responses[i];
        m_titles[i]->setText(visible && !r.model.isEmpty() ? tr("Response %1 — %2").arg(responseLetter(int(i)), r.model)
                                                           : tr("Response %1").arg(responseLetter(int(i))));
    }
}

QString TaskView::transcriptHtml() const
{
    const QPalette pal = palette();
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"6\" cellpadding=\"6\">");
    for (const Message &m : m_task.context) {
        const QColor background = m.role == u"user" ? pal.color(QPalette::AlternateBase)
            : m.role == u"assistant"                ? pal.color(QPalette::Base)
                                                    : pal.color(QPalette::Window);
        html += QStringLiteral("<tr><td bgcolor=\"%1\"><b>%2</b><br/>%3</td></tr>")
                    .arg(background.name(), roleTitle(m.role).toHtmlEscaped(),
                        m.content.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    html += QStringLiteral("</table>");
    return html;
}

void TaskView::rebuildResponses()
{
    // Reuse panes where the count matches; task switching must stay fast.
    while (m_bodies.size() > m_task.responses.size()) {
        delete m_bodies.takeLast()->parentWidget();
        m_titles.removeLast();
    }
    while (m_bodies.size() < m_task.responses.size()) {
        auto *pane = new QWidget(m_responses);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(4, 4, 4, 4);
        auto *title = new QLabel(pane);
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        auto *body = new QTextBrowser(pane);
        body->setObjectName(QStringLiteral("response%1").arg(m_bodies.size()));
        layout->addWidget(title);
        layout->addWidget(body, 1);
        m_responses->addWidget(pane);
        m_titles << title;
        m_bodies << body;
    }
    CodeHighlighter &highlighter = CodeHighlighter::instance();
    highlighter.setDarkTheme(CodeHighlighter::isDarkPalette(palette()));
    for (qsizetype i = 0; i < m_task.responses.size(); ++i) {
        m_bodies[i]->setMarkdown(m_task.responses[i].content);
        highlightCodeBlocks(m_bodies[i]->document(), highlighter);
        m_bodies[i]->setAccessibleName(tr("Response %1").arg(responseLetter(int(i))));
    }
    setModelNamesVisible(m_showModels);
}

QString TaskView::transcriptText() const
{
    return m_transcript->toPlainText();
}

QStringList TaskView::responseTexts() const
{
    QStringList texts;
    for (const QTextBrowser *body : m_bodies)
        texts << body->toPlainText();
    return texts;
}

QStringList TaskView::responseTitles() const
{
    QStringList titles;
    for (const QLabel *title : m_titles)
        titles << title->text();
    return titles;
}

} // namespace verdict
