#include "authoring/revisionhistory.h"

#include "util/textdiff.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace verdict {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

RevisionHistory::RevisionHistory(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setAccessibleDescription(tr("Every saved revision, newest last, with its author and time"));
    m_list->setMaximumHeight(120);
    layout->addWidget(m_list);
    auto *pick = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setAccessibleName(tr("Compare from revision"));
    m_from->setAccessibleDescription(tr("The earlier revision shown on the left"));
    m_to = new QComboBox(this);
    m_to->setAccessibleName(tr("Compare to revision"));
    m_to->setAccessibleDescription(tr("The later revision shown on the right"));
    auto *fromLabel = new QLabel(tr("Compare &revision"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("wi&th"), this);
    toLabel->setBuddy(m_to);
    pick->addWidget(fromLabel);
    pick->addWidget(m_from);
    pick->addWidget(toLabel);
    pick->addWidget(m_to);
    pick->addStretch(1);
    layout->addLayout(pick);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_left = new QTextBrowser(split);
    m_left->setAccessibleName(tr("Earlier revision"));
    m_left->setAccessibleDescription(tr("The earlier revision, with removed text marked"));
    m_right = new QTextBrowser(split);
    m_right->setAccessibleName(tr("Later revision"));
    m_right->setAccessibleDescription(tr("The later revision, with added text marked"));
    split->addWidget(m_left);
    split->addWidget(m_right);
    layout->addWidget(split, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionHistory::showComparison);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionHistory::showComparison);
    // Picking a revision in the list compares it with the one before it.
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const int number = m_list->item(row)->data(Qt::UserRole).toInt();
        compare(std::max(1, number - 1), number);
    });
}

void RevisionHistory::setRevisions(const QList<TaskRevision> &revisions)
{
    m_revisions = revisions;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    const QSignalBlocker c(m_list);
    m_list->clear();
    m_from->clear();
    m_to->clear();
    for (qsizetype i = revisions.size() - 1; i >= 0; --i) {
        const TaskRevision &r = revisions[i];
        auto *item = new QListWidgetItem(tr("Revision %1 — %2, %3")
                                             .arg(r.revision)
                                             .arg(r.author)
                                             .arg(QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, r.revision);
    }
    for (const TaskRevision &r : revisions) {
        m_from->addItem(tr("%1").arg(r.revision), r.revision);
        m_to->addItem(tr("%1").arg(r.revision), r.revision);
    }
    if (revisions.isEmpty()) {
        m_summary->setText(tr("Not saved yet: every save is kept as a revision."));
        m_left->clear();
        m_right->clear();
        return;
    }
    const int last = revisions.constLast().revision;
    compare(std::max(1, last - 1), last);
}

const TaskRevision *RevisionHistory::revision(int number) const
{
    for (const TaskRevision &r : m_revisions) {
        if (r.revision == number)
            return &r;
    }
    return nullptr;
}

void RevisionHistory::compare(int from, int to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setCurrentIndex(m_from->findData(from));
        m_to->setCurrentIndex(m_to->findData(to));
    }
    showComparison();
}

void RevisionHistory::showComparison()
{
    const TaskRevision *from = revision(m_from->currentData().toInt());
    const TaskRevision *to = revision(m_to->currentData().toInt());
    if (!from || !to)
        return;
    QString left;
    QString right;
    int removed = 0;
    int added = 0;
    for (const textdiff::Piece &p : textdiff::diff(from->task.text(), to->task.text())) {
        switch (p.op) {
        case textdiff::Op::Equal:
            left += html(p.text);
            right += html(p.text);
            break;
        case textdiff::Op::Delete:
            ++removed;
            left += u"<span style=\"background:#f8d0d0;text-decoration:line-through\">" + html(p.text) + u"</span>";
            break;
        case textdiff::Op::Insert:
            ++added;
            right += u"<span style=\"background:#cdeccd\">" + html(p.text) + u"</span>";
            break;
        }
    }
    // Spaces and line breaks as written: code keeps its indentation.
    m_left->setHtml(u"<div style=\"white-space:pre-wrap\">" + left + u"</div>");
    m_right->setHtml(u"<div style=\"white-space:pre-wrap\">" + right + u"</div>");
    m_summary->setText(from->revision == to->revision
            ? tr("Revision %1 as saved by %2.").arg(to->revision).arg(to->author)
            : tr("Revision %1 (left) against revision %2 (right): %3 passages removed, %4 added.")
                  .arg(from->revision)
                  .arg(to->revision)
                  .arg(removed)
                  .arg(added));
}

} // namespace verdict
