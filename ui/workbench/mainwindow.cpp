#include "workbench/mainwindow.h"

#include "authoring/authoringwindow.h"
#include "common/appsettings.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/goldfeedbackdialog.h"
#include "dialogs/guidewindow.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "domain/person.h"
#include "domain/validation.h"
#include "editors/choiceeditor.h"
#include "editors/flagseditor.h"
#include "editors/multichoiceeditor.h"
#include "editors/rankingeditor.h"
#include "editors/ratingeditor.h"
#include "editors/spaneditor.h"
#include "highlight/codehighlighter.h"
#include "lead/adjudicationwindow.h"
#include "lead/qualitydashboard.h"
#include "lead/rubriceditor.h"
#include "store/database.h"
#include "store/project.h"
#include "util/timeutil.h"
#include "workbench/activityclock.h"
#include "workbench/annotationsession.h"
#include "workbench/batchactions.h"
#include "workbench/guidancepane.h"
#include "workbench/queuemodel.h"
#include "workbench/responseview.h"
#include "workbench/rubricpanel.h"
#include "workbench/savequeue.h"
#include "workbench/taborder.h"
#include "workbench/taskview.h"
#include "workflow/demo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace verdict {

namespace {

// How often active time is written while nothing else is saved.
constexpr double flushEverySeconds = 15;

QString clockText(double seconds)
{
    const int total = int(seconds);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Verdict"));
    setObjectName(QStringLiteral("workbench"));
    // What others are told when this window's writes keep them waiting.
    Database::setProgramDescription(tr("the Verdict workbench"));
    m_person = AppSettings::person();
    followPalette();

    m_taskView = new TaskView(this);
    setCentralWidget(m_taskView);

    auto *queuePanel = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePanel);
    queueLayout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_statusFilter = new QComboBox(queuePanel);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show tasks that are"));
    m_statusFilter->setAccessibleDescription(tr("Shows only the tasks with this status"));
    m_statusFilter->addItem(tr("All"), -1);
    for (QueueStatus s :
        {QueueStatus::New, QueueStatus::Draft, QueueStatus::Submitted, QueueStatus::Skipped, QueueStatus::Escalated})
        m_statusFilter->addItem(QueueModel::statusText(s), int(s));
    m_filter = new QLineEdit(queuePanel);
    m_filter->setObjectName(QStringLiteral("queueFilter"));
    m_filter->setPlaceholderText(tr("Filter by id or prompt"));
    m_filter->setAccessibleName(tr("Queue filter"));
    m_filter->setAccessibleDescription(tr("Shows only the tasks whose id or prompt holds this text (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_filter, 1);
    queueLayout->addLayout(filters);
    m_queue = new QueueModel(this);
    m_queueView = new QTableView(queuePanel);
    m_queueView->setObjectName(QStringLiteral("queue"));
    m_queueView->setAccessibleName(tr("Task queue"));
    m_queueView->setAccessibleDescription(
        tr("Every task with your status; the arrow keys move and the selected task opens"));
    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setTabKeyNavigation(false); // Tab goes on to the task, arrows move in the queue
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 8);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queueView->setColumnWidth(
        QueueModel::StatusColumn, m_queueView->fontMetrics().horizontalAdvance(QStringLiteral("Escalated")) + 16);
    m_queueView->setColumnWidth(
        QueueModel::IdColumn, m_queueView->fontMetrics().horizontalAdvance(QStringLiteral("demo-000-xx")) + 16);
    m_queueView->setWordWrap(false);
    m_queueView->setShowGrid(false);
    m_queueView->setAlternatingRowColors(true);
    queueLayout->addWidget(m_queueView, 1);
    m_queueCounts = new QLabel(queuePanel);
    m_queueCounts->setObjectName(QStringLiteral("queueCounts"));
    m_queueCounts->setWordWrap(true);
    queueLayout->addWidget(m_queueCounts);

    m_queueDock = new QDockWidget(tr("Queue"), this);
    m_queueDock->setObjectName(QStringLiteral("queueDock"));
    m_queueDock->setWidget(queuePanel);
    m_queueDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_queueDock);

    m_guidance = new GuidancePane(this);
    m_guidanceDock = new QDockWidget(tr("Guidelines"), this);
    m_guidanceDock->setObjectName(QStringLiteral("guidanceDock"));
    m_guidanceDock->setWidget(m_guidance);
    m_guidanceDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::LeftDockWidgetArea, m_guidanceDock);
    splitDockWidget(m_queueDock, m_guidanceDock, Qt::Vertical);

    m_rubricPanel = new RubricPanel(this);
    m_rubricDock = new QDockWidget(tr("Rubric"), this);
    m_rubricDock->setObjectName(QStringLiteral("rubricDock"));
    m_rubricDock->setWidget(m_rubricPanel);
    m_rubricDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_rubricDock);
    resizeDocks({m_queueDock, m_rubricDock}, {330, 470}, Qt::Horizontal);
    resizeDocks({m_queueDock, m_guidanceDock}, {380, 520}, Qt::Vertical);

    m_undoGroup = new QUndoGroup(this);

    connect(
        m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentTask(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_rubricPanel, &RubricPanel::criterionFocused, m_guidance, &GuidancePane::showCriterion);
    connect(m_rubricPanel, &RubricPanel::labelClicked, this, &MainWindow::tagOrRelabel);
    connect(m_rubricPanel, &RubricPanel::spanActivated, this, [this](const QString &responseId, const Span &span) {
        const int index = int(m_taskView->task().responseIds().indexOf(responseId));
        if (ResponseView *view = m_taskView->responseView(index))
            view->selectSpan(span);
    });
    connect(m_taskView, &TaskView::responsesShown, this, [this] { showSpans(); });

    m_projectLabel = new QLabel(this);
    m_personLabel = new QLabel(this);
    m_taskLabel = new QLabel(this);
    m_taskLabel->setObjectName(QStringLiteral("taskStatus"));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(QStringLiteral("activeTime"));
    m_timeLabel->setToolTip(tr("Active time on this task: counted while Verdict has the focus and you are not idle "
                               "for more than a minute"));
    m_countsLabel = new QLabel(this);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyStatus"));
    m_busyLabel->hide();
    statusBar()->addWidget(m_projectLabel);
    statusBar()->addWidget(m_personLabel);
    statusBar()->addWidget(m_taskLabel, 1);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_timeLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    m_clock = new ActivityClock(this);
    connect(m_clock, &ActivityClock::active, this, [this](double seconds) {
        if (!m_session)
            return;
        m_session->addActiveSeconds(seconds);
        m_unflushedSeconds += seconds;
        if (m_unflushedSeconds >= flushEverySeconds) {
            m_unflushedSeconds = 0;
            if (auto done = m_session->flushActiveTime(); !done)
                statusBar()->showMessage(done.error().toString(), 5000);
        }
        m_timeLabel->setText(tr("Active %1").arg(clockText(m_session->activeSeconds())));
    });
    m_clock->start();

    // Long enough for the switch to be painted, short against a trainer's reading.
    m_prepareTimer = new QTimer(this);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(30);
    connect(m_prepareTimer, &QTimer::timeout, this, &MainWindow::prepareNext);

    createActions();
    updateStatus();
    resize(1500, 920);
}

MainWindow::~MainWindow()
{
    closeSession();
    delete m_adjudication; // before the project it works on
    // What still waits stays on disk beside the project, for the next window to write.
    delete m_saves;
    m_saves = nullptr;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createGoMenu();
    createTaskMenu();
    createLeadMenu();
    AuthoringWindow::addMenu(
        menuBar(), [this] { return m_project ? m_project->path() : QString(); },
        [this] { return ensurePerson() ? m_person : QString(); },
        [this] { return m_session ? m_session->task().id : QString(); }, this);
    createHelpMenu();
    createContextActions();
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = m_fileMenu->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = m_fileMenu->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction *demoAction = m_fileMenu->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_fileMenu->addSeparator();
    auto *batches = new BatchActions(this, m_fileMenu); // Import…, Export… and the Issues panel
    connect(batches, &BatchActions::projectChanged, this, [this] {
        m_queue->reload();
        updateStatus();
    });
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *settings = m_editMenu->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::personChanged, this, &MainWindow::setPerson);
        dialog.exec();
    });
    settings->setObjectName(QStringLiteral("settings"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *models = m_viewMenu->addAction(tr("Show &Model Names"));
    models->setObjectName(QStringLiteral("showModels"));
    models->setCheckable(true);
    models->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(models, &QAction::toggled, m_taskView, &TaskView::setModelNamesVisible);
    QAction *raw = m_viewMenu->addAction(tr("Show &Raw Text"));
    raw->setObjectName(QStringLiteral("rawText"));
    raw->setCheckable(true);
    raw->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(raw, &QAction::toggled, m_taskView, &TaskView::setRawText);
    m_viewMenu->addSeparator();
    QAction *queue = m_queueDock->toggleViewAction();
    queue->setText(tr("&Queue"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    m_viewMenu->addAction(queue);
    QAction *guidance = m_guidanceDock->toggleViewAction();
    guidance->setText(tr("&Guidelines"));
    guidance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    m_viewMenu->addAction(guidance);
    QAction *rubric = m_rubricDock->toggleViewAction();
    rubric->setText(tr("R&ubric"));
    rubric->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
    m_viewMenu->addAction(rubric);
}

void MainWindow::createGoMenu()
{
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *next = m_goMenu->addAction(tr("&Next Task"), this, [this] { nextTask(1); });
    next->setObjectName(QStringLiteral("nextTask"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = m_goMenu->addAction(tr("&Previous Task"), this, [this] { nextTask(-1); });
    previous->setObjectName(QStringLiteral("previousTask"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *unfinished = m_goMenu->addAction(tr("Next &Unfinished Task"), this, [this] { nextUnfinished(); });
    unfinished->setObjectName(QStringLiteral("nextUnfinished"));
    unfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    m_goMenu->addSeparator();
    QAction *filter = m_goMenu->addAction(tr("&Filter the Queue"), this, [this] {
        m_queueDock->show();
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    filter->setObjectName(QStringLiteral("focusFilter"));
    filter->setShortcut(QKeySequence::Find);
    QAction *queue = m_goMenu->addAction(tr("The &Queue"), this, [this] {
        m_queueDock->show();
        m_queueView->setFocus(Qt::ShortcutFocusReason);
    });
    queue->setObjectName(QStringLiteral("focusQueue"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QMenu *responses = m_goMenu->addMenu(tr("&Response"));
    for (int i = 0; i < 9; ++i) {
        QAction *focus = responses->addAction(
            tr("Response %1").arg(TaskView::responseLetter(i)), this, [this, i] { m_taskView->focusResponse(i); });
        focus->setObjectName(QStringLiteral("focusResponse%1").arg(i + 1));
        focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *rubric = m_goMenu->addAction(tr("The Ru&bric"), this, [this] {
        m_rubricDock->show();
        if (m_rubricPanel->currentCriterion().isEmpty())
            m_rubricPanel->focusCriterion(0);
        else
            m_rubricPanel->focusCriterion(m_rubricPanel->currentCriterion());
    });
    rubric->setObjectName(QStringLiteral("focusRubric"));
    rubric->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *nextCriterion
        = m_goMenu->addAction(tr("Next &Criterion"), this, [this] { m_rubricPanel->focusCriterion(1); });
    nextCriterion->setObjectName(QStringLiteral("nextCriterion"));
    nextCriterion->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction *previousCriterion
        = m_goMenu->addAction(tr("Pre&vious Criterion"), this, [this] { m_rubricPanel->focusCriterion(-1); });
    previousCriterion->setObjectName(QStringLiteral("previousCriterion"));
    previousCriterion->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
}

void MainWindow::createTaskMenu()
{
    m_taskMenu = menuBar()->addMenu(tr("&Task"));
    QAction *submitAction = m_taskMenu->addAction(tr("&Submit"), this, [this] { submit(); });
    submitAction->setObjectName(QStringLiteral("submit"));
    submitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
        QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::KeypadModifier, Qt::Key_Enter))});
    submitAction->setToolTip(tr("Submit this task and go to the next unfinished one (Ctrl+Enter)"));
    QAction *skipAction = m_taskMenu->addAction(tr("S&kip…"), this, [this] { skip(); });
    skipAction->setObjectName(QStringLiteral("skip"));
    skipAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    skipAction->setToolTip(tr("Skip a task you cannot judge, with a reason (Ctrl+Shift+S)"));
    QAction *escalateAction = m_taskMenu->addAction(tr("&Escalate…"), this, [this] { escalate(); });
    escalateAction->setObjectName(QStringLiteral("escalate"));
    escalateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    escalateAction->setToolTip(tr("Send this task to a lead with a note (Ctrl+Shift+E)"));
    m_taskMenu->addSeparator();
    QAction *flag = m_taskMenu->addAction(tr("&Flag the Focused Response"), this, &MainWindow::flagFocused);
    flag->setObjectName(QStringLiteral("flagResponse"));
    flag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_rubricPanel->setActions(skipAction, escalateAction, submitAction);
}

void MainWindow::createLeadMenu()
{
    m_leadMenu = menuBar()->addMenu(tr("&Lead"));
    QAction *editRubric = m_leadMenu->addAction(tr("Edit &Rubric…"), this, &MainWindow::editRubric);
    editRubric->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    QAction *adjudicate = m_leadMenu->addAction(tr("&Adjudicate…"), this, &MainWindow::adjudicate);
    adjudicate->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    if (auto *batches = findChild<BatchActions *>())
        m_leadMenu->insertAction(adjudicate, batches->assignAction());
    QualityDashboard::addAction(
        m_leadMenu, [this] { return m_project ? m_project->path() : QString(); }, this);
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guidelines = m_helpMenu->addAction(tr("&Guidelines"), this, [this] {
        m_guidanceDock->show();
        m_guidanceDock->raise();
        m_guidance->browser()->setFocus(Qt::ShortcutFocusReason);
    });
    guidelines->setObjectName(QStringLiteral("guidelines"));
    guidelines->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts = m_helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *guide = m_helpMenu->addAction(tr("&User Guide"), this, [this] {
        auto *window = findChild<GuideWindow *>();
        if (!window) {
            window = new GuideWindow(this);
            window->showGuide();
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1)); // F1 is the rubric's guidelines
    m_helpMenu->addSeparator();
    QAction *about = m_helpMenu->addAction(tr("&About Verdict"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

QAction *MainWindow::addContextAction(const QString &name, const QString &text, const QKeySequence &key,
    const QString &group, const QList<QWidget *> &widgets, QObject *owner)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setProperty(ShortcutsDialog::groupProperty(), group);
    for (QWidget *w : widgets)
        w->addAction(action);
    return action;
}

void MainWindow::createContextActions()
{
    const QString inResponse = tr("In a response or the ranking");
    for (int place = 1; place <= 9; ++place) {
        QAction *a
            = addContextAction(QStringLiteral("place%1").arg(place), tr("Rank the response at place %1").arg(place),
                QKeySequence(Qt::Key(Qt::Key_0 + place)), inResponse, {m_taskView}, this);
        connect(a, &QAction::triggered, this, [this, place] { placeFocused(place); });
    }
    QAction *tie = addContextAction(QStringLiteral("tie"), tr("Tie with the response above, or untie"),
        QKeySequence(Qt::Key_Equal), inResponse, {m_taskView}, this);
    connect(tie, &QAction::triggered, this, &MainWindow::tieFocused);
    QAction *unrank = addContextAction(QStringLiteral("unrank"), tr("Take the response out of the ranking"),
        QKeySequence(Qt::Key_0), inResponse, {m_taskView}, this);
    connect(unrank, &QAction::triggered, this, &MainWindow::unrankFocused);
    QAction *remove = addContextAction(QStringLiteral("removeSpan"), tr("Remove the current span"),
        QKeySequence(Qt::Key_Delete), tr("In a response or the span list"), {m_taskView}, this);
    connect(remove, &QAction::triggered, this, &MainWindow::removeCurrentSpan);
}

void MainWindow::createRubricActions()
{
    const QString key
        = m_session ? m_session->rubric().id + u'@' + QString::number(m_session->rubric().version) : QString();
    if (key == m_rubricActionsKey)
        return;
    m_rubricActionsKey = key;
    delete m_rubricActions;
    m_rubricActions = new QObject(this);
    if (!m_session)
        return;
    // The ranking keys also work in the ranking list.
    if (auto *ranking = qobject_cast<RankingEditor *>(m_rubricPanel->firstOfKind(CriterionKind::Ranking))) {
        for (int place = 1; place <= 9; ++place)
            ranking->view()->addAction(action(QStringLiteral("place%1").arg(place)));
        ranking->view()->addAction(action(QStringLiteral("tie")));
        ranking->view()->addAction(action(QStringLiteral("unrank")));
    }
    auto *spans = qobject_cast<SpanEditor *>(m_rubricPanel->firstOfKind(CriterionKind::Spans));
    if (spans) {
        spans->view()->addAction(action(QStringLiteral("removeSpan")));
        const QString group = tr("In a response: tag the selection");
        for (const Option &label : spans->criterion().labels) {
            if (label.shortcut.isEmpty())
                continue;
            QAction *a = addContextAction(u"label-" + label.key, tr("Tag as %1").arg(label.name),
                QKeySequence(label.shortcut.toUpper()), group, {m_taskView, spans->view()}, m_rubricActions);
            connect(a, &QAction::triggered, this, [this, k = label.key] { tagOrRelabel(k); });
        }
    }
    for (CriterionEditor *editor : m_rubricPanel->editors()) {
        const Criterion &c = editor->criterion();
        const QString group = tr("In %1").arg(c.title);
        if (auto *rating = qobject_cast<RatingEditor *>(editor)) {
            for (int v = std::max(0, c.scaleMin); v <= std::min(9, c.scaleMax); ++v) {
                const ScaleAnchor *anchor = c.anchor(v);
                QAction *a = addContextAction(QStringLiteral("rate-%1-%2").arg(c.key).arg(v),
                    anchor ? tr("%1 — %2").arg(v).arg(anchor->label) : QString::number(v),
                    QKeySequence(Qt::Key(Qt::Key_0 + v)), group, {editor}, m_rubricActions);
                connect(a, &QAction::triggered, rating, [rating, v] { rating->rateCurrent(v); });
            }
        } else if (auto *choice = qobject_cast<ChoiceEditor *>(editor)) {
            for (int n = 1; n <= std::min<int>(9, int(c.options.size())); ++n) {
                QAction *a = addContextAction(QStringLiteral("choose-%1-%2").arg(c.key).arg(n), c.options[n - 1].name,
                    QKeySequence(Qt::Key(Qt::Key_0 + n)), group, {editor}, m_rubricActions);
                connect(a, &QAction::triggered, choice, [choice, n] { choice->chooseCurrent(n); });
            }
        } else if (auto *multi = qobject_cast<MultiChoiceEditor *>(editor)) {
            for (int n = 1; n <= std::min<int>(9, int(c.options.size())); ++n) {
                QAction *a = addContextAction(QStringLiteral("toggle-%1-%2").arg(c.key).arg(n),
                    tr("Tick or untick %1").arg(c.options[n - 1].name), QKeySequence(Qt::Key(Qt::Key_0 + n)), group,
                    {editor}, m_rubricActions);
                connect(a, &QAction::triggered, multi, [multi, n] { multi->toggleCurrent(n); });
            }
        }
    }
}

bool MainWindow::ensurePerson()
{
    if (!m_person.isEmpty())
        return true;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Who is working?"),
        tr("Your name, as it will appear on your annotations:"), QLineEdit::Normal, personFromEnvironment(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return false;
    if (const QString problem = identifierProblem(name, IdentifierKind::Name); !problem.isEmpty()) {
        showError(tr("Cannot use this name"), tr("Your name %1.").arg(problem));
        return false;
    }
    AppSettings::setPerson(name);
    m_person = name;
    return true;
}

bool MainWindow::openProject(const QString &path)
{
    auto opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.error().toString());
        return false;
    }
    if (!ensurePerson())
        return false;
    if (!mayLeaveWaitingChanges(QFileInfo(path).fileName()))
        return false;
    closeSession();
    delete m_adjudication; // it works on the project being closed
    m_adjudication = nullptr;
    delete m_saves;
    m_saves = nullptr;
    m_project = std::move(opened).value();
    m_saves = new SaveQueue(*m_project, this);
    connect(m_saves, &SaveQueue::changed, this, &MainWindow::updateBusy);
    connect(m_saves, &SaveQueue::failed, this,
        [this](const Error &error) { showError(tr("A waiting change could not be saved"), error.toString()); });
    // Before the queue and the first task show the project, so that they show what was recovered.
    const SaveQueue::Recovery recovery = m_saves->recover();
    connect(m_saves, &SaveQueue::written, this, [this](const QString &taskId, const QString &annotator) {
        if (m_session && m_session->task().id == taskId && annotator == m_person)
            updateSessionStatus();
        if (m_saves->count() == 0) {
            // Everything waiting is stored: the queue and counts show it now.
            m_queue->refreshAll();
            updateCounts();
        }
    });
    updateBusy();
    AppSettings::addRecentProject(path);
    setWindowTitle(tr("%1 — Verdict").arg(m_project->name()));
    loadRubric();
    m_totalTasks = 0;
    m_queue->setProject(m_project.get(), m_person);
    applyFilter();
    reportRecovery(recovery);
    return true;
}

void MainWindow::reportRecovery(const SaveQueue::Recovery &recovery)
{
    if (recovery.queued > 0) {
        const QString text = m_saves->count() == 0
            ? tr("Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project "
                 "when Verdict stopped; all are saved now.",
                nullptr, recovery.queued)
                  .arg(recovery.finals)
            : tr("Recovered %n change(s) (%1 submitted, skipped or escalated) that were waiting for the busy project "
                 "when Verdict stopped; they are saved as soon as the project is free.",
                nullptr, recovery.queued)
                  .arg(recovery.finals);
        statusBar()->showMessage(text, 60000);
    }
    if (recovery.warnings.isEmpty())
        return;
    QStringList lines;
    for (const Error &warning : recovery.warnings)
        lines << warning.toString();
    showError(tr("Some Waiting Changes Could Not Be Read Back"), lines.join(u'\n'));
}

void MainWindow::loadRubric()
{
    m_hasRubric = false;
    m_rubric = Rubric();
    auto all = m_project->rubrics().all();
    if (!all) {
        showError(tr("Cannot read the rubric"), all.error().toString());
        return;
    }
    // The most recently published version is what new work starts under.
    for (const Rubric &r : *all) {
        if (r.status != RubricStatus::Published)
            continue;
        if (!m_hasRubric || r.publishedAt > m_rubric.publishedAt
            || (r.publishedAt == m_rubric.publishedAt && r.id == m_rubric.id && r.version > m_rubric.version)) {
            m_rubric = r;
            m_hasRubric = true;
        }
    }
}

bool MainWindow::openDemoProject()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/demo.verdict");
    if (!QFileInfo::exists(path)) {
        auto created = demo::create(path);
        if (!created) {
            showError(tr("Cannot create the demo project"), created.error().toString());
            return false;
        }
    }
    return openProject(path);
}

void MainWindow::newProject()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), tr("Verdict projects (*.verdict)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(u".verdict") ? path : path + u".verdict";
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Project"), tr("Project name:"), QLineEdit::Normal, QFileInfo(file).completeBaseName(), &ok);
    if (!ok)
        return;
    QFile::remove(file); // the dialog has asked to overwrite; what it leaves beside goes when the new one is made
    auto created = Project::create(file, name);
    if (!created) {
        showError(tr("Cannot create project"), created.error().toString());
        return;
    }
    created->reset();
    openProject(file);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QDir::homePath(), tr("Verdict projects (*.verdict);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
}

void MainWindow::adjudicate()
{
    if (!m_project)
        return;
    if (!m_adjudication) {
        m_adjudication = new AdjudicationWindow(m_project.get(), m_person, this);
        m_adjudication->setWindowFlag(Qt::Window);
    } else {
        m_adjudication->refresh();
    }
    m_adjudication->show();
    m_adjudication->raise();
    m_adjudication->activateWindow();
}

void MainWindow::editRubric()
{
    if (!m_project)
        return;
    QString rubricId;
    if (auto rubrics = m_project->rubrics().all(); rubrics && !rubrics->isEmpty())
        rubricId = rubrics->constLast().id;
    RubricEditor editor(m_project.get(), rubricId, m_person, this);
    editor.exec();
    updateStatus();
}

void MainWindow::applyFilter()
{
    TaskFilter filter = m_queue->filter();
    filter.text = m_filter->text().trimmed();
    const int status = m_statusFilter->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional<QueueStatus>(QueueStatus(status));
    m_queue->setFilter(filter);
    if (filter.text.isEmpty() && !filter.status)
        m_totalTasks = m_queue->rowCount();
    if (m_queue->rowCount() > 0) {
        selectRow(0);
    } else {
        closeSession();
        m_taskView->clear();
    }
    updateStatus();
}

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_queue->index(row, QueueModel::IdColumn);
    if (!index.isValid())
        return;
    m_queueView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queueView->scrollTo(index);
}

void MainWindow::closeSession()
{
    if (!m_session)
        return;
    if (auto done = m_session->flushActiveTime(); !done)
        statusBar()->showMessage(done.error().toString(), 5000);
    m_undoGroup->removeStack(m_session->undoStack());
    m_rubricPanel->setSession(nullptr);
    m_session.reset();
    m_sessionRowId = 0;
    m_unflushedSeconds = 0;
}

void MainWindow::showCurrentTask()
{
    const int row = m_queueView->selectionModel()->currentIndex().row();
    const qint64 rowId = m_queue->rowIdAt(row);
    if (rowId != 0 && rowId == m_sessionRowId)
        return;
    closeSession();
    if (!m_project || rowId == 0) {
        m_taskView->clear();
        updateStatus();
        return;
    }
    auto task = m_project->tasks().byRowId(rowId);
    if (!task || !task.value()) {
        showError(tr("Cannot show task"), task ? tr("The task is gone.") : task.error().toString());
        return;
    }
    openSession(*task.value());
    m_sessionRowId = rowId;
    m_taskView->setTask(*task.value());
    updateResponseNotes();
    updateStatus();
    updateTabOrder();
    m_prepareTimer->start();
}

void MainWindow::prepareNext()
{
    if (!m_project)
        return;
    const int row = m_queue->rowOf(m_sessionRowId);
    const qint64 next = m_queue->rowIdAt(row + 1);
    if (next == 0)
        return;
    auto task = m_project->tasks().byRowId(next);
    if (task && task.value() && task.value()->id != m_taskView->preparedTaskId())
        m_taskView->prepare(*task.value());
}

void MainWindow::openSession(const Task &task)
{
    if (!m_hasRubric) {
        m_rubricPanel->setRubric(Rubric());
        m_rubricPanel->setStatusText(tr("This project has no published rubric: there is nothing to annotate yet."));
        return;
    }
    auto opened = AnnotationSession::open(*m_project, task, m_rubric, m_person, m_saves);
    if (!opened) {
        showError(tr("Cannot open the annotation"), opened.error().toString());
        return;
    }
    m_session = std::move(opened).value();
    AnnotationSession *session = m_session.get();
    session->setSaveQueue(m_saves);
    m_undoGroup->addStack(session->undoStack());
    m_undoGroup->setActiveStack(session->undoStack());
    m_rubricPanel->setRubric(session->rubric());
    m_guidance->setRubric(session->rubric());
    m_rubricPanel->setSession(session);
    createRubricActions();
    connect(session, &AnnotationSession::answerChanged, this, [this](const QString &criterion, const QString &id) {
        const Criterion *c = m_session->rubric().criterion(criterion);
        if (c && c->kind == CriterionKind::Spans)
            showSpans(id);
        updateResponseNotes();
        updateSessionStatus();
    });
    connect(session, &AnnotationSession::statusChanged, this, [this] {
        m_queue->refreshTask(m_sessionRowId);
        updateSessionStatus();
        updateCounts();
    });
    connect(session, &AnnotationSession::saveFailed, this, [this](const Error &error) {
        m_taskLabel->setText(tr("NOT SAVED: %1").arg(error.toString()));
        showError(tr("Your last change was not saved"), error.toString());
    });
    connect(session, &AnnotationSession::saved, this, [this] {
        // The first draft turns a new task into a draft in the queue.
        const QModelIndex row = m_queue->index(m_queue->rowOf(m_sessionRowId), QueueModel::StatusColumn);
        if (row.isValid() && row.data(QueueModel::StatusRole).toInt() == int(QueueStatus::New)) {
            m_queue->refreshTask(m_sessionRowId);
            updateCounts();
        }
    });
    m_timeLabel->setText(tr("Active %1").arg(clockText(session->activeSeconds())));
}

void MainWindow::showSpans(const QString &responseId)
{
    if (!m_session)
        return;
    auto *editor = m_rubricPanel->firstOfKind(CriterionKind::Spans);
    if (!editor)
        return;
    const Criterion &c = editor->criterion();
    QHash<QString, SpanStyle> styles;
    for (const Option &label : c.labels)
        styles.insert(label.key, SpanStyle{label.name, QColor::fromString(label.color), label.shortcut.toUpper()});
    const QList<Response> &responses = m_taskView->task().responses;
    for (qsizetype i = 0; i < responses.size(); ++i) {
        if (!responseId.isEmpty() && responses[i].id != responseId)
            continue;
        if (ResponseView *view = m_taskView->responseView(int(i)))
            view->setSpans(m_session->spans(c.key, responses[i].id), styles);
    }
}

void MainWindow::updateResponseNotes()
{
    const QList<Response> &responses = m_taskView->task().responses;
    if (!m_session)
        return;
    const CriterionEditor *ranking = m_rubricPanel->firstOfKind(CriterionKind::Ranking);
    const CriterionEditor *spans = m_rubricPanel->firstOfKind(CriterionKind::Spans);
    const CriterionEditor *flags = m_rubricPanel->firstOfKind(CriterionKind::Flags);
    const QHash<QString, int> places
        = ranking ? answers::places(m_session->ranking(ranking->criterion().key)) : QHash<QString, int>();
    for (qsizetype i = 0; i < responses.size(); ++i) {
        QStringList parts;
        const QString id = responses[i].id;
        if (places.contains(id))
            parts << tr("place %1").arg(places.value(id) + 1);
        if (spans) {
            if (const qsizetype n = m_session->spans(spans->criterion().key, id).size())
                parts << tr("%n span(s)", nullptr, int(n));
        }
        if (flags) {
            if (const qsizetype n = m_session->flags(flags->criterion().key, id).size())
                parts << tr("%n flag(s)", nullptr, int(n));
        }
        m_taskView->setResponseNote(int(i), parts.join(QStringLiteral(" · ")));
    }
}

QString MainWindow::focusedResponseId() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (auto *ranking = qobject_cast<RankingEditor *>(m_rubricPanel->firstOfKind(CriterionKind::Ranking));
        ranking && focus && ranking->isAncestorOf(focus))
        return ranking->currentResponseId();
    const QList<Response> &responses = m_taskView->task().responses;
    const int index = m_taskView->currentResponse();
    return index >= 0 && index < responses.size() ? responses[index].id : QString();
}

void MainWindow::placeFocused(int place)
{
    const CriterionEditor *ranking = m_rubricPanel->firstOfKind(CriterionKind::Ranking);
    const QString id = focusedResponseId();
    if (!m_session || !ranking || id.isEmpty() || place > m_taskView->responseCount())
        return;
    m_session->placeResponse(ranking->criterion().key, id, place - 1);
}

void MainWindow::tieFocused()
{
    const CriterionEditor *ranking = m_rubricPanel->firstOfKind(CriterionKind::Ranking);
    const QString id = focusedResponseId();
    if (m_session && ranking && !id.isEmpty())
        m_session->toggleTie(ranking->criterion().key, id);
}

void MainWindow::unrankFocused()
{
    const CriterionEditor *ranking = m_rubricPanel->firstOfKind(CriterionKind::Ranking);
    const QString id = focusedResponseId();
    if (m_session && ranking && !id.isEmpty())
        m_session->unrank(ranking->criterion().key, id);
}

void MainWindow::tagOrRelabel(const QString &label)
{
    auto *spans = qobject_cast<SpanEditor *>(m_rubricPanel->firstOfKind(CriterionKind::Spans));
    if (!m_session || !spans)
        return;
    const QString key = spans->criterion().key;
    QString listResponse;
    Span listSpan;
    if (spans->currentEntry(&listResponse, &listSpan)) {
        m_session->relabelSpan(key, listResponse, listSpan, label);
        return;
    }
    const int index = m_taskView->currentResponse();
    ResponseView *view = m_taskView->responseView(index);
    if (!view)
        return;
    const QString responseId = m_taskView->task().responses[index].id;
    if (const auto span = view->selectionSpan(label)) {
        if (m_session->addSpan(key, responseId, *span)) {
            QTextCursor cursor = view->textCursor();
            cursor.clearSelection();
            view->setTextCursor(cursor);
            view->selectSpan(*span);
        }
        statusBar()->showMessage(
            tr("Tagged %1 in response %2").arg(spans->criterion().label(label)->name, TaskView::responseLetter(index)),
            3000);
    } else if (const auto current = view->currentSpan()) {
        m_session->relabelSpan(key, responseId, *current, label);
        Span relabelled = *current;
        relabelled.label = label;
        view->selectSpan(relabelled);
    } else {
        statusBar()->showMessage(tr("Select text in a response first (Shift+arrows or the mouse)"), 4000);
    }
}

void MainWindow::removeCurrentSpan()
{
    auto *spans = m_rubricPanel->firstOfKind(CriterionKind::Spans);
    if (!m_session || !spans)
        return;
    QString listResponse;
    Span listSpan;
    if (static_cast<SpanEditor *>(spans)->currentEntry(&listResponse, &listSpan)) {
        m_session->removeSpan(spans->criterion().key, listResponse, listSpan);
        return;
    }
    const int index = m_taskView->currentResponse();
    ResponseView *view = m_taskView->responseView(index);
    if (!view)
        return;
    if (const auto current = view->currentSpan())
        m_session->removeSpan(spans->criterion().key, m_taskView->task().responses[index].id, *current);
}

void MainWindow::flagFocused()
{
    auto *flags = qobject_cast<FlagsEditor *>(m_rubricPanel->firstOfKind(CriterionKind::Flags));
    if (!m_session || !flags)
        return;
    m_rubricDock->show();
    flags->addFlagTo(flags->criterion().per == Scope::Task ? QString() : focusedResponseId());
}

bool MainWindow::submit()
{
    if (!m_session)
        return false;
    const QList<Error> problems = m_session->problems();
    if (!problems.isEmpty()) {
        m_rubricDock->show();
        m_rubricPanel->showProblems(problems);
        statusBar()->showMessage(
            tr("Not submitted: %n thing(s) to finish (listed under the rubric)", nullptr, int(problems.size())), 6000);
        return false;
    }
    if (auto done = m_session->submit(); !done) {
        showError(tr("Cannot submit"), done.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Submitted %1").arg(m_session->task().id), 4000);
    showGoldFeedback();
    nextUnfinished();
    return true;
}

void MainWindow::showGoldFeedback()
{
    const auto calibration = m_project->isCalibrationWorkspace();
    if (!calibration.ok() || !calibration.value())
        return;
    const auto gold = m_project->gold().get(m_session->task().id);
    if (!gold.ok() || !gold.value())
        return;
    auto *dialog
        = new GoldFeedbackDialog(m_session->rubric(), m_session->task(), m_session->annotation(), *gold.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::skip(const QString &reason)
{
    if (!m_session)
        return false;
    QString text = reason;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Skip Task"), tr("Why can't you judge this task?"), QLineEdit::Normal,
            m_session->annotation().note, &ok);
        if (!ok)
            return false;
    }
    if (auto done = m_session->skip(text); !done) {
        showError(tr("Cannot skip"), done.error().toString());
        return false;
    }
    nextUnfinished();
    return true;
}

bool MainWindow::escalate(const QString &note)
{
    if (!m_session)
        return false;
    QString text = note;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(
            this, tr("Escalate Task"), tr("What should a lead look at?"), m_session->annotation().note, &ok);
        if (!ok)
            return false;
    }
    if (auto done = m_session->escalate(text); !done) {
        showError(tr("Cannot escalate"), done.error().toString());
        return false;
    }
    nextUnfinished();
    return true;
}

void MainWindow::nextTask(int step)
{
    const int row = m_queueView->selectionModel()->currentIndex().row();
    const int next = std::clamp(row + step, 0, m_queue->rowCount() - 1);
    if (next != row)
        selectRow(next);
}

bool MainWindow::nextUnfinished()
{
    if (!m_project)
        return false;
    const qint64 current = m_sessionRowId;
    // A task whose submit waits for the busy project is finished too.
    const auto waitsFinished = [this](qint64 rowId) {
        const QString id
            = m_queue->index(m_queue->rowOf(rowId), QueueModel::IdColumn).data(QueueModel::TaskIdRole).toString();
        const auto waiting = m_saves && !id.isEmpty() ? m_saves->pending(id, m_person) : std::nullopt;
        return waiting && waiting->status != AnnotationStatus::Draft;
    };
    const auto after = [&](qint64 from) {
        auto found = m_project->tasks().nextUnfinished(m_queue->filter(), from);
        while (found && found.value() && waitsFinished(*found.value()))
            found = m_project->tasks().nextUnfinished(m_queue->filter(), *found.value());
        return found;
    };
    auto next = after(current);
    if (next && !next.value() && current != 0)
        next = after(0);
    if (!next) {
        showError(tr("Cannot find the next task"), next.error().toString());
        return false;
    }
    const int row = next.value() ? m_queue->rowOf(*next.value()) : -1;
    if (row < 0 || *next.value() == current) {
        statusBar()->showMessage(tr("Every task in the queue is finished."), 6000);
        updateStatus();
        return false;
    }
    selectRow(row);
    return true;
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_projectLabel->setText(tr("No project open"));
        m_personLabel->setText(m_person.isEmpty() ? QString() : tr("Working as %1").arg(m_person));
        m_countsLabel->clear();
        m_taskLabel->clear();
        m_timeLabel->clear();
        m_queueCounts->clear();
        return;
    }
    m_projectLabel->setText(m_project->name());
    m_personLabel->setText(tr("Working as %1").arg(m_person));
    updateSessionStatus();
    updateCounts();
}

void MainWindow::updateCounts()
{
    if (!m_project)
        return;
    // Only this person's counts: an index lookup, fast on a million tasks.
    auto counts = m_project->annotations().countByStatusFor(m_person);
    if (!counts)
        return;
    const int done = counts->value(AnnotationStatus::Submitted);
    const int drafts = counts->value(AnnotationStatus::Draft);
    const int skipped = counts->value(AnnotationStatus::Skipped);
    const int escalated = counts->value(AnnotationStatus::Escalated);
    m_countsLabel->setText(tr("%1 of %2 done").arg(done).arg(m_totalTasks));
    QString text
        = tr("%1 of %2 shown · %3 done · %4 drafts").arg(m_queue->rowCount()).arg(m_totalTasks).arg(done).arg(drafts);
    if (skipped)
        text += tr(" · %1 skipped").arg(skipped);
    if (escalated)
        text += tr(" · %1 escalated").arg(escalated);
    m_queueCounts->setText(text);
}

void MainWindow::updateSessionStatus()
{
    if (!m_session) {
        m_taskLabel->clear();
        m_timeLabel->clear();
        m_rubricPanel->setStatusText(QString());
        return;
    }
    const Annotation &a = m_session->annotation();
    const bool waiting = m_saves && m_saves->pending(m_session->task().id, a.annotator);
    QString text;
    switch (a.status) {
    case AnnotationStatus::Draft:
        text = waiting              ? tr("Draft, not saved yet")
            : m_session->isStored() ? tr("Draft, saved %1").arg(a.updatedAt.toLocalTime().toString(u"HH:mm:ss"))
                                    : tr("Not started");
        if (a.revision > 0)
            text += tr(" · changed since it was submitted: submit again");
        break;
    case AnnotationStatus::Submitted:
        text = tr("Submitted %1 (revision %2)")
                   .arg(a.submittedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"))
                   .arg(a.revision);
        break;
    case AnnotationStatus::Skipped:
        text = tr("Skipped: %1").arg(a.note);
        break;
    case AnnotationStatus::Escalated:
        text = tr("Escalated: %1").arg(a.note);
        break;
    }
    if (waiting)
        text += tr(" · waits for the busy project");
    const QString task = tr("Task %1").arg(m_session->task().id);
    m_taskLabel->setText(task + QStringLiteral(" · ") + text);
    m_rubricPanel->setStatusText(text);
    m_timeLabel->setText(tr("Active %1").arg(clockText(m_session->activeSeconds())));
}

void MainWindow::updateBusy()
{
    const int waiting = m_saves ? m_saves->count() : 0;
    m_busyLabel->setVisible(waiting > 0);
    if (waiting == 0)
        return;
    m_busyLabel->setText(tr("Project busy: %n change(s) waiting", nullptr, waiting));
    m_busyLabel->setToolTip(tr("%1.\nYour changes are kept and saved, in the order you made them, as soon as the "
                               "project is free.")
                                .arg(m_saves->reason()));
    if (m_session)
        updateSessionStatus();
}

bool MainWindow::mayLeaveWaitingChanges(const QString &other)
{
    if (!m_saves || m_saves->flush())
        return true;
    const int waiting = m_saves->count();
    const QString text = other.isEmpty()
        ? tr("%1.\n\n%n change(s) wait for it. They are kept beside the project and saved the next time you "
             "open it in Verdict. Close now, or wait for the project to be free?",
            nullptr, waiting)
              .arg(m_saves->reason())
        : tr("%1.\n\n%n change(s) wait for it. They are kept beside the project and saved the next time you "
             "open it in Verdict. Open %2 now, or wait for the project to be free?",
            nullptr, waiting)
              .arg(m_saves->reason(), other);
    QMessageBox box(QMessageBox::Information, tr("Changes Are Waiting"), text, QMessageBox::NoButton, this);
    QPushButton *leave = box.addButton(other.isEmpty() ? tr("Close Now") : tr("Open Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Wait"), QMessageBox::RejectRole);
    box.setDefaultButton(leave);
    box.exec();
    return box.clickedButton() == leave;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::followPalette()
{
    CodeHighlighter::instance().setDarkTheme(isDark(palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        followPalette();
        if (m_taskView && !m_taskView->task().id.isEmpty())
            m_taskView->setTask(m_taskView->task());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session) {
        m_session->addActiveSeconds(m_clock->takeNow());
        if (auto done = m_session->flushActiveTime(); !done)
            statusBar()->showMessage(done.error().toString(), 5000);
    }
    if (!mayLeaveWaitingChanges()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTabOrder()
{
    // Queue, conversation, responses left to right, the rubric top to bottom,
    // Skip, Escalate, Submit, then the guidelines.
    QList<QWidget *> order{m_statusFilter, m_filter, m_queueView, m_taskView->transcriptView()};
    for (int i = 0; i < m_taskView->responseCount(); ++i) {
        if (QWidget *earlier = m_taskView->earlierTurnsView(i))
            order << earlier;
        order << m_taskView->responseView(i);
    }
    for (CriterionEditor *editor : m_rubricPanel->editors())
        order << editor;
    order << m_rubricPanel->actionButtons() << m_guidance;
    TabOrder::chain(order);
}

void MainWindow::setPerson(const QString &name)
{
    const QString person = name.trimmed();
    if (person.isEmpty() || person == m_person)
        return;
    AppSettings::setPerson(person);
    m_person = person;
    delete m_adjudication; // it records decisions under the previous name
    m_adjudication = nullptr;
    if (m_project) {
        // The queue and the open task are the new person's from here on.
        const qint64 current = m_sessionRowId;
        closeSession();
        m_queue->setProject(m_project.get(), m_person);
        applyFilter();
        if (const int row = m_queue->rowOf(current); row >= 0)
            selectRow(row);
    }
    updateStatus();
}

} // namespace verdict
