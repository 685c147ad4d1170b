#include "workbench/mainwindow.h"

#include "authoring/authoringwindow.h"
#include "common/appsettings.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/goldfeedbackdialog.h"
#include "dialogs/guidewindow.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "editors/flagseditor.h"
#include "highlight/codehighlighter.h"
#include "lead/adjudicationwindow.h"
#include "lead/qualitydashboard.h"
#include "lead/rubriceditor.h"
#include "store/database.h"
#include "store/project.h"
#include "workbench/activityclock.h"
#include "workbench/annotationsession.h"
#include "workbench/answeroverlay.h"
#include "workbench/batchactions.h"
#include "workbench/guidancepane.h"
#include "workbench/projectopener.h"
#include "workbench/queuepanel.h"
#include "workbench/responseview.h"
#include "workbench/rubricpanel.h"
#include "workbench/taborder.h"
#include "workbench/taskview.h"
#include "workbench/workbench.h"
#include "workbench/workbenchstatusbar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>

namespace verdict {

namespace {

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
    m_workbench = new Workbench(AppSettings::person(), this);
    m_opener = new ProjectOpener(*m_workbench, this);
    followPalette();

    m_taskView = new TaskView(this);
    setCentralWidget(m_taskView);
    m_overlay = new AnswerOverlay(m_taskView, this);

    m_queuePanel = new QueuePanel(*m_workbench, this);
    m_queueDock = new QDockWidget(tr("Queue"), this);
    m_queueDock->setObjectName(QStringLiteral("queueDock"));
    m_queueDock->setWidget(m_queuePanel);
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

    m_rubricPanel = new RubricPanel(m_taskView, this);
    m_rubricDock = new QDockWidget(tr("Rubric"), this);
    m_rubricDock->setObjectName(QStringLiteral("rubricDock"));
    m_rubricDock->setWidget(m_rubricPanel);
    m_rubricDock->setFeatures(m_queueDock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_rubricDock);
    resizeDocks({m_queueDock, m_rubricDock}, {330, 470}, Qt::Horizontal);
    resizeDocks({m_queueDock, m_guidanceDock}, {380, 520}, Qt::Vertical);

    m_undoGroup = new QUndoGroup(this);
    m_status = new WorkbenchStatusBar(*m_workbench, this);
    setStatusBar(m_status);
    connect(m_rubricPanel, &RubricPanel::criterionFocused, m_guidance, &GuidancePane::showCriterion);
    connect(m_rubricPanel, &RubricPanel::message, this,
        [this](const QString &text, bool problem) { m_status->showMessage(text, problem ? 4000 : 3000); });
    connect(m_status, &WorkbenchStatusBar::annotationStatusChanged, m_rubricPanel, &RubricPanel::setStatusText);

    m_clock = new ActivityClock(this);
    connect(m_clock, &ActivityClock::active, m_workbench, &Workbench::addActiveSeconds);
    m_clock->start();

    // Long enough for the switch to be painted, short against a trainer's reading.
    m_prepareTimer = new QTimer(this);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(30);
    connect(m_prepareTimer, &QTimer::timeout, this, [this] {
        if (const auto next = m_workbench->upcomingTask(); next && next->id != m_taskView->preparedTaskId())
            m_taskView->prepare(*next);
    });

    connectWorkbench();
    createActions();
    resize(1500, 920);
}

MainWindow::~MainWindow()
{
    // The views and the adjudication window let go of the project while they
    // are whole; what still waits stays on disk beside it, for the next window.
    m_workbench->close();
}

void MainWindow::connectWorkbench()
{
    connect(m_workbench, &Workbench::sessionChanged, this, &MainWindow::sessionChanged);
    connect(m_workbench, &Workbench::taskChanged, this, &MainWindow::showTask);
    connect(m_workbench, &Workbench::projectOpened, this,
        [this] { setWindowTitle(tr("%1 — Verdict").arg(m_workbench->project()->name())); });
    // The adjudication window works on the project, as the person working.
    connect(m_workbench, &Workbench::projectClosing, this, &MainWindow::closeAdjudication);
    connect(m_workbench, &Workbench::personChanged, this, &MainWindow::closeAdjudication);
    connect(m_workbench, &Workbench::submitRefused, this, [this](const QList<Error> &problems) {
        m_rubricDock->show();
        m_rubricPanel->showProblems(problems);
        m_status->showMessage(
            tr("Not submitted: %n thing(s) to finish (listed under the rubric)", nullptr, int(problems.size())), 6000);
    });
    connect(m_workbench, &Workbench::submitted, this, [this](const QString &taskId) {
        m_status->showMessage(tr("Submitted %1").arg(taskId), 4000);
        showGoldFeedback();
    });
    connect(m_workbench, &Workbench::saveFailed, this,
        [this](const Error &error) { showError(tr("Your last change was not saved"), error.toString()); });
    connect(m_workbench, &Workbench::failed, this, &MainWindow::showError);
}

QTableView *MainWindow::queueView() const
{
    return m_queuePanel->view();
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
        menuBar(), [this] { return m_workbench->project() ? m_workbench->project()->path() : QString(); },
        [this] { return m_opener->ensurePerson() ? m_workbench->person() : QString(); },
        [this] { return m_workbench->session() ? m_workbench->session()->task().id : QString(); }, this);
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = menu->addAction(tr("&New Project…"), m_opener, &ProjectOpener::createProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = menu->addAction(tr("&Open Project…"), m_opener, &ProjectOpener::chooseProject);
    openAction->setShortcut(QKeySequence::Open);
    QMenu *recent = menu->addMenu(tr("Open &Recent"));
    connect(recent, &QMenu::aboutToShow, m_opener, [this, recent] { m_opener->fillRecentMenu(recent); });
    QAction *demoAction = menu->addAction(tr("Open &Demo Project"), m_opener, &ProjectOpener::openDemo);
    demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    menu->addSeparator();
    auto *batches = new BatchActions(*m_workbench, this, menu); // Import…, Export… and the Issues panel
    connect(batches, &BatchActions::projectChanged, m_workbench, &Workbench::reload);
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void MainWindow::createEditMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    QAction *settings = menu->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::personChanged, m_opener, &ProjectOpener::setPerson);
        dialog.exec();
    });
    settings->setObjectName(QStringLiteral("settings"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
}

void MainWindow::createViewMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&View"));
    QAction *models = menu->addAction(tr("Show &Model Names"));
    models->setObjectName(QStringLiteral("showModels"));
    models->setCheckable(true);
    models->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(models, &QAction::toggled, m_taskView, &TaskView::setModelNamesVisible);
    QAction *raw = menu->addAction(tr("Show &Raw Text"));
    raw->setObjectName(QStringLiteral("rawText"));
    raw->setCheckable(true);
    raw->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(raw, &QAction::toggled, m_taskView, &TaskView::setRawText);
    menu->addSeparator();
    QAction *queue = m_queueDock->toggleViewAction();
    queue->setText(tr("&Queue"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    menu->addAction(queue);
    QAction *guidance = m_guidanceDock->toggleViewAction();
    guidance->setText(tr("&Guidelines"));
    guidance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    menu->addAction(guidance);
    QAction *rubric = m_rubricDock->toggleViewAction();
    rubric->setText(tr("R&ubric"));
    rubric->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3));
    menu->addAction(rubric);
}

void MainWindow::createGoMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Go"));
    QAction *next = menu->addAction(tr("&Next Task"), this, [this] { m_workbench->nextTask(1); });
    next->setObjectName(QStringLiteral("nextTask"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = menu->addAction(tr("&Previous Task"), this, [this] { m_workbench->nextTask(-1); });
    previous->setObjectName(QStringLiteral("previousTask"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *unfinished = menu->addAction(tr("Next &Unfinished Task"), this, [this] { m_workbench->nextUnfinished(); });
    unfinished->setObjectName(QStringLiteral("nextUnfinished"));
    unfinished->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    menu->addSeparator();
    QAction *filter = menu->addAction(tr("&Filter the Queue"), this, [this] {
        m_queueDock->show();
        m_queuePanel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_queuePanel->filterEdit()->selectAll();
    });
    filter->setObjectName(QStringLiteral("focusFilter"));
    filter->setShortcut(QKeySequence::Find);
    QAction *queue = menu->addAction(tr("The &Queue"), this, [this] {
        m_queueDock->show();
        m_queuePanel->view()->setFocus(Qt::ShortcutFocusReason);
    });
    queue->setObjectName(QStringLiteral("focusQueue"));
    queue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QMenu *responses = menu->addMenu(tr("&Response"));
    for (int i = 0; i < 9; ++i) {
        QAction *focus = responses->addAction(
            tr("Response %1").arg(TaskView::responseLetter(i)), this, [this, i] { m_taskView->focusResponse(i); });
        focus->setObjectName(QStringLiteral("focusResponse%1").arg(i + 1));
        focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *rubric = menu->addAction(tr("The Ru&bric"), this, [this] {
        m_rubricDock->show();
        if (m_rubricPanel->currentCriterion().isEmpty())
            m_rubricPanel->focusCriterion(0);
        else
            m_rubricPanel->focusCriterion(m_rubricPanel->currentCriterion());
    });
    rubric->setObjectName(QStringLiteral("focusRubric"));
    rubric->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *nextCriterion = menu->addAction(tr("Next &Criterion"), this, [this] { m_rubricPanel->focusCriterion(1); });
    nextCriterion->setObjectName(QStringLiteral("nextCriterion"));
    nextCriterion->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    QAction *previousCriterion
        = menu->addAction(tr("Pre&vious Criterion"), this, [this] { m_rubricPanel->focusCriterion(-1); });
    previousCriterion->setObjectName(QStringLiteral("previousCriterion"));
    previousCriterion->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
}

void MainWindow::createTaskMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Task"));
    QAction *submitAction = menu->addAction(tr("&Submit"), this, [this] { submit(); });
    submitAction->setObjectName(QStringLiteral("submit"));
    submitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return),
        QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::KeypadModifier, Qt::Key_Enter))});
    submitAction->setToolTip(tr("Submit this task and go to the next unfinished one (Ctrl+Enter)"));
    QAction *skipAction = menu->addAction(tr("S&kip…"), this, [this] { skip(); });
    skipAction->setObjectName(QStringLiteral("skip"));
    skipAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    skipAction->setToolTip(tr("Skip a task you cannot judge, with a reason (Ctrl+Shift+S)"));
    QAction *escalateAction = menu->addAction(tr("&Escalate…"), this, [this] { escalate(); });
    escalateAction->setObjectName(QStringLiteral("escalate"));
    escalateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    escalateAction->setToolTip(tr("Send this task to a lead with a note (Ctrl+Shift+E)"));
    menu->addSeparator();
    QAction *flag = menu->addAction(tr("&Flag the Focused Response"), this, &MainWindow::flagFocused);
    flag->setObjectName(QStringLiteral("flagResponse"));
    flag->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_rubricPanel->setActions(skipAction, escalateAction, submitAction);
}

void MainWindow::createLeadMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Lead"));
    QAction *editRubric = menu->addAction(tr("Edit &Rubric…"), this, &MainWindow::editRubric);
    editRubric->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    QAction *adjudicate = menu->addAction(tr("&Adjudicate…"), this, &MainWindow::adjudicate);
    adjudicate->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    if (auto *batches = findChild<BatchActions *>())
        menu->insertAction(adjudicate, batches->assignAction());
    QualityDashboard::addAction(
        menu, [this] { return m_workbench->project() ? m_workbench->project()->path() : QString(); }, this);
}

void MainWindow::createHelpMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Help"));
    QAction *guidelines = menu->addAction(tr("&Guidelines"), this, [this] {
        m_guidanceDock->show();
        m_guidanceDock->raise();
        m_guidance->browser()->setFocus(Qt::ShortcutFocusReason);
    });
    guidelines->setObjectName(QStringLiteral("guidelines"));
    guidelines->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts = menu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *guide = menu->addAction(tr("&User Guide"), this, [this] {
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
    menu->addSeparator();
    QAction *about = menu->addAction(tr("&About Verdict"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
}

bool MainWindow::openProject(const QString &path)
{
    return m_opener->open(path);
}

bool MainWindow::openDemoProject()
{
    return m_opener->openDemo();
}

void MainWindow::adjudicate()
{
    if (!m_workbench->project())
        return;
    if (!m_adjudication) {
        m_adjudication = new AdjudicationWindow(m_workbench->project(), m_workbench->person(), this);
        m_adjudication->setWindowFlag(Qt::Window);
    } else {
        m_adjudication->refresh();
    }
    m_adjudication->show();
    m_adjudication->raise();
    m_adjudication->activateWindow();
}

void MainWindow::closeAdjudication()
{
    delete m_adjudication;
    m_adjudication = nullptr;
}

void MainWindow::editRubric()
{
    Project *project = m_workbench->project();
    if (!project)
        return;
    QString rubricId;
    if (auto rubrics = project->rubrics().all(); rubrics && !rubrics->isEmpty())
        rubricId = rubrics->constLast().id;
    RubricEditor editor(project, rubricId, m_workbench->person(), this);
    editor.exec();
    m_workbench->updateCounts();
    m_status->refresh();
}

void MainWindow::sessionChanged()
{
    AnnotationSession *session = m_workbench->session();
    m_overlay->setSession(session);
    if (!session) {
        m_rubricPanel->setSession(nullptr);
        return;
    }
    m_undoGroup->addStack(session->undoStack());
    m_undoGroup->setActiveStack(session->undoStack());
    m_rubricPanel->setRubric(session->rubric());
    m_guidance->setRubric(session->rubric());
    m_rubricPanel->setSession(session);
}

void MainWindow::showTask()
{
    const Task &task = m_workbench->task();
    if (task.id.isEmpty()) {
        m_taskView->clear();
        m_status->refresh();
        return;
    }
    if (!m_workbench->session() && !m_workbench->rubric()) {
        m_rubricPanel->setRubric(Rubric());
        m_rubricPanel->setStatusText(tr("This project has no published rubric: there is nothing to annotate yet."));
    }
    m_taskView->setTask(task);
    m_overlay->showNotes();
    m_status->refresh();
    updateTabOrder();
    m_prepareTimer->start();
}

bool MainWindow::submit()
{
    return m_workbench->submit();
}

void MainWindow::showGoldFeedback()
{
    const AnnotationSession *session = m_workbench->session();
    const auto gold = m_workbench->calibrationGold();
    if (!session || !gold)
        return;
    auto *dialog = new GoldFeedbackDialog(session->rubric(), session->task(), session->annotation(), *gold, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::skip(const QString &reason)
{
    const AnnotationSession *session = m_workbench->session();
    if (!session)
        return false;
    QString text = reason;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Skip Task"), tr("Why can't you judge this task?"), QLineEdit::Normal,
            session->annotation().note, &ok);
        if (!ok)
            return false;
    }
    return m_workbench->skip(text);
}

bool MainWindow::escalate(const QString &note)
{
    const AnnotationSession *session = m_workbench->session();
    if (!session)
        return false;
    QString text = note;
    if (text.isEmpty()) {
        bool ok = false;
        text = QInputDialog::getMultiLineText(
            this, tr("Escalate Task"), tr("What should a lead look at?"), session->annotation().note, &ok);
        if (!ok)
            return false;
    }
    return m_workbench->escalate(text);
}

void MainWindow::flagFocused()
{
    auto *flags = qobject_cast<FlagsEditor *>(m_rubricPanel->firstOfKind(CriterionKind::Flags));
    if (!m_workbench->session() || !flags)
        return;
    m_rubricDock->show();
    // The response in focus, where the ranking's keys would work too.
    const CriterionEditor *ranking = m_rubricPanel->firstOfKind(CriterionKind::Ranking);
    const QString focused = ranking ? ranking->responseInFocus(m_taskView) : m_taskView->currentResponseId();
    flags->addFlagTo(flags->criterion().per == Scope::Task ? QString() : focused);
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
    m_workbench->addActiveSeconds(m_clock->takeNow());
    m_workbench->flushActiveTime();
    if (!m_opener->mayLeaveWaitingChanges()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::updateTabOrder()
{
    // Queue, conversation, responses left to right, the rubric top to bottom,
    // Skip, Escalate, Submit, then the guidelines.
    QList<QWidget *> order{
        m_queuePanel->statusFilter(), m_queuePanel->filterEdit(), m_queuePanel->view(), m_taskView->transcriptView()};
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
    m_opener->setPerson(name);
}

} // namespace verdict
