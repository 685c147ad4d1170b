#include "lead/adjudicationwindow.h"

#include "commands/decidecommand.h"
#include "commands/promotegoldcommand.h"
#include "common/accentcolor.h"
#include "common/answertext.h"
#include "common/appearance.h"
#include "common/backgroundjob.h"
#include "common/undoactions.h"
#include "domain/answers.h"
#include "domain/decisions.h"
#include "domain/finalanswers.h"
#include "editors/criterioneditor.h"
#include "lead/adjudicationqueuemodel.h"
#include "store/project.h"
#include "workbench/annotationsession.h"
#include "workbench/responseview.h"
#include "workbench/taskview.h"
#include "workflow/adjudicationqueue.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace verdict {

namespace {

// One colour per annotator, told apart on light and dark backgrounds.
const QList<QColor> annotatorColours{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x5f, 0x00), QColor(0x2c, 0xa0, 0x2c),
    QColor(0x94, 0x67, 0xbd), QColor(0xc2, 0x3b, 0x7a), QColor(0x17, 0x9e, 0xad), QColor(0x8c, 0x6d, 0x31)};

// The people who answered `criterion`, with their answers, in the order the
// answers table lists them; a person's place is also their colour.
struct GivenAnswer
{
    const Annotation *annotation;
    AnswerValue value;
    QColor colour;
};

QList<GivenAnswer> givenAnswers(const QList<Annotation> &annotations, const Criterion &criterion)
{
    QList<GivenAnswer> given;
    for (const Annotation &a : annotations) {
        AnswerValue value = answers::get(a, criterion);
        if (!value.isNull())
            given.append({&a, std::move(value), annotatorColours[given.size() % annotatorColours.size()]});
    }
    return given;
}

QString duration(double seconds)
{
    const int s = qRound(seconds);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AdjudicationWindow::AdjudicationWindow(Project *project, const QString &person, QWidget *parent)
    : QMainWindow(parent)
    , m_project(project)
    , m_person(person)
{
    setWindowTitle(tr("Adjudication — %1").arg(project->name()));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->addStack(&m_undo);
    m_undoGroup->setActiveStack(&m_undo);
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] { m_undoGroup->setActiveStack(&m_undo); });
    m_focusConnection
        = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { followFocus(now); });
    buildUi();
    createActions();
    m_queueJob = new BackgroundJob(this);
    connect(m_queueJob, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    resize(1500, 900);
    refresh();
}

AdjudicationWindow::~AdjudicationWindow()
{
    // The stacks and the focus change as they go, while this is half gone.
    disconnect(m_focusConnection);
    dropOwnAnswer();
    m_undo.disconnect(this);
    m_undoGroup->setActiveStack(nullptr);
    m_queueJob->abandon();
}

void AdjudicationWindow::dropOwnAnswer()
{
    m_undoGroup->setActiveStack(&m_undo);
    // A stack clears itself as it goes, which would make it the active one again.
    if (m_scratch)
        m_scratch->undoStack()->disconnect(this);
    m_scratch.reset();
}

void AdjudicationWindow::buildUi()
{
    auto *filters = new QToolBar(tr("Filters"), this);
    filters->setObjectName(QStringLiteral("filters"));
    filters->setMovable(false);
    m_criterionFilter = new QComboBox(filters);
    m_criterionFilter->setAccessibleName(tr("Criterion"));
    m_criterionFilter->setAccessibleDescription(tr("Shows the disagreements on this criterion only"));
    m_criterionFilter->addItem(tr("All criteria"), QString());
    if (auto rubrics = m_project->rubrics().all()) {
        QStringList seen;
        for (auto it = rubrics->crbegin(); it != rubrics->crend(); ++it) {
            for (const Criterion &c : it->criteria) {
                if (c.kind != CriterionKind::Text && !seen.contains(c.key)) {
                    seen << c.key;
                    m_criterionFilter->addItem(c.title, c.key);
                }
            }
        }
    }
    m_ruleBox = new QComboBox(filters);
    m_ruleBox->setAccessibleName(tr("Consensus rule"));
    m_ruleBox->setAccessibleDescription(tr("When the annotators count as agreeing"));
    m_ruleBox->addItem(tr("Majority agrees"), int(ConsensusRule::Kind::Majority));
    m_ruleBox->addItem(tr("Everyone agrees"), int(ConsensusRule::Kind::Unanimous));
    m_showDecided = new QCheckBox(tr("Sho&w decided"), filters);
    m_escalatedOnly = new QCheckBox(tr("Escalated o&nly"), filters);
    m_showDecided->setAccessibleDescription(tr("Also lists what is already decided"));
    m_escalatedOnly->setAccessibleDescription(tr("Lists only the tasks a trainer escalated"));
    filters->addWidget(new QLabel(tr("Criterion:"), filters));
    filters->addWidget(m_criterionFilter);
    filters->addSeparator();
    filters->addWidget(new QLabel(tr("Agreed when:"), filters));
    filters->addWidget(m_ruleBox);
    filters->addSeparator();
    filters->addWidget(m_showDecided);
    filters->addWidget(m_escalatedOnly);
    addToolBar(filters);
    for (QComboBox *box : {m_criterionFilter, m_ruleBox})
        connect(box, &QComboBox::currentIndexChanged, this, &AdjudicationWindow::refresh);
    for (QCheckBox *box : {m_showDecided, m_escalatedOnly})
        connect(box, &QCheckBox::toggled, this, &AdjudicationWindow::refresh);

    // The queue, on the left.
    m_model = new AdjudicationQueueModel(this);
    m_queueView = new QTableView(this);
    m_queueView->setObjectName(QStringLiteral("adjudicationQueue"));
    m_queueView->setAccessibleName(tr("Adjudication queue"));
    m_queueView->setAccessibleDescription(tr("The disagreements and escalations to decide"));
    m_queueView->setModel(m_model);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setShowGrid(false);
    auto *queueDock = new QDockWidget(tr("To decide"), this);
    queueDock->setObjectName(QStringLiteral("queueDock"));
    queueDock->setWidget(m_queueView);
    queueDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, queueDock);
    resizeDocks({queueDock}, {430}, Qt::Horizontal);
    connect(
        m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentEntry(); });

    // The task in the middle.
    m_taskView = new TaskView(this);
    setCentralWidget(m_taskView);

    // The decision on the right.
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_title = new QLabel(panel);
    m_title->setWordWrap(true);
    Appearance::setRelativeFont(m_title, 1.15, true);
    m_guidance = new QLabel(panel);
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::MarkdownText);
    layout->addWidget(m_title);
    layout->addWidget(m_guidance);

    m_answers = new QTableWidget(0, 4, panel);
    m_answers->setObjectName(QStringLiteral("annotatorAnswers"));
    m_answers->setAccessibleName(tr("Annotators' answers"));
    m_answers->setAccessibleDescription(tr("Each person's answer on the current criterion; select one to accept it"));
    m_answers->setHorizontalHeaderLabels({tr("Person"), tr("Answer"), tr("Time"), tr("Rationale")});
    m_answers->verticalHeader()->hide();
    m_answers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_answers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_answers->setWordWrap(true);
    m_answers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_answers->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_answers->setTabKeyNavigation(false);
    layout->addWidget(m_answers, 2);

    auto *choose = new QHBoxLayout;
    m_accept = new QPushButton(tr("&Accept Selected"), panel);
    m_accept->setToolTip(tr("Make the selected person's answer the final one (Ctrl+Return)"));
    m_merge = new QPushButton(tr("&Merge Spans"), panel);
    m_merge->setToolTip(tr("Start your answer from every span the selected people tagged"));
    m_startOwn = new QPushButton(tr("Start &Own From Selected"), panel);
    m_startOwn->setAccessibleDescription(tr("Starts your own answer from the selected person's"));
    for (QPushButton *b : {m_accept, m_merge, m_startOwn})
        choose->addWidget(b);
    choose->addStretch(1);
    layout->addLayout(choose);
    connect(m_accept, &QPushButton::clicked, this, &AdjudicationWindow::acceptSelected);
    connect(m_merge, &QPushButton::clicked, this, &AdjudicationWindow::mergeSelectedSpans);
    connect(m_startOwn, &QPushButton::clicked, this, &AdjudicationWindow::startOwnFromSelected);

    m_ownBox = new QWidget(panel);
    m_ownLayout = new QVBoxLayout(m_ownBox);
    m_ownLayout->setContentsMargins(0, 0, 0, 0);
    auto *ownTitle = new QLabel(tr("<b>Your answer</b>"), m_ownBox);
    m_ownLayout->addWidget(ownTitle);
    layout->addWidget(m_ownBox, 2);
    m_decideOwn = new QPushButton(tr("Decide With &Your Answer"), panel);
    m_decideOwn->setToolTip(tr("Make your answer the final one (Ctrl+Shift+Return)"));
    connect(m_decideOwn, &QPushButton::clicked, this, &AdjudicationWindow::decideWithOwnAnswer);
    layout->addWidget(m_decideOwn);

    auto *rationaleLabel = new QLabel(tr("&Rationale (needed when you override the majority):"), panel);
    m_rationale = new QPlainTextEdit(panel);
    m_rationale->setAccessibleName(tr("Rationale"));
    m_rationale->setAccessibleDescription(tr("Why the final answer is right; needed when it overrides the majority"));
    m_rationale->setTabChangesFocus(true);
    m_rationale->setMaximumHeight(90);
    rationaleLabel->setBuddy(m_rationale);
    layout->addWidget(rationaleLabel);
    layout->addWidget(m_rationale);
    m_example = new QCheckBox(tr("Use as an e&xample in the guidelines"), panel);
    m_example->setAccessibleDescription(tr("Lists this decision in the edge-case catalogue"));
    layout->addWidget(m_example);

    auto *finish = new QHBoxLayout;
    m_resolve = new QPushButton(tr("Resol&ve Escalation"), panel);
    m_resolve->setAccessibleDescription(tr("Closes the escalation with the rationale as its note"));
    m_gold = new QPushButton(tr("Promote Task to &Gold"), panel);
    m_gold->setToolTip(tr("Make the task's final answers its gold answer, with the rationale (Ctrl+G)"));
    finish->addWidget(m_resolve);
    finish->addWidget(m_gold);
    finish->addStretch(1);
    layout->addLayout(finish);
    connect(m_resolve, &QPushButton::clicked, this, &AdjudicationWindow::resolveEscalation);
    connect(m_gold, &QPushButton::clicked, this, &AdjudicationWindow::promoteToGold);

    m_decision = new QLabel(panel);
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_decision);
    m_message = new QLabel(panel);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    auto *decisionDock = new QDockWidget(tr("Decision"), this);
    decisionDock->setObjectName(QStringLiteral("decisionDock"));
    decisionDock->setWidget(scroll);
    decisionDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, decisionDock);
    resizeDocks({decisionDock}, {520}, Qt::Horizontal);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("Finding disagreements… %p%"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
}

void AdjudicationWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = file->addAction(tr("Export &Edge-Case Catalogue…"), this, [this] {
        const QString name = QFileDialog::getSaveFileName(
            this, tr("Export Edge-Case Catalogue"), QStringLiteral("edge-cases.md"), tr("Markdown (*.md)"));
        if (!name.isEmpty())
            exportEdgeCases(name);
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    setUndoRedoKeys(undo, redo);
    edit->addActions({undo, redo});

    QMenu *decide = menuBar()->addMenu(tr("&Decide"));
    const auto add = [this, decide](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = decide->addAction(text, this, slot);
        action->setShortcut(keys);
        return action;
    };
    add(tr("&Accept Selected Answer"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { acceptSelected(); });
    add(tr("Decide With &Your Answer"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
        [this] { decideWithOwnAnswer(); });
    add(tr("&Merge Selected Spans"), QKeySequence(Qt::CTRL | Qt::Key_M), [this] { mergeSelectedSpans(); });
    add(tr("Start Own Answer From &Selected"), QKeySequence(Qt::CTRL | Qt::Key_O), [this] { startOwnFromSelected(); });
    add(tr("Resol&ve Escalation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { resolveEscalation(); });
    add(tr("Promote Task to &Gold"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { promoteToGold(); });
    decide->addSeparator();
    add(tr("&Next in Queue"), QKeySequence(Qt::ALT | Qt::Key_Down),
        [this] { selectEntry(m_queueView->currentIndex().row() + 1); });
    add(tr("&Previous in Queue"), QKeySequence(Qt::ALT | Qt::Key_Up),
        [this] { selectEntry(m_queueView->currentIndex().row() - 1); });
    add(tr("&Refresh Queue"), QKeySequence::Refresh, [this] { refresh(); });
    add(tr("Focus Ra&tionale"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { m_rationale->setFocus(); });
    // Ctrl+1 … Ctrl+9 pick a person's answer.
    for (int i = 0; i < 9; ++i) {
        auto *pick = new QAction(this);
        pick->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(pick, &QAction::triggered, this, [this, i] { selectAnnotator(i); });
        addAction(pick);
    }
}

ConsensusRule AdjudicationWindow::rule() const
{
    ConsensusRule rule;
    rule.kind = ConsensusRule::Kind(m_ruleBox->currentData().toInt());
    return rule;
}

bool AdjudicationWindow::isBuilding() const
{
    return m_queueJob->isRunning();
}

void AdjudicationWindow::refresh()
{
    QueueFilter filter;
    filter.criterion = m_criterionFilter->currentData().toString();
    filter.undecidedOnly = !m_showDecided->isChecked();
    filter.escalatedOnly = m_escalatedOnly->isChecked();
    const ConsensusRule consensus = rule();
    const QString path = m_project->path();
    m_progress->setRange(0, 0);
    m_progress->show();
    // A queue still being built is abandoned. The work reads through its own
    // connection: a project belongs to one thread.
    m_queueJob->start(
        [filter, consensus, path](JobControl &control) -> Result<QList<QueueEntry>> {
            auto project = Project::open(path);
            if (!project)
                return project.error();
            return buildAdjudicationQueue(**project, consensus, filter, [&control](qint64 done, qint64 total) {
                control.setProgress(done, total);
                return !control.isCancelled();
            });
        },
        [this](const Result<QList<QueueEntry>> &entries) { queueBuilt(entries); });
}

void AdjudicationWindow::queueBuilt(const Result<QList<QueueEntry>> &entries)
{
    m_progress->hide();
    if (!entries) {
        say(tr("Cannot build the queue: %1").arg(entries.error().toString()), true);
        return;
    }
    const QString task = m_taskId;
    const QString criterion = m_criterionKey;
    m_model->setEntries(*entries);
    m_queueView->resizeColumnsToContents();
    statusBar()->showMessage(tr("%n item(s) to decide", nullptr, int(entries->size())));
    const int row = m_model->rowOf(task, criterion);
    selectEntry(row >= 0 ? row : 0);
    if (entries->isEmpty())
        showCurrentEntry();
    emit queueReady();
}

const QueueEntry *AdjudicationWindow::currentEntry() const
{
    return m_model->entryAt(m_queueView->currentIndex().row());
}

void AdjudicationWindow::selectEntry(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_queueView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queueView->scrollTo(index);
}

void AdjudicationWindow::selectAnnotator(int row)
{
    if (row < 0 || row >= m_answers->rowCount())
        return;
    const QModelIndex index = m_answers->model()->index(row, 0);
    m_answers->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_answers->setFocus();
}

void AdjudicationWindow::say(const QString &text, bool problem)
{
    m_message->setText(text);
    AccentColor::apply(m_message, problem ? QColor(0xb0, 0x1c, 0x1c) : palette().color(QPalette::WindowText));
}

QString AdjudicationWindow::message() const
{
    return m_message->text();
}

void AdjudicationWindow::showCurrentEntry()
{
    dropOwnAnswer();
    if (m_ownEditor) {
        delete m_ownEditor;
        m_ownEditor = nullptr;
    }
    say({});
    const QueueEntry *entry = currentEntry();
    if (!entry) {
        m_taskId.clear();
        m_criterionKey.clear();
        m_taskView->clear();
        m_title->setText(m_model->rowCount() == 0 ? tr("Nothing to decide.") : QString());
        m_guidance->clear();
        m_answers->setRowCount(0);
        for (QWidget *w : std::initializer_list<QWidget *>{
                 m_accept, m_merge, m_startOwn, m_decideOwn, m_resolve, m_gold, m_rationale, m_example, m_ownBox})
            w->setEnabled(false);
        m_decision->clear();
        return;
    }
    m_taskId = entry->taskId;
    m_criterionKey = entry->criterion;
    auto task = m_project->tasks().byId(m_taskId);
    auto annotations = m_project->annotations().forTask(m_taskId);
    if (!task || !task.value() || !annotations) {
        say(tr("Cannot read task %1").arg(m_taskId), true);
        return;
    }
    m_task = *task.value();
    m_allAnnotations = *annotations;
    m_annotations.clear();
    for (const Annotation &a : m_allAnnotations) {
        if (a.status == AnnotationStatus::Submitted)
            m_annotations << a;
    }
    FinalAnswers finals(*m_project, rule());
    auto rubric = finals.rubricFor(m_allAnnotations);
    m_rubric = rubric && rubric.value() ? *rubric.value() : Rubric();
    m_taskView->setTask(m_task);
    m_rationale->clear();
    m_example->setChecked(false);
    for (QWidget *w : std::initializer_list<QWidget *>{m_rationale, m_example, m_gold})
        w->setEnabled(true);
    if (m_criterionKey.isEmpty())
        showEscalation();
    else
        showCriterion();
    updateDecisionLabel();
}

void AdjudicationWindow::showEscalation()
{
    m_title->setText(tr("Task %1 was escalated").arg(m_taskId));
    m_guidance->setText(tr("Read the task and what the annotators said, then resolve it with a note."));
    m_answers->setRowCount(0);
    for (const Annotation &a : m_allAnnotations) {
        if (a.status != AnnotationStatus::Escalated && a.status != AnnotationStatus::Submitted)
            continue;
        const int row = m_answers->rowCount();
        m_answers->insertRow(row);
        m_answers->setItem(row, 0, new QTableWidgetItem(a.annotator));
        m_answers->setItem(
            row, 1, new QTableWidgetItem(a.status == AnnotationStatus::Escalated ? tr("escalated") : tr("submitted")));
        m_answers->setItem(row, 2, new QTableWidgetItem(duration(a.activeSeconds)));
        m_answers->setItem(row, 3, new QTableWidgetItem(a.note));
    }
    m_answers->resizeRowsToContents();
    for (QWidget *w : std::initializer_list<QWidget *>{m_accept, m_merge, m_startOwn, m_decideOwn, m_ownBox})
        w->setEnabled(false);
    m_resolve->setEnabled(true);
    m_taskView->clear();
    m_taskView->setTask(m_task);
}

void AdjudicationWindow::showCriterion()
{
    const Criterion *criterion = m_rubric.criterion(m_criterionKey);
    if (!criterion) {
        say(tr("The rubric these annotations were made under has no criterion %1").arg(m_criterionKey), true);
        return;
    }
    const QueueEntry *entry = currentEntry();
    m_title->setText(tr("%1 · %n people · disagreement %2%", nullptr, entry->annotators)
                         .arg(criterion->title)
                         .arg(qRound(entry->disagreement * 100)));
    m_guidance->setText(criterion->guidance);
    const auto majority = majorityAnswer(m_rubric, m_task, m_annotations, m_criterionKey);

    m_answers->setRowCount(0);
    for (const GivenAnswer &person : givenAnswers(m_annotations, *criterion)) {
        const Annotation &a = *person.annotation;
        const AnswerValue &given = person.value;
        const int row = m_answers->rowCount();
        m_answers->insertRow(row);
        auto *who = new QTableWidgetItem(a.annotator);
        who->setData(Qt::UserRole, a.annotator);
        who->setForeground(person.colour);
        QString answer = describeAnswer(*criterion, m_task, given);
        if (majority && sameAnswer(*criterion, *majority, given))
            answer += u"  " + tr("(majority)");
        QStringList rationales;
        for (const Criterion &c : m_rubric.criteria) {
            const auto text = c.kind == CriterionKind::Text ? answers::get(a, c).text() : std::nullopt;
            if (text)
                rationales << *text;
        }
        m_answers->setItem(row, 0, who);
        m_answers->setItem(row, 1, new QTableWidgetItem(answer));
        m_answers->setItem(row, 2, new QTableWidgetItem(duration(a.activeSeconds)));
        m_answers->setItem(row, 3, new QTableWidgetItem(rationales.join(u'\n')));
    }
    m_answers->resizeRowsToContents();
    const bool spans = criterion->kind == CriterionKind::Spans;
    m_accept->setEnabled(true);
    m_merge->setEnabled(spans);
    m_startOwn->setEnabled(true);
    m_decideOwn->setEnabled(true);
    m_ownBox->setEnabled(true);
    m_resolve->setEnabled(false);

    // Your answer starts from the decision on record, else the majority, else nothing.
    auto decision = m_project->adjudications().get(m_taskId, m_criterionKey);
    AnswerValue seed;
    if (decision && decision.value()) {
        seed = answers::get(*decision.value(), *criterion);
        m_rationale->setPlainText(decision.value()->rationale);
        m_example->setChecked(decision.value()->example);
    } else if (majority) {
        seed = *majority;
    }
    Annotation own;
    own.taskId = m_taskId;
    own.annotator = m_person;
    own.rubricId = m_rubric.id;
    own.rubricVersion = m_rubric.version;
    if (!seed.isNull())
        answers::set(own, m_criterionKey, {}, seed);
    m_scratch = std::make_unique<AnnotationSession>(*m_project, m_task, m_rubric, own, false);
    m_scratch->setScratch(true);
    QUndoStack *ownStack = m_scratch->undoStack();
    m_undoGroup->addStack(ownStack);
    connect(ownStack, &QUndoStack::indexChanged, this, [this, ownStack] { m_undoGroup->setActiveStack(ownStack); });
    m_ownEditor = CriterionEditor::create(*criterion, m_ownBox);
    // The editor's keys, as in the workbench: on your answer and on the task's responses.
    m_ownEditor->createActions(m_taskView);
    connect(m_ownEditor, &CriterionEditor::message, this, &AdjudicationWindow::say);
    m_ownLayout->addWidget(m_ownEditor);
    m_ownEditor->setSession(m_scratch.get());
    connect(m_scratch.get(), &AnnotationSession::answerChanged, this, [this] {
        if (m_ownEditor)
            m_ownEditor->refresh();
        updateOverlays();
    });
    updateOverlays();
    selectAnnotator(0);
    followFocus(QApplication::focusWidget());
}

void AdjudicationWindow::followFocus(QWidget *now)
{
    if (!now || now->window() != this)
        return;
    const bool own = m_scratch && (m_ownBox->isAncestorOf(now) || m_taskView->isAncestorOf(now));
    m_undoGroup->setActiveStack(own ? m_scratch->undoStack() : &m_undo);
}

void AdjudicationWindow::updateOverlays()
{
    const Criterion *criterion = m_rubric.criterion(m_criterionKey);
    const QList<GivenAnswer> people = criterion ? givenAnswers(m_annotations, *criterion) : QList<GivenAnswer>();
    for (int i = 0; i < m_taskView->responseCount(); ++i) {
        ResponseView *view = m_taskView->responseView(i);
        const QString responseId = m_task.responses[i].id;
        QList<Span> spans;
        QHash<QString, SpanStyle> styles;
        QStringList notes;
        if (criterion && criterion->per == Scope::Response) {
            for (const GivenAnswer &person : people) {
                const Annotation &a = *person.annotation;
                const AnswerValue &given = person.value;
                const QColor &c = person.colour;
                const AnswerValue value = given.response(responseId);
                if (criterion->kind == CriterionKind::Spans) {
                    for (const Span &s : value.spans().value_or(QList<Span>())) {
                        const QString key = a.annotator + u'\x1f' + s.label;
                        spans << Span{s.start, s.end, key};
                        const Option *label = criterion->label(s.label);
                        styles.insert(key, SpanStyle{a.annotator + u" · " + (label ? label->name : s.label), c, {}});
                    }
                } else if (given.responses().contains(responseId)) {
                    notes << QStringLiteral("%1 %2").arg(a.annotator, describeResponseAnswer(*criterion, value));
                }
            }
            if (criterion->kind == CriterionKind::Spans && m_scratch) {
                for (const Span &s : m_scratch->spans(m_criterionKey, responseId)) {
                    const QString key = u"\x1f" + s.label;
                    spans << Span{s.start, s.end, key};
                    const Option *label = criterion->label(s.label);
                    styles.insert(key,
                        SpanStyle{tr("your answer · %1").arg(label ? label->name : s.label),
                            QColor(label ? label->color : QStringLiteral("#808080")), {}});
                }
            }
        }
        if (view)
            view->setSpans(spans, styles);
        m_taskView->setResponseNote(i, notes.join(QStringLiteral(" · ")));
    }
}

void AdjudicationWindow::updateDecisionLabel()
{
    const QString criterion = m_criterionKey;
    auto decision = m_project->adjudications().get(m_taskId, criterion);
    if (!decision || !decision.value()) {
        m_decision->setText(tr("Not decided yet."));
        return;
    }
    const Adjudication &d = *decision.value();
    QString what;
    if (criterion.isEmpty()) {
        what = tr("Escalation resolved");
    } else if (const Criterion *c = m_rubric.criterion(criterion)) {
        what = describeAnswer(*c, m_task, answers::get(d, *c));
    }
    const QString source = d.source == DecisionSource::Annotator ? tr("accepted from %1").arg(d.sourceAnnotator)
                                                                 : tr("written by the lead");
    m_decision->setText(tr("Decided: %1 — %2, by %3").arg(what, source, d.decidedBy));
}

QStringList AdjudicationWindow::selectedAnnotators() const
{
    QStringList people;
    const QList<QTableWidgetItem *> items = m_answers->selectedItems();
    for (const QTableWidgetItem *item : items) {
        if (item->column() == 0)
            people << item->data(Qt::UserRole).toString();
    }
    return people;
}

bool AdjudicationWindow::decide(Adjudication decision, const QString &undoText)
{
    decision.taskId = m_taskId;
    decision.criterion = m_criterionKey;
    decision.rationale = m_rationale->toPlainText().trimmed();
    decision.example = m_example->isChecked();
    decision.decidedBy = m_person;
    if (auto checked = checkDecision(m_rubric, m_task, m_annotations, decision); !checked) {
        say(checked.error().message, true);
        if (checked.error().message.contains(tr("rationale")))
            m_rationale->setFocus();
        return false;
    }
    auto previous = m_project->adjudications().get(m_taskId, m_criterionKey);
    m_undo.push(new DecideCommand(
        *m_project, decision, previous ? previous.value() : std::nullopt,
        [this](const QString &error) { afterChange(error); }, undoText));
    return !m_failed;
}

void AdjudicationWindow::afterChange(const QString &error)
{
    m_failed = !error.isEmpty();
    if (m_failed) {
        say(error, true);
        return;
    }
    // Mark every entry whose decision state changed; keep the row in place.
    for (const QueueEntry &e : m_model->entries()) {
        auto d = m_project->adjudications().get(e.taskId, e.criterion);
        m_model->setDecided(e.taskId, e.criterion, d && d.value().has_value());
    }
    updateDecisionLabel();
    say(tr("Saved."));
    emit decisionsChanged();
}

bool AdjudicationWindow::acceptSelected()
{
    if (m_criterionKey.isEmpty())
        return false;
    const QStringList people = selectedAnnotators();
    if (people.size() != 1) {
        say(tr("Select one person's answer to accept"), true);
        return false;
    }
    for (const Annotation &a : m_annotations) {
        if (a.annotator != people.first())
            continue;
        Adjudication d;
        if (const Criterion *criterion = m_rubric.criterion(m_criterionKey))
            answers::set(d, answers::get(a, *criterion));
        d.source = DecisionSource::Annotator;
        d.sourceAnnotator = a.annotator;
        return decide(d, tr("Accept %1's answer on %2").arg(a.annotator, m_taskId));
    }
    return false;
}

bool AdjudicationWindow::decideWithOwnAnswer()
{
    if (!m_scratch || m_criterionKey.isEmpty())
        return false;
    Adjudication d;
    answers::set(d, m_scratch->value(m_criterionKey));
    d.source = DecisionSource::Lead;
    return decide(d, tr("Decide %1 on %2").arg(m_rubric.criterion(m_criterionKey)->title, m_taskId));
}

void AdjudicationWindow::startOwnFromSelected()
{
    const QStringList people = selectedAnnotators();
    if (!m_scratch || people.isEmpty())
        return;
    for (const Annotation &a : m_annotations) {
        if (a.annotator == people.first()) {
            m_scratch->adoptAnswer(m_criterionKey, answers::get(a, *m_rubric.criterion(m_criterionKey)), a.annotator);
            break;
        }
    }
    if (m_ownEditor)
        m_ownEditor->focusEditor();
}

void AdjudicationWindow::mergeSelectedSpans()
{
    const Criterion *criterion = m_rubric.criterion(m_criterionKey);
    if (!m_scratch || !criterion || criterion->kind != CriterionKind::Spans)
        return;
    const QStringList people = selectedAnnotators();
    QList<AnswerValue> chosen;
    QStringList from;
    for (const Annotation &a : m_annotations) {
        if (people.contains(a.annotator)) {
            chosen << answers::get(a, *criterion);
            from << a.annotator;
        }
    }
    m_scratch->mergeSpans(m_criterionKey, chosen, from);
    say(tr("Your answer now holds the spans of %1; remove what does not belong, then decide.").arg(people.join(u", ")));
}

bool AdjudicationWindow::resolveEscalation()
{
    if (!m_criterionKey.isEmpty() || m_taskId.isEmpty())
        return false;
    const QString note = m_rationale->toPlainText().trimmed();
    if (note.isEmpty()) {
        say(tr("Say how the escalation was resolved in the rationale"), true);
        m_rationale->setFocus();
        return false;
    }
    Adjudication d;
    d.taskId = m_taskId;
    d.answer = resolvedEscalation();
    d.source = DecisionSource::Lead;
    d.rationale = note;
    d.example = m_example->isChecked();
    d.decidedBy = m_person;
    auto previous = m_project->adjudications().get(m_taskId, {});
    m_undo.push(new DecideCommand(
        *m_project, d, previous ? previous.value() : std::nullopt, [this](const QString &error) { afterChange(error); },
        tr("Resolve the escalation of %1").arg(m_taskId)));
    return true;
}

bool AdjudicationWindow::promoteToGold()
{
    if (m_taskId.isEmpty())
        return false;
    const QString rationale = m_rationale->toPlainText().trimmed();
    if (rationale.isEmpty()) {
        say(tr("Say why these answers are the truth in the rationale before promoting to gold"), true);
        m_rationale->setFocus();
        return false;
    }
    auto gold = goldFromFinal(*m_project, m_task, rule(), m_person, rationale);
    if (!gold) {
        say(gold.error().message, true);
        return false;
    }
    auto previous = m_project->gold().get(m_taskId);
    m_undo.push(new PromoteGoldCommand(
        *m_project, *gold, previous ? previous.value() : std::nullopt, [this](const QString &error) {
            if (error.isEmpty())
                say(tr("Task %1 is gold.").arg(m_taskId));
            else
                say(error, true);
        }));
    return true;
}

bool AdjudicationWindow::exportEdgeCases(const QString &fileName)
{
    auto markdown = edgeCaseCatalogue(*m_project);
    if (!markdown) {
        say(markdown.error().toString(), true);
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown->toUtf8()) < 0 || !file.commit()) {
        say(tr("Cannot write %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    say(tr("Wrote %1").arg(fileName));
    return true;
}

void AdjudicationWindow::closeEvent(QCloseEvent *event)
{
    m_queueJob->abandon();
    m_progress->hide();
    event->accept();
}

} // namespace verdict
