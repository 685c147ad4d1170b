#include "workbench/issuespanel.h"

#include "import/recordreader.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace verdict {

IssuesPanel::IssuesPanel(QWidget *parent)
    : QDockWidget(tr("Issues"), parent)
{
    setObjectName(QStringLiteral("issuesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_model = new IssueModel(this);
    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("issues"));
    m_view->setAccessibleName(tr("Import and export issues"));
    m_view->setAccessibleDescription(tr("Every problem of the last import or export with its file, line and column"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    setWidget(body);
    // Double-click or Enter, as the platform activates items.
    connect(m_view, &QTableView::activated, this, &IssuesPanel::showLine);
    hide();
}

void IssuesPanel::showIssues(const QList<Issue> &issues, const QString &summary, bool raise)
{
    m_model->setIssues(issues);
    m_summary->setText(summary);
    m_view->resizeColumnsToContents();
    if (!issues.isEmpty() || raise) {
        show();
        QDockWidget::raise();
    }
}

QString IssuesPanel::lineExcerpt(const Error &error)
{
    QString text = error.toString();
    if (error.file.isEmpty() || error.line < 1)
        return text;
    const auto line = RecordReader::recordAt(error.file, error.line);
    if (!line)
        return text;
    // Long lines are cut around the column so that the caret stays in view.
    QString content = QString::fromUtf8(line->data(), qsizetype(line->size()));
    qsizetype column = std::max(0, error.column - 1);
    constexpr qsizetype before = 60;
    constexpr qsizetype width = 160;
    QString prefix;
    if (column > before) {
        content = content.mid(column - before);
        column = before;
        prefix = QStringLiteral("…");
    }
    if (content.size() > width)
        content = content.left(width) + QStringLiteral("…");
    return text + QStringLiteral("\n\n") + prefix + content + u'\n' + QString(column + prefix.size(), u' ') + u'^';
}

void IssuesPanel::showLine(const QModelIndex &index)
{
    const Issue *issue = m_model->issueAt(index.row());
    if (!issue)
        return;
    const QString excerpt = lineExcerpt(issue->error);
    emit lineRequested(excerpt);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("issueLine"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Line %1 of %2").arg(issue->error.line).arg(issue->error.file));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(excerpt, dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(900, 300);
    dialog->show();
}

} // namespace verdict
