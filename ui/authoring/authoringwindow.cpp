#include "authoring/authoringwindow.h"

#include "authoring/authoredlistmodel.h"
#include "authoring/authoringeditor.h"
#include "authoring/markdowneditor.h"
#include "authoring/revisionhistory.h"
#include "authoring/turnlisteditor.h"
#include "common/backgroundjob.h"
#include "common/undoactions.h"
#include "metrics/redteamreport.h"
#include "store/project.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

namespace verdict {

struct AuthoringWindow::Analysis
{
    QList<AuthoredSummary> summaries;
    QList<DuplicatePair> duplicates;
    QList<AuthorAcceptance> acceptance;
    QList<std::pair<QString, QString>> missing; // task id, what is missing
};

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, const QString &description, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(name);
    table->setAccessibleDescription(description);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, const QString &taskId = {})
{
    auto *item = new QTableWidgetItem(text);
    if (!taskId.isEmpty())
        item->setData(Qt::UserRole, taskId);
    return item;
}

QString rate(int part, int whole)
{
    if (whole == 0)
        return AuthoringWindow::tr("none reviewed");
    return AuthoringWindow::tr("%1 of %2 (%3%)").arg(part).arg(whole).arg(100.0 * part / whole, 0, 'f', 0);
}

} // namespace

AuthoringWindow::AuthoringWindow(const QString &projectPath, const QString &person, QWidget *parent)
    : QMainWindow(parent)
    , m_person(person)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("authoringWindow"));
    m_job = new BackgroundJob(this);
    buildUi();
    createMenus();
    auto project = Project::open(projectPath);
    if (!project) {
        m_status->setText(project.error().toString());
        m_editor->setEnabled(false);
        return;
    }
    m_project = std::move(project).value();
    AuthoringStore &store = m_project->authoring();
    // Authors need the taxonomies: a project without a review rubric gets the default one.
    auto rubric = store.ensureReviewRubric(m_person);
    if (rubric)
        m_taxonomies = rubric->taxonomies;
    else
        m_status->setText(rubric.error().toString());
    m_editor->setTaxonomies(m_taxonomies);
    reloadList();
    newTask(AuthoredKind::Sft);
    refreshChecks();
}

AuthoringWindow::~AuthoringWindow()
{
    m_job->abandon();
}

bool AuthoringWindow::isBusy() const
{
    return m_job->isRunning();
}

void AuthoringWindow::buildUi()
{
    resize(1400, 860);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_model = new AuthoredListModel(this);
    m_list = new QTableView(split);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Authored tasks"));
    m_list->setAccessibleDescription(tr("SFT examples and red-team entries with their status; choose one to edit it"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setTabKeyNavigation(false);
    m_list->setWordWrap(false);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    m_editor = new AuthoringEditor(scroll);
    scroll->setWidget(m_editor);

    m_tabs = new QTabWidget(split);
    m_reviews = new QTextBrowser(m_tabs);
    m_reviews->setAccessibleName(tr("Reviews of this task"));
    m_reviews->setAccessibleDescription(tr("What reviewers decided about each revision, with their comments"));
    m_tabs->addTab(m_reviews, tr("Review"));
    m_history = new RevisionHistory(m_tabs);
    m_tabs->addTab(m_history, tr("History"));
    m_duplicates = makeTable({tr("Task"), tr("Near-duplicate of"), tr("Similarity")},
        tr("Near-duplicate prompts among authored tasks"),
        tr("Pairs of authored prompts that are nearly the same; choose a row to open the task"), m_tabs);
    m_tabs->addTab(m_duplicates, tr("Duplicates"));
    m_checks = makeTable({tr("Task"), tr("Missing")}, tr("Required fields missing"),
        tr("Authored tasks that cannot be exported until these fields are filled"), m_tabs);
    m_tabs->addTab(m_checks, tr("Checks"));
    m_authors = makeTable(
        {tr("Author"), tr("Tasks"), tr("Accepted"), tr("Needs changes"), tr("Acceptance"), tr("Reviews accepting")},
        tr("Acceptance per author"), tr("How much of each author's work reviewers accepted, with the counts"), m_tabs);
    m_tabs->addTab(m_authors, tr("Authors"));

    split->addWidget(m_list);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    split->setSizes({330, 640, 430});
    setCentralWidget(split);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setAccessibleDescription(tr("Stops the work in progress"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &BackgroundJob::cancel);

    connect(m_editor, &AuthoringEditor::changed, this, &AuthoringWindow::updateTitle);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this, &AuthoringWindow::updateTitle);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const QString id = current.data(AuthoredListModel::IdRole).toString();
            if (id != m_currentId && !openTask(id)) {
                const QSignalBlocker blocker(m_list->selectionModel());
                const int row = m_model->rowOf(m_currentId);
                m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                    row < 0 ? QItemSelectionModel::Clear
                            : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        });
    const auto openFromTable = [this](QTableWidget *table) {
        connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
            const QString id = item->data(Qt::UserRole).toString();
            if (!id.isEmpty())
                openTask(id);
        });
    };
    openFromTable(m_duplicates);
    openFromTable(m_checks);
}

void AuthoringWindow::createMenus()
{
    QMenu *menu = menuBar()->addMenu(tr("&Authoring"));
    const auto add = [this, menu](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setShortcut(keys);
        return action;
    };
    add(tr("New &SFT Example"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newTask(AuthoredKind::Sft); });
    add(tr("New &Red-Team Entry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        [this] { newTask(AuthoredKind::RedTeam); });
    add(tr("&Duplicate and Vary"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] {
        if (!m_currentId.isEmpty())
            duplicateAndVary(m_currentId, m_editor->task().kind);
    });
    menu->addSeparator();
    add(tr("Sa&ve Revision"), QKeySequence::Save, [this] { save(); });
    add(tr("Check Before &Export"), QKeySequence(Qt::Key_F5), [this] {
        refreshChecks();
        m_tabs->setCurrentWidget(m_checks);
    });
    add(tr("Save Red-Team Re&port…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { askForReport(); });
    menu->addSeparator();
    add(tr("&Close"), QKeySequence::Close, [this] { close(); });

    // No mnemonic: every letter of "Edit" already opens something here in some language.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    setUndoRedoKeys(undo, redo);
    edit->addActions({undo, redo});

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("The Task &List"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_list->setFocus(); });
    go->addAction(
        tr("The &Editor"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { m_editor->turns()->focusTurn(0); });
    go->addAction(tr("The &Response"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
        [this] { m_editor->response()->editor()->setFocus(); });
    go->addAction(tr("The T&ags"), QKeySequence(Qt::CTRL | Qt::Key_6), this, [this] {
        const bool sft = m_editor->task().kind == AuthoredKind::Sft;
        m_editor->tagBox(sft ? QStringLiteral("domain") : QStringLiteral("technique"))->setFocus();
    });
    go->addAction(tr("The &Side Panel"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
        [this] { m_tabs->currentWidget()->setFocus(); });
    go->addAction(tr("Next &Tab of the Side Panel"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
        m_tabs->currentWidget()->setFocus();
    });
}

QMenu *AuthoringWindow::addMenu(QMenuBar *bar, std::function<QString()> projectPath, std::function<QString()> person,
    std::function<QString()> currentTask, QWidget *parent)
{
    QMenu *menu = bar->addMenu(tr("A&uthor"));
    // One authoring window per workbench window, opened on the project it shows.
    const auto window = [projectPath, person, parent]() -> AuthoringWindow * {
        const QString path = projectPath();
        if (path.isEmpty()) {
            QMessageBox::information(parent, tr("Authoring"), tr("Open a project first."));
            return nullptr;
        }
        const QString who = person();
        if (who.isEmpty())
            return nullptr;
        auto *open = parent->findChild<AuthoringWindow *>(QString(), Qt::FindDirectChildrenOnly);
        if (open && open->isOpen() && open->project()->path() == path) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
        if (open && !open->close())
            return nullptr;
        auto *created = new AuthoringWindow(path, who, parent);
        created->setWindowFlag(Qt::Window);
        created->show();
        created->raise();
        created->activateWindow();
        // Without a window manager nothing activates it; the keyboard must reach it at once.
        QApplication::setActiveWindow(created);
        created->m_editor->turns()->focusTurn(0);
        return created->isOpen() ? created : nullptr;
    };
    QAction *workbench = menu->addAction(tr("Authoring &Workbench…"), parent, [window] { window(); });
    workbench->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    QAction *sft = menu->addAction(tr("New &SFT Example…"), parent, [window] {
        if (auto *w = window())
            w->newTask(AuthoredKind::Sft);
    });
    sft->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    QAction *redTeam = menu->addAction(tr("New &Red-Team Entry…"), parent, [window] {
        if (auto *w = window())
            w->newTask(AuthoredKind::RedTeam);
    });
    redTeam->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    QAction *vary = menu->addAction(tr("&Duplicate and Vary This Task…"), parent, [window, currentTask, parent] {
        const QString id = currentTask();
        if (id.isEmpty()) {
            QMessageBox::information(parent, tr("Authoring"), tr("Select a task in the queue first."));
            return;
        }
        if (auto *w = window())
            w->duplicateAndVary(id, AuthoredKind::Sft);
    });
    vary->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V));
    return menu;
}

bool AuthoringWindow::maybeSave()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("The task you are writing has changes that are not saved. Save them as a new revision?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool AuthoringWindow::newTask(AuthoredKind kind)
{
    if (!m_project || !maybeSave())
        return false;
    AuthoredTask task;
    task.kind = kind;
    m_currentId.clear();
    m_editor->setTask(task);
    m_editor->setHeader(
        kind == AuthoredKind::Sft ? tr("New SFT example (not saved yet)") : tr("New red-team entry (not saved yet)"));
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
    }
    showTaskDetails();
    m_editor->turns()->focusTurn(0);
    updateTitle();
    return true;
}

bool AuthoringWindow::duplicateAndVary(const QString &taskId, AuthoredKind kind)
{
    if (!m_project || !maybeSave())
        return false;
    auto task = m_project->tasks().byId(taskId);
    if (!task || !task.value()) {
        m_status->setText(task ? tr("No task %1 in this project.").arg(taskId) : task.error().toString());
        return false;
    }
    AuthoredTask varied = AuthoredTask::variationOf(*task.value(), kind);
    m_currentId.clear();
    m_editor->setTask(varied);
    m_editor->setHeader(tr("New variation of %1 (not saved yet)").arg(taskId));
    showTaskDetails();
    m_editor->turns()->focusTurn(std::max(0, m_editor->turns()->count() - 1));
    updateTitle();
    return true;
}

bool AuthoringWindow::openTask(const QString &id)
{
    if (!m_project)
        return false;
    if (id == m_currentId)
        return true;
    if (!maybeSave())
        return false;
    AuthoringStore &store = m_project->authoring();
    auto task = store.load(id);
    if (!task || !task.value()) {
        m_status->setText(task ? tr("Task %1 was not authored.").arg(id) : task.error().toString());
        return false;
    }
    m_currentId = id;
    m_editor->setTask(*task.value());
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(m_model->index(row, 0));
    }
    showTaskDetails();
    updateTitle();
    return true;
}

bool AuthoringWindow::save()
{
    if (!m_project)
        return false;
    AuthoringStore &store = m_project->authoring();
    auto saved = store.save(m_editor->task(), m_person);
    if (!saved) {
        QMessageBox::warning(this, tr("Not Saved"), tr("The task was not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_currentId = saved->id;
    m_editor->markSaved(*saved);
    reloadList();
    openTask(saved->id);
    showTaskDetails();
    updateTitle();
    m_status->setText(tr("Saved %1 as revision %2.").arg(saved->id).arg(saved->revision));
    emit this->saved(saved->id);
    refreshChecks();
    return true;
}

void AuthoringWindow::reloadList()
{
    AuthoringStore &store = m_project->authoring();
    auto list = store.list();
    if (!list) {
        m_status->setText(list.error().toString());
        return;
    }
    const QSignalBlocker blocker(m_list->selectionModel());
    m_model->setSummaries(*list);
    m_list->resizeColumnsToContents();
    const int row = m_model->rowOf(m_currentId);
    if (row >= 0)
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void AuthoringWindow::showTaskDetails()
{
    const AuthoredTask task = m_editor->task();
    if (m_currentId.isEmpty()) {
        m_reviews->setHtml(u"<p>" + tr("Save the task to send it for review.").toHtmlEscaped() + u"</p>");
        m_history->setRevisions({});
        return;
    }
    AuthoringStore &store = m_project->authoring();
    auto reviews = store.reviews(m_currentId);
    auto revisions = store.revisions(m_currentId);
    if (!reviews || !revisions) {
        m_status->setText((!reviews ? reviews.error() : revisions.error()).toString());
        return;
    }
    const AuthoredStatus status = AuthoringStore::statusOf(*reviews);
    m_editor->setHeader(tr("%1 %2 — revision %3 by %4 — review: %5")
                            .arg(task.kind == AuthoredKind::Sft ? tr("SFT example") : tr("Red-team entry"))
                            .arg(task.id)
                            .arg(task.revision)
                            .arg(task.author, authoredStatusName(status)));
    QString html = u"<h3>" + tr("Review: %1").arg(authoredStatusName(status)).toHtmlEscaped() + u"</h3>";
    if (reviews->isEmpty())
        html += u"<p>"
            + tr("No reviews yet. Send the task out in an assignment batch under the %1 rubric; the "
                 "reviewers' annotations appear here once imported.")
                  .arg(authoringreview::rubricId())
                  .toHtmlEscaped()
            + u"</p>";
    for (const AuthoredReview &r : *reviews) {
        const bool accept = r.decision == authoringreview::Decision::Accept;
        html += QStringLiteral("<p style=\"%1\"><b>%2</b> — <span style=\"color:%3\">%4</span>%5<br>%6</p>")
                    .arg(r.current ? QString() : QStringLiteral("color:#777"), r.reviewer.toHtmlEscaped(),
                        accept ? QStringLiteral("#1b6e20") : QStringLiteral("#9a3412"),
                        accept ? tr("accepted") : tr("needs changes"),
                        r.current ? QString() : tr(" (on an earlier revision)").toHtmlEscaped(),
                        r.comments.isEmpty() ? tr("No comments.").toHtmlEscaped()
                                             : r.comments.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_reviews->setHtml(html);
    m_history->setRevisions(*revisions);
}

void AuthoringWindow::runInBackground(
    const QString &what, std::function<QString(Project &, const std::atomic_bool &)> work, std::function<void()> done)
{
    if (!m_project || m_job->isRunning())
        return;
    m_progress->show();
    m_cancelButton->show();
    m_status->setText(what);
    // The message, or nothing when the work was cancelled.
    m_job->start(
        [path = m_project->path(), work](JobControl &control) -> Result<std::optional<QString>> {
            // A connection belongs to the thread that opened it: the work opens its own.
            auto project = Project::open(path);
            if (!project)
                return std::optional<QString>(project.error().toString());
            QString message = work(**project, *control.cancelFlag());
            if (control.isCancelled())
                return std::optional<QString>();
            return std::optional<QString>(std::move(message));
        },
        [this, done](Result<std::optional<QString>> message) {
            m_progress->hide();
            m_cancelButton->hide();
            if (!message) {
                m_status->setText(message.error().toString());
            } else if (!message->has_value()) {
                m_status->setText(tr("Cancelled."));
            } else {
                m_status->setText(**message);
                done();
            }
            emit workFinished();
        });
}

void AuthoringWindow::refreshChecks()
{
    auto analysis = std::make_shared<Analysis>();
    runInBackground(
        tr("Checking authored tasks…"),
        [analysis](Project &project, const std::atomic_bool &cancel) -> QString {
            AuthoringStore &store = project.authoring();
            auto records = store.records();
            if (!records)
                return records.error().toString();
            for (const AuthoredRecord &r : *records) {
                for (const QString &m : r.task.missingFields())
                    analysis->missing << std::pair{r.task.id, m};
            }
            if (cancel)
                return {};
            auto duplicates = store.duplicates();
            if (!duplicates)
                return duplicates.error().toString();
            analysis->duplicates = *duplicates;
            auto acceptance = store.acceptance();
            if (!acceptance)
                return acceptance.error().toString();
            analysis->acceptance = *acceptance;
            return tr("%n authored task(s) checked: %1 near-duplicate pair(s), %2 missing field(s).", nullptr,
                int(records->size()))
                .arg(duplicates->size())
                .arg(analysis->missing.size());
        },
        [this, analysis] { applyAnalysis(*analysis); });
}

void AuthoringWindow::applyAnalysis(const Analysis &analysis)
{
    m_duplicates->setRowCount(0);
    for (const DuplicatePair &pair : analysis.duplicates) {
        const int row = m_duplicates->rowCount();
        m_duplicates->insertRow(row);
        m_duplicates->setItem(row, 0, cell(pair.first, pair.first));
        m_duplicates->setItem(row, 1, cell(pair.second, pair.second));
        m_duplicates->setItem(row, 2, cell(tr("%1%").arg(pair.similarity * 100, 0, 'f', 0), pair.first));
    }
    m_checks->setRowCount(0);
    for (const auto &[id, missing] : analysis.missing) {
        const int row = m_checks->rowCount();
        m_checks->insertRow(row);
        m_checks->setItem(row, 0, cell(id, id));
        m_checks->setItem(row, 1, cell(missing, id));
    }
    m_authors->setRowCount(0);
    for (const AuthorAcceptance &a : analysis.acceptance) {
        const int row = m_authors->rowCount();
        m_authors->insertRow(row);
        m_authors->setItem(row, 0, cell(a.author));
        m_authors->setItem(row, 1, cell(QString::number(a.tasks)));
        m_authors->setItem(row, 2, cell(QString::number(a.accepted)));
        m_authors->setItem(row, 3, cell(QString::number(a.needsChanges)));
        m_authors->setItem(row, 4, cell(rate(a.accepted, a.reviewed)));
        m_authors->setItem(row, 5, cell(rate(a.reviewsAccepted, a.reviews)));
    }
    for (QTableWidget *table : {m_duplicates, m_checks, m_authors})
        table->resizeColumnsToContents();
    m_tabs->setTabText(2, tr("Duplicates (%1)").arg(analysis.duplicates.size()));
    m_tabs->setTabText(3, tr("Checks (%1)").arg(analysis.missing.size()));
}

void AuthoringWindow::askForReport()
{
    QString filter;
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save Red-Team Report"), QStringLiteral("redteam.md"), tr("Markdown (*.md);;HTML (*.html)"), &filter);
    if (file.isEmpty())
        return;
    saveRedTeamReport(file,
        file.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive)
            || file.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive));
}

void AuthoringWindow::saveRedTeamReport(const QString &fileName, bool asHtml)
{
    runInBackground(
        tr("Writing the red-team report…"),
        [fileName, asHtml](Project &project, const std::atomic_bool &) -> QString {
            auto report = RedTeamReport::build(project);
            if (!report)
                return report.error().toString();
            if (auto written = report->write(fileName, asHtml); !written)
                return written.error().toString();
            return tr("Red-team report of %n entries saved to %1.", nullptr, report->entries()).arg(fileName);
        },
        [] {});
}

QString AuthoringWindow::statusText() const
{
    return m_status->text();
}

void AuthoringWindow::updateTitle()
{
    const QString name = m_currentId.isEmpty() ? tr("new task") : m_currentId;
    setWindowTitle(tr("%1%2 — Authoring — %3")
                       .arg(name, m_editor->isModified() ? QStringLiteral(" *") : QString(),
                           m_project ? m_project->name() : QString()));
}

void AuthoringWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_job->abandon();
    m_progress->hide();
    m_cancelButton->hide();
    event->accept();
}

} // namespace verdict
