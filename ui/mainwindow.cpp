#include "mainwindow.h"

#include "appsettings.h"
#include "batchactions.h"
#include "demo.h"
#include "project.h"
#include "queuemodel.h"
#include "taskview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace verdict {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Verdict"));
    m_person = AppSettings::person();

    m_taskView = new TaskView(this);
    setCentralWidget(m_taskView);

    auto *queuePanel = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePanel);
    queueLayout->setContentsMargins(4, 4, 4, 4);
    m_filter = new QLineEdit(queuePanel);
    m_filter->setPlaceholderText(tr("Filter by id or prompt"));
    m_filter->setAccessibleName(tr("Queue filter"));
    m_filter->setClearButtonEnabled(true);
    queueLayout->addWidget(m_filter);
    m_queue = new QueueModel(this);
    m_queueView = new QTableView(queuePanel);
    m_queueView->setObjectName(QStringLiteral("queue"));
    m_queueView->setAccessibleName(tr("Task queue"));
    m_queueView->setModel(m_queue);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 8);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queueView->setColumnWidth(
        QueueModel::StatusColumn, m_queueView->fontMetrics().horizontalAdvance(QStringLiteral("Escalated")) + 16);
    m_queueView->setWordWrap(false);
    m_queueView->setShowGrid(false);
    m_queueView->setAlternatingRowColors(true);
    queueLayout->addWidget(m_queueView, 1);

    auto *dock = new QDockWidget(tr("Queue"), this);
    dock->setObjectName(QStringLiteral("queueDock"));
    dock->setWidget(queuePanel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);

    connect(
        m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentTask(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        TaskFilter filter = m_queue->filter();
        filter.text = text.trimmed();
        m_queue->setFilter(filter);
        if (m_queue->rowCount() > 0)
            selectRow(0);
        else
            m_taskView->clear();
        updateStatus();
    });

    m_projectLabel = new QLabel(this);
    m_personLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    statusBar()->addWidget(m_projectLabel);
    statusBar()->addWidget(m_personLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    updateStatus();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(tr("Open &Demo Project"), this, &MainWindow::openDemoProject);
    file->addSeparator();
    auto *batches = new BatchActions(this, file); // Import…, Export… and the Issues panel
    connect(batches, &BatchActions::projectChanged, this, [this] {
        m_queue->reload();
        updateStatus();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *models = view->addAction(tr("Show &Model Names"));
    models->setCheckable(true);
    models->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(models, &QAction::toggled, m_taskView, &TaskView::setModelNamesVisible);
}

bool MainWindow::ensurePerson()
{
    if (!m_person.isEmpty())
        return true;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Who is working?"),
        tr("Your name, as it will appear on your annotations:"), QLineEdit::Normal, qEnvironmentVariable("USER"), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return false;
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
    m_project = std::move(opened).value();
    AppSettings::addRecentProject(path);
    setWindowTitle(tr("%1 — Verdict").arg(m_project->name()));
    m_queue->setProject(m_project.get(), m_person);
    if (m_queue->rowCount() > 0)
        selectRow(0);
    else
        m_taskView->clear();
    updateStatus();
    return true;
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
    QFile::remove(file); // the dialog has asked to overwrite
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

void MainWindow::selectRow(int row)
{
    const QModelIndex index = m_queue->index(row, QueueModel::IdColumn);
    if (!index.isValid())
        return;
    m_queueView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queueView->scrollTo(index);
}

void MainWindow::showCurrentTask()
{
    const int row = m_queueView->selectionModel()->currentIndex().row();
    const qint64 rowId = m_queue->rowIdAt(row);
    if (!m_project || rowId == 0) {
        m_taskView->clear();
        return;
    }
    auto task = m_project->tasks().byRowId(rowId);
    if (!task || !task.value()) {
        showError(tr("Cannot show task"), task ? tr("The task is gone.") : task.error().toString());
        return;
    }
    m_taskView->setTask(*task.value());
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_projectLabel->setText(tr("No project open"));
        m_personLabel->setText(m_person.isEmpty() ? QString() : tr("Working as %1").arg(m_person));
        m_countsLabel->clear();
        return;
    }
    m_projectLabel->setText(m_project->name());
    m_personLabel->setText(tr("Working as %1").arg(m_person));
    auto info = m_project->info();
    if (!info)
        return;
    int mine = 0;
    for (const AnnotatorSummary &a : info->annotators) {
        if (a.annotator == m_person)
            mine = a.byStatus.value(AnnotationStatus::Submitted);
    }
    m_countsLabel->setText(
        tr("%1 of %2 shown · %3 submitted by you").arg(m_queue->rowCount()).arg(info->tasks).arg(mine));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace verdict
