#include "workbench/guidancepane.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace verdict {

namespace {

QString simplifiedHeading(const QString &text)
{
    QString s = text.toCaseFolded().simplified();
    s.remove(u':');
    return s;
}

} // namespace

GuidancePane::GuidancePane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_focus = new QLabel(this);
    m_focus->setObjectName(QStringLiteral("criterionGuidance"));
    m_focus->setWordWrap(true);
    m_focus->setTextFormat(Qt::MarkdownText);
    m_focus->setAutoFillBackground(true);
    m_focus->setBackgroundRole(QPalette::AlternateBase);
    m_focus->setMargin(6);
    m_focus->hide();
    layout->addWidget(m_focus);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guidelines"));
    m_browser->setAccessibleName(tr("Guidelines"));
    m_browser->setAccessibleDescription(tr("The rubric's guidelines, at the section of the current criterion"));
    m_browser->setOpenExternalLinks(false);
    layout->addWidget(m_browser, 1);
}

void GuidancePane::setRubric(const Rubric &rubric)
{
    const QString key = rubric.id + u'@' + QString::number(rubric.version);
    if (key == m_rubricKey)
        return;
    m_rubricKey = key;
    m_rubric = rubric;
    m_browser->setMarkdown(rubric.guidelines.isEmpty() ? tr("This rubric has no guidelines.") : rubric.guidelines);
    m_focus->hide();
    m_section.clear();
}

void GuidancePane::showCriterion(const QString &key)
{
    const Criterion *c = m_rubric.criterion(key);
    if (!c)
        return;
    m_focus->setText(QStringLiteral("**%1** — %2").arg(c->title, c->guidance));
    m_focus->setVisible(!c->guidance.isEmpty());
    // The section whose heading names the criterion (its title, else its key).
    const QString title = simplifiedHeading(c->title);
    const QString keyText = simplifiedHeading(QString(c->key).replace(u'-', u' '));
    QTextBlock found;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QString heading = simplifiedHeading(block.text());
        if (heading == title || heading.startsWith(title) || heading == keyText) {
            found = block;
            break;
        }
        if (!found.isValid() && (heading.contains(title) || title.contains(heading)))
            found = block;
    }
    if (!found.isValid())
        return;
    m_section = found.text();
    const QRectF box = m_browser->document()->documentLayout()->blockBoundingRect(found);
    m_browser->verticalScrollBar()->setValue(int(box.top()));
}

} // namespace verdict
