#include "lead/rubriceditor.h"

#include "codecs/rubricjson.h"
#include "commands/editcommand.h"
#include "common/fieldtext.h"
#include "common/undoactions.h"
#include "dialogs/identifiervalidator.h"
#include "domain/rubricdiff.h"
#include "lead/optiontable.h"
#include "lead/taxonomyeditor.h"
#include "store/project.h"
#include "util/timeutil.h"
#include "workbench/texteditfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace verdict {

namespace {

const QList<CriterionKind> kinds{CriterionKind::Ranking, CriterionKind::Rating, CriterionKind::Choice,
    CriterionKind::MultiChoice, CriterionKind::Spans, CriterionKind::Flags, CriterionKind::Text,
    CriterionKind::Rewrite};

QString kindTitle(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Ranking:
        return RubricEditor::tr("Ranking");
    case CriterionKind::Rating:
        return RubricEditor::tr("Rating");
    case CriterionKind::Choice:
        return RubricEditor::tr("Choice");
    case CriterionKind::MultiChoice:
        return RubricEditor::tr("Multiple choice");
    case CriterionKind::Spans:
        return RubricEditor::tr("Spans");
    case CriterionKind::Flags:
        return RubricEditor::tr("Safety flags");
    case CriterionKind::Text:
        return RubricEditor::tr("Text");
    case CriterionKind::Rewrite:
        return RubricEditor::tr("Rewrite");
    }
    return {};
}

// What a new criterion of a kind starts with, so it is valid at once.
Criterion defaultCriterion(CriterionKind kind, const QString &key)
{
    Criterion c;
    c.key = key;
    c.kind = kind;
    c.title = kindTitle(kind);
    c.per = kind == CriterionKind::Rating || kind == CriterionKind::Spans || kind == CriterionKind::Flags
        ? Scope::Response
        : Scope::Task;
    c.required = kind != CriterionKind::Spans && kind != CriterionKind::Flags && kind != CriterionKind::Rewrite;
    switch (kind) {
    case CriterionKind::Rating:
        c.scaleMin = 1;
        c.scaleMax = 5;
        break;
    case CriterionKind::Choice:
    case CriterionKind::MultiChoice:
        c.options = {Option{QStringLiteral("yes"), RubricEditor::tr("Yes"), {}, {}, {}},
            Option{QStringLiteral("no"), RubricEditor::tr("No"), {}, {}, {}}};
        break;
    case CriterionKind::Spans:
        c.labels = {Option{QStringLiteral("issue"), RubricEditor::tr("Issue"), {}, QStringLiteral("#e05a5a"), {}}};
        break;
    case CriterionKind::Flags:
        c.categories = {Option{QStringLiteral("other"), RubricEditor::tr("Other"), {}, {}, {}}};
        c.severities = {Option{QStringLiteral("low"), RubricEditor::tr("Low"), {}, {}, {}},
            Option{QStringLiteral("medium"), RubricEditor::tr("Medium"), {}, {}, {}},
            Option{QStringLiteral("high"), RubricEditor::tr("High"), {}, {}, {}}};
        break;
    default:
        break;
    }
    return c;
}

} // namespace

RubricEditor::RubricEditor(Project *project, const QString &rubricId, const QString &person, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_person(person)
{
    setWindowTitle(tr("Rubric Editor") + QStringLiteral("[*]"));
    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    buildUi();
    Rubric start;
    if (!rubricId.isEmpty()) {
        auto draft = m_project->rubrics().draft(rubricId);
        auto latest = m_project->rubrics().latest(rubricId);
        if (draft && draft.value())
            start = *draft.value();
        else if (latest && latest.value())
            start = *latest.value();
    }
    if (start.id.isEmpty()) {
        start.id = rubricId.isEmpty() ? QStringLiteral("new-rubric") : rubricId;
        start.title = tr("New rubric");
        start.criteria << defaultCriterion(CriterionKind::Ranking, QStringLiteral("overall"));
        start.criteria.first().title = tr("Overall preference");
    }
    load(start);
    resize(1100, 760);
}

void RubricEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *menus = new QMenuBar(this);
    QMenu *edit = menus->addMenu(tr("E&dit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    setUndoRedoKeys(undo, redo);
    edit->addActions({undo, redo});
    layout->setMenuBar(menus);
    auto *identity = new QFormLayout;
    m_id = new QLineEdit(this);
    m_id->setAccessibleName(tr("Rubric id"));
    m_id->setAccessibleDescription(tr("Lowercase letters, digits, '.', '_' or '-'; published versions keep it"));
    m_id->setValidator(new IdentifierValidator(IdentifierKind::Key, m_id));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Rubric title"));
    m_title->setAccessibleDescription(tr("The title trainers see"));
    identity->addRow(tr("Rubric &id:"), m_id);
    identity->addRow(tr("&Title:"), m_title);
    layout->addLayout(identity);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // Criteria: the list on the left, the selected criterion on the right.
    auto *criteriaTab = new QSplitter(Qt::Horizontal, m_tabs);
    auto *listPane = new QWidget(criteriaTab);
    auto *listLayout = new QVBoxLayout(listPane);
    m_criteria = new QListWidget(listPane);
    m_criteria->setAccessibleName(tr("Criteria"));
    m_criteria->setAccessibleDescription(tr("The criteria in the order trainers answer them"));
    listLayout->addWidget(m_criteria, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), listPane);
    add->setAccessibleDescription(tr("Add a criterion of a chosen kind"));
    auto *remove = new QPushButton(tr("Remove"), listPane);
    auto *up = new QPushButton(tr("Up"), listPane);
    auto *down = new QPushButton(tr("Down"), listPane);
    remove->setAccessibleDescription(tr("Removes the selected criterion"));
    up->setAccessibleDescription(tr("Moves the selected criterion up"));
    down->setAccessibleDescription(tr("Moves the selected criterion down"));
    for (QPushButton *b : {add, remove, up, down}) {
        b->setAutoDefault(false);
        listButtons->addWidget(b);
    }
    listLayout->addLayout(listButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        QStringList names;
        for (CriterionKind kind : kinds)
            names << kindTitle(kind);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Add Criterion"), tr("Kind:"), names, 0, false, &ok);
        if (ok)
            addCriterion(kinds.value(names.indexOf(chosen)));
    });
    connect(remove, &QPushButton::clicked, this, &RubricEditor::removeCriterion);
    connect(up, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCriterion(1); });

    auto *form = new QWidget(criteriaTab);
    auto *formLayout = new QFormLayout(form);
    m_key = new QLineEdit(form);
    m_key->setAccessibleName(tr("Criterion key"));
    m_key->setAccessibleDescription(tr("The criterion's key in answers and exports"));
    m_key->setValidator(new IdentifierValidator(IdentifierKind::Key, m_key));
    m_kind = new QComboBox(form);
    m_kind->setAccessibleName(tr("Criterion kind"));
    m_kind->setAccessibleDescription(tr("What kind of answer the criterion asks for"));
    for (CriterionKind kind : kinds)
        m_kind->addItem(kindTitle(kind), int(kind));
    m_per = new QComboBox(form);
    m_per->setAccessibleName(tr("Applies to"));
    m_per->setAccessibleDescription(tr("Answered once for the task, or once for each response"));
    m_per->addItem(tr("The task"), int(Scope::Task));
    m_per->addItem(tr("Each response"), int(Scope::Response));
    m_criterionTitle = new QLineEdit(form);
    m_criterionTitle->setAccessibleName(tr("Criterion title"));
    m_criterionTitle->setAccessibleDescription(tr("The title trainers see above the criterion"));
    m_guidance = new QPlainTextEdit(form);
    m_guidance->setAccessibleName(tr("Guidance"));
    m_guidance->setAccessibleDescription(tr("Markdown shown beside the editor while annotating"));
    m_guidance->setTabChangesFocus(true);
    m_guidance->setMaximumHeight(90);
    m_required = new QCheckBox(tr("&Required to submit"), form);
    m_required->setAccessibleDescription(tr("A task cannot be submitted without this answer"));
    formLayout->addRow(tr("&Key:"), m_key);
    formLayout->addRow(tr("Ki&nd:"), m_kind);
    formLayout->addRow(tr("Applies t&o:"), m_per);
    formLayout->addRow(tr("Titl&e:"), m_criterionTitle);
    formLayout->addRow(tr("&Guidance:"), m_guidance);
    formLayout->addRow(QString(), m_required);
    m_kindPages = new QStackedWidget(form);
    for (CriterionKind kind : kinds)
        m_kindPages->addWidget(kindPage(kind));
    formLayout->addRow(m_kindPages);
    criteriaTab->addWidget(listPane);
    criteriaTab->addWidget(form);
    criteriaTab->setStretchFactor(1, 3);
    m_tabs->addTab(criteriaTab, tr("&Criteria"));

    // Guidelines with a live preview.
    auto *guidelinesTab = new QSplitter(Qt::Horizontal, m_tabs);
    m_guidelines = new QPlainTextEdit(guidelinesTab);
    m_guidelines->setAccessibleName(tr("Guidelines (Markdown)"));
    m_guidelines->setAccessibleDescription(tr("The rubric's guidelines, written in Markdown"));
    m_guidelines->setTabChangesFocus(true);
    m_preview = new QTextBrowser(guidelinesTab);
    m_preview->setAccessibleName(tr("Guidelines preview"));
    m_preview->setAccessibleDescription(tr("The guidelines as trainers will see them"));
    guidelinesTab->addWidget(m_guidelines);
    guidelinesTab->addWidget(m_preview);
    m_tabs->addTab(guidelinesTab, tr("G&uidelines"));

    m_taxonomyEditor = new TaxonomyEditor(m_tabs);
    m_tabs->addTab(m_taxonomyEditor, tr("Ta&xonomies"));

    // Versions and their differences.
    auto *historyTab = new QWidget(m_tabs);
    auto *historyLayout = new QVBoxLayout(historyTab);
    auto *pick = new QHBoxLayout;
    m_from = new QComboBox(historyTab);
    m_from->setAccessibleName(tr("Compare from version"));
    m_from->setAccessibleDescription(tr("The older version of the two compared"));
    m_to = new QComboBox(historyTab);
    m_to->setAccessibleName(tr("Compare to version"));
    m_to->setAccessibleDescription(tr("The newer version of the two compared"));
    auto *fromLabel = new QLabel(tr("&From:"), historyTab);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), historyTab);
    toLabel->setBuddy(m_to);
    pick->addWidget(fromLabel);
    pick->addWidget(m_from);
    pick->addWidget(toLabel);
    pick->addWidget(m_to);
    pick->addStretch(1);
    historyLayout->addLayout(pick);
    m_diff = new QPlainTextEdit(historyTab);
    m_diff->setReadOnly(true);
    m_diff->setAccessibleName(tr("Differences"));
    m_diff->setAccessibleDescription(tr("What changed between the two versions"));
    historyLayout->addWidget(m_diff, 1);
    m_tabs->addTab(historyTab, tr("&Versions"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save Draft"), QDialogButtonBox::ActionRole);
    save->setShortcut(QKeySequence::Save);
    save->setAccessibleDescription(tr("Keeps the draft (Ctrl+S)"));
    auto *publishButton = buttons->addButton(tr("&Publish…"), QDialogButtonBox::ActionRole);
    publishButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    publishButton->setAccessibleDescription(tr("Publishes the draft as the next version (Ctrl+Shift+P)"));
    buttons->addButton(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes the editor; the draft is kept"));
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &RubricEditor::saveDraft);
    connect(publishButton, &QPushButton::clicked, this, &RubricEditor::askToPublish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(600);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_problem.isEmpty() && !m_undo->isClean())
            saveDraft();
    });

    // Every edit of the form is a command.
    const auto typing = [this](QLineEdit *edit, const QString &undoText) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit, undoText] { edited(undoText, edit); });
    };
    typing(m_id, tr("Edit the rubric id"));
    typing(m_title, tr("Edit the rubric title"));
    typing(m_key, tr("Edit the criterion key"));
    typing(m_criterionTitle, tr("Edit the criterion title"));
    connect(m_guidance, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit the guidance"), m_guidance); });
    connect(
        m_guidelines, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit the guidelines"), m_guidelines); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || m_current < 0)
            return;
        const auto kind = CriterionKind(m_kind->currentData().toInt());
        const Criterion &old = m_rubric.criteria[m_current];
        if (old.kind == kind)
            return;
        Criterion fresh = defaultCriterion(kind, old.key);
        fresh.title = old.title;
        fresh.guidance = old.guidance;
        Rubric rubric = m_rubric;
        rubric.criteria[m_current] = fresh;
        commit(std::move(rubric), m_current, tr("Change the kind of the criterion"));
    });
    connect(
        m_per, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Change what the criterion applies to")); });
    connect(m_required, &QCheckBox::toggled, this, [this] { edited(tr("Change whether the criterion is required")); });
    for (QSpinBox *spin : {m_scaleMin, m_scaleMax})
        connect(spin, &QSpinBox::valueChanged, this, [this] { edited(tr("Change the scale")); });
    connect(m_minLength, &QSpinBox::valueChanged, this, [this] { edited(tr("Change the minimum length")); });
    const QList<std::pair<OptionTable *, QString>> tables{{m_anchors, tr("Edit the anchors")},
        {m_options, tr("Edit the options")}, {m_labels, tr("Edit the span labels")},
        {m_categories, tr("Edit the safety categories")}, {m_severities, tr("Edit the severities")}};
    for (const auto &[table, undoText] : tables)
        connect(table, &OptionTable::changed, this, [this, undoText] { edited(undoText); });
    connect(m_taxonomyEditor, &TaxonomyEditor::changed, this, &RubricEditor::edited);
    // Ctrl+Z undoes in the editor, not in the field alone.
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_id, m_title, m_key, m_criterionTitle, m_guidance, m_guidelines, m_scaleMin, m_scaleMax, m_minLength})
        TextEditFilter::install(field);
    connect(m_criteria, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            showCriterion(row);
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &RubricEditor::showDifferences);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RubricEditor::showDifferences);
}

QWidget *RubricEditor::kindPage(CriterionKind kind)
{
    auto *page = new QWidget(this);
    auto *layout = new QFormLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (kind) {
    case CriterionKind::Rating:
        m_scaleMin = new QSpinBox(page);
        m_scaleMax = new QSpinBox(page);
        for (QSpinBox *spin : {m_scaleMin, m_scaleMax})
            spin->setRange(-100, 100);
        m_scaleMin->setAccessibleName(tr("Lowest point"));
        m_scaleMax->setAccessibleName(tr("Highest point"));
        m_scaleMin->setAccessibleDescription(tr("The lowest score of the scale"));
        m_scaleMax->setAccessibleDescription(tr("The highest score of the scale"));
        m_anchors = new OptionTable(OptionTable::Mode::Anchors, tr("Anchor text for each point"), page);
        layout->addRow(tr("&Lowest:"), m_scaleMin);
        layout->addRow(tr("&Highest:"), m_scaleMax);
        layout->addRow(tr("Anchors:"), m_anchors);
        break;
    case CriterionKind::Choice:
        m_options = new OptionTable(OptionTable::Mode::Options, tr("Options"), page);
        layout->addRow(tr("Options:"), m_options);
        break;
    case CriterionKind::MultiChoice:
        break; // shows the choice page: the same options table serves both
    case CriterionKind::Spans:
        m_labels = new OptionTable(OptionTable::Mode::SpanLabels, tr("Span labels"), page);
        layout->addRow(tr("Labels:"), m_labels);
        break;
    case CriterionKind::Flags:
        m_categories = new OptionTable(OptionTable::Mode::Named, tr("Safety categories"), page);
        m_severities = new OptionTable(OptionTable::Mode::Named, tr("Severities, least severe first"), page);
        layout->addRow(tr("Categories:"), m_categories);
        layout->addRow(tr("Severities:"), m_severities);
        break;
    case CriterionKind::Text:
        m_minLength = new QSpinBox(page);
        m_minLength->setRange(0, 10000);
        m_minLength->setAccessibleName(tr("Minimum length in characters"));
        m_minLength->setAccessibleDescription(tr("An answer shorter than this cannot be submitted"));
        layout->addRow(tr("&Minimum length:"), m_minLength);
        break;
    case CriterionKind::Ranking:
        layout->addRow(new QLabel(tr("Trainers order the responses, best first; ties are allowed."), page));
        break;
    case CriterionKind::Rewrite:
        layout->addRow(new QLabel(tr("Trainers write an ideal response, starting from one of the responses."), page));
        break;
    }
    return page;
}

void RubricEditor::load(const Rubric &rubric)
{
    m_loading = true;
    m_rubric = rubric;
    m_id->setText(rubric.id);
    // Published versions keep their id: a new id is a new rubric.
    auto latest = m_project->rubrics().latest(rubric.id);
    m_id->setReadOnly(latest && latest.value());
    m_title->setText(rubric.title);
    m_guidelines->setPlainText(rubric.guidelines);
    m_preview->setMarkdown(rubric.guidelines);
    m_taxonomyEditor->setTaxonomies(rubric.taxonomies);
    m_current = -1;
    m_loading = false;
    refreshList();
    selectCriterion(0);
    refreshVersions();
    validate();
    m_autosave->stop(); // loading is not an edit
}

void RubricEditor::refreshList()
{
    m_loading = true;
    const int row = m_current;
    m_criteria->clear();
    for (const Criterion &c : m_rubric.criteria)
        m_criteria->addItem(QStringLiteral("%1 — %2").arg(c.title, kindTitle(c.kind)));
    m_criteria->setCurrentRow(row);
    m_loading = false;
}

void RubricEditor::selectCriterion(int row)
{
    m_criteria->setCurrentRow(row);
    showCriterion(row);
}

void RubricEditor::showCriterion(int row)
{
    m_current = row >= 0 && row < m_rubric.criteria.size() ? row : -1;
    const bool loading = m_loading;
    m_loading = true;
    const Criterion c = m_current >= 0 ? m_rubric.criteria[m_current] : Criterion();
    setFieldText(m_key, c.key);
    m_kind->setCurrentIndex(int(kinds.indexOf(c.kind)));
    m_per->setCurrentIndex(c.per == Scope::Task ? 0 : 1);
    setFieldText(m_criterionTitle, c.title);
    setFieldText(m_guidance, c.guidance);
    m_required->setChecked(c.required);
    m_scaleMin->setValue(c.scaleMin);
    m_scaleMax->setValue(c.scaleMax);
    m_anchors->setAnchors(c.anchors);
    m_options->setOptions(c.options);
    m_labels->setOptions(c.labels);
    m_categories->setOptions(c.categories);
    m_severities->setOptions(c.severities);
    m_minLength->setValue(c.minLength);
    m_kindPages->setCurrentIndex(
        int(kinds.indexOf(c.kind == CriterionKind::MultiChoice ? CriterionKind::Choice : c.kind)));
    // Ranking and rewrite apply to the task, spans to each response.
    m_per->setEnabled(
        c.kind != CriterionKind::Ranking && c.kind != CriterionKind::Rewrite && c.kind != CriterionKind::Spans);
    for (QWidget *w : std::initializer_list<QWidget *>{m_key, m_kind, m_per, m_criterionTitle, m_guidance, m_required})
        w->setEnabled(m_current >= 0 && (w != m_per || m_per->isEnabled()));
    m_loading = loading;
}

Rubric RubricEditor::formRubric() const
{
    Rubric rubric = m_rubric;
    rubric.id = m_id->text().trimmed();
    rubric.title = m_title->text().trimmed();
    rubric.guidelines = m_guidelines->toPlainText();
    rubric.taxonomies = m_taxonomyEditor->taxonomies();
    if (m_current < 0)
        return rubric;
    Criterion &c = rubric.criteria[m_current];
    c.key = m_key->text().trimmed();
    c.per = Scope(m_per->currentData().toInt());
    c.title = m_criterionTitle->text().trimmed();
    c.guidance = m_guidance->toPlainText().trimmed();
    c.required = m_required->isChecked();
    switch (c.kind) {
    case CriterionKind::Rating:
        c.scaleMin = m_scaleMin->value();
        c.scaleMax = m_scaleMax->value();
        c.anchors = m_anchors->anchors();
        break;
    case CriterionKind::Choice:
    case CriterionKind::MultiChoice:
        c.options = m_options->options();
        break;
    case CriterionKind::Spans:
        c.labels = m_labels->options();
        break;
    case CriterionKind::Flags:
        c.categories = m_categories->options();
        c.severities = m_severities->options();
        break;
    case CriterionKind::Text:
        c.minLength = m_minLength->value();
        break;
    case CriterionKind::Ranking:
    case CriterionKind::Rewrite:
        break;
    }
    return rubric;
}

void RubricEditor::edited(const QString &undoText, QWidget *typedIn)
{
    if (!m_loading)
        commit(formRubric(), m_current, undoText, typedIn);
}

void RubricEditor::commit(Rubric rubric, int criterion, const QString &undoText, QWidget *typedIn)
{
    Snapshot before = snapshot();
    Snapshot after{std::move(rubric), criterion, m_taxonomyEditor->currentRow(), m_tabs->currentIndex()};
    if (after.sameContent(before))
        return;
    // Typing merges within one field of one criterion or taxonomy.
    const QString field = typedIn
        ? QStringLiteral("%1/%2/%3").arg(quintptr(typedIn)).arg(m_current).arg(m_taxonomyEditor->currentRow())
        : QString();
    m_undo->push(new EditCommand<Snapshot>([this](const Snapshot &s) { showSnapshot(s); }, std::move(before),
        std::move(after), undoText, field, fieldText(typedIn)));
}

RubricEditor::Snapshot RubricEditor::snapshot() const
{
    return Snapshot{m_rubric, m_current, m_taxonomyEditor->currentRow(), m_tabs->currentIndex()};
}

void RubricEditor::showSnapshot(const Snapshot &snapshot)
{
    const Rubric &next = snapshot.rubric;
    const bool shown = snapshot.criterion == m_current && formRubric().sameContent(next);
    const bool guidelinesChanged = next.guidelines != m_rubric.guidelines;
    // The content only: the version and status stay what the store last said.
    m_rubric.id = next.id;
    m_rubric.title = next.title;
    m_rubric.guidelines = next.guidelines;
    m_rubric.criteria = next.criteria;
    m_rubric.taxonomies = next.taxonomies;
    if (!shown) {
        m_loading = true;
        setFieldText(m_id, next.id);
        setFieldText(m_title, next.title);
        setFieldText(m_guidelines, next.guidelines);
        if (m_taxonomyEditor->taxonomies() != next.taxonomies) {
            m_taxonomyEditor->setTaxonomies(next.taxonomies);
            m_taxonomyEditor->selectTaxonomy(std::min(snapshot.taxonomy, int(next.taxonomies.size()) - 1));
        }
        m_loading = false;
        m_current = std::min(snapshot.criterion, int(next.criteria.size()) - 1);
        refreshList();
        selectCriterion(m_current);
        m_tabs->setCurrentIndex(snapshot.tab);
    }
    if (guidelinesChanged)
        m_preview->setMarkdown(m_rubric.guidelines);
    validate();
}

void RubricEditor::validate()
{
    if (m_current >= 0 && m_criteria->item(m_current)) {
        const Criterion &c = m_rubric.criteria[m_current];
        m_criteria->item(m_current)->setText(QStringLiteral("%1 — %2").arg(c.title, kindTitle(c.kind)));
    }
    // The reader is the judge of what a valid rubric is.
    const auto checked = rubricjson::check(m_rubric);
    m_problem = checked ? QString() : checked.error().field + u": " + checked.error().message;
    m_status->setText(m_problem.isEmpty()
            ? tr("Valid. Edits are kept as the draft of %1 as you make them.").arg(m_rubric.id)
            : tr("Not saved: %1").arg(m_problem));
    m_autosave->start();
}

bool RubricEditor::isModified() const
{
    return !m_undo->isClean();
}

void RubricEditor::addCriterion(CriterionKind kind)
{
    Rubric rubric = m_rubric;
    int n = int(rubric.criteria.size()) + 1;
    QString key;
    do {
        key = QStringLiteral("criterion-%1").arg(n++);
    } while (rubric.criterion(key));
    const int row = m_current + 1;
    rubric.criteria.insert(row, defaultCriterion(kind, key));
    commit(std::move(rubric), row, tr("Add a criterion"));
    m_criterionTitle->setFocus();
    m_criterionTitle->selectAll();
}

void RubricEditor::removeCriterion()
{
    if (m_current < 0 || m_rubric.criteria.size() <= 1)
        return;
    Rubric rubric = m_rubric;
    rubric.criteria.removeAt(m_current);
    commit(std::move(rubric), std::min(m_current, int(rubric.criteria.size()) - 1), tr("Remove a criterion"));
}

void RubricEditor::moveCriterion(int delta)
{
    const int target = m_current + delta;
    if (m_current < 0 || target < 0 || target >= m_rubric.criteria.size())
        return;
    Rubric rubric = m_rubric;
    rubric.criteria.swapItemsAt(m_current, target);
    commit(std::move(rubric), target, tr("Move a criterion"));
}

bool RubricEditor::saveDraft()
{
    if (!m_problem.isEmpty())
        return false;
    auto saved = m_project->rubrics().saveDraft(m_rubric);
    if (!saved) {
        m_status->setText(tr("Not saved: %1").arg(saved.error().toString()));
        return false;
    }
    m_rubric.version = saved->version;
    m_rubric.status = RubricStatus::Draft;
    m_undo->setClean();
    m_status->setText(tr("Draft of %1, version %2: saved").arg(m_rubric.id).arg(m_rubric.version));
    refreshVersions();
    return true;
}

bool RubricEditor::publish(const QString &changelog)
{
    m_autosave->stop();
    if (!saveDraft()) {
        QMessageBox::warning(this, tr("Cannot publish"), m_problem.isEmpty() ? m_status->text() : m_problem);
        return false;
    }
    auto outcome = m_project->rubrics().publish(m_rubric, changelog, m_person);
    if (!outcome) {
        QMessageBox::warning(this, tr("Cannot publish"), outcome.error().toString());
        return false;
    }
    m_rubric = outcome->rubric;
    // A published version never changes: what comes next is a new draft.
    m_undo->clear();
    m_status->setText(outcome->created ? tr("Published %1 version %2").arg(m_rubric.id).arg(m_rubric.version)
                                       : tr("Unchanged: version %1 already has this content").arg(m_rubric.version));
    m_id->setReadOnly(true);
    refreshVersions();
    emit published(m_rubric.id, m_rubric.version);
    return true;
}

void RubricEditor::askToPublish()
{
    bool ok = false;
    const QString changelog = QInputDialog::getText(this, tr("Publish Rubric"),
        tr("What changed in this version (kept with it):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        publish(changelog.trimmed());
}

void RubricEditor::refreshVersions()
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    auto all = m_project->rubrics().all();
    if (all) {
        for (const Rubric &r : *all) {
            if (r.id != m_rubric.id)
                continue;
            const QString label = r.status == RubricStatus::Published
                ? tr("Version %1 (%2)").arg(r.version).arg(isoTime(r.publishedAt))
                : tr("Draft (version %1)").arg(r.version);
            m_from->addItem(label, r.status == RubricStatus::Published ? r.version : 0);
            m_to->addItem(label, r.status == RubricStatus::Published ? r.version : 0);
        }
    }
    // The rubric as edited is a draft unless it was just published unchanged.
    if (m_to->findData(0) < 0 && m_rubric.status != RubricStatus::Published) {
        m_from->addItem(tr("This draft"), 0);
        m_to->addItem(tr("This draft"), 0);
    }
    m_from->setCurrentIndex(std::max(0, m_from->count() - 2));
    m_to->setCurrentIndex(m_to->count() - 1);
    showDifferences();
}

QStringList RubricEditor::differences(int from, int to) const
{
    const auto version = [this](int v) -> std::optional<Rubric> {
        if (v == 0)
            return m_rubric;
        auto r = m_project->rubrics().get(m_rubric.id, v);
        return r ? r.value() : std::nullopt;
    };
    const auto a = version(from);
    const auto b = version(to);
    if (!a || !b)
        return {};
    QStringList lines;
    for (const RubricChange &change : diffRubrics(*a, *b)) {
        switch (change.op) {
        case RubricChange::Op::Added:
            lines << QStringLiteral("+ %1: %2").arg(change.path, change.toText(90));
            break;
        case RubricChange::Op::Removed:
            lines << QStringLiteral("- %1: %2").arg(change.path, change.fromText(90));
            break;
        case RubricChange::Op::Changed:
            lines << QStringLiteral("~ %1: %2 → %3").arg(change.path, change.fromText(90), change.toText(90));
            break;
        }
    }
    return lines;
}

void RubricEditor::showDifferences()
{
    if (m_from->count() == 0)
        return;
    const QStringList lines = differences(m_from->currentData().toInt(), m_to->currentData().toInt());
    m_diff->setPlainText(lines.isEmpty() ? tr("No differences.") : lines.join(u'\n'));
}

} // namespace verdict
