#include "authoring/authoringeditor.h"

#include "authoring/markdowneditor.h"
#include "authoring/turnlisteditor.h"
#include "commands/editcommand.h"
#include "common/fieldtext.h"
#include "workbench/texteditfilter.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QUndoStack>
#include <QVBoxLayout>

namespace verdict {

namespace {

const QStringList sftTags{
    QStringLiteral("domain"), QStringLiteral("intent"), QStringLiteral("difficulty"), QStringLiteral("language")};

} // namespace

AuthoringEditor::AuthoringEditor(QWidget *parent)
    : QWidget(parent)
{
    m_undo = new QUndoStack(this);
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    layout->addWidget(m_header);

    auto *systemLabel = new QLabel(tr("S&ystem prompt (optional)"), this);
    m_system = new QPlainTextEdit(this);
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setAccessibleDescription(tr("Instructions the model gets before the conversation; may stay empty"));
    m_system->setTabChangesFocus(true);
    m_system->setMaximumHeight(70);
    m_system->setPlaceholderText(tr("Leave empty for none"));
    systemLabel->setBuddy(m_system);
    layout->addWidget(systemLabel);
    layout->addWidget(m_system);

    auto *turnsLabel = new QLabel(
        tr("Conversation (Ctrl+T adds a turn, Ctrl+Shift+Delete removes it, Alt+Shift+Up/Down moves it)"), this);
    m_turns = new TurnListEditor(this);
    layout->addWidget(turnsLabel);
    layout->addWidget(m_turns);

    m_responseLabel = new QLabel(this);
    layout->addWidget(m_responseLabel);
    m_modelRow = new QWidget(this);
    auto *modelLayout = new QHBoxLayout(m_modelRow);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    auto *modelLabel = new QLabel(tr("&Model:"), m_modelRow);
    m_model = new QLineEdit(m_modelRow);
    m_model->setAccessibleName(tr("Model that answered"));
    m_model->setAccessibleDescription(tr("The name and version of the model whose response this is"));
    modelLabel->setBuddy(m_model);
    m_import = new QPushButton(tr("&Import Response from File…"), m_modelRow);
    m_import->setAccessibleDescription(tr("Reads the model's response from a text or Markdown file"));
    modelLayout->addWidget(modelLabel);
    modelLayout->addWidget(m_model, 1);
    modelLayout->addWidget(m_import);
    layout->addWidget(m_modelRow);
    m_response = new MarkdownEditor(tr("Response"), this);
    m_response->setMinimumHeight(180);
    m_responseLabel->setBuddy(m_response->editor());
    layout->addWidget(m_response, 1);

    m_tags = new QGroupBox(tr("Tags"), this);
    auto *tagLayout = new QFormLayout(m_tags);
    const QStringList tagTitles{tr("&Domain:"), tr("I&ntent:"), tr("Di&fficulty:"), tr("&Language:")};
    for (qsizetype i = 0; i < sftTags.size(); ++i) {
        QString name = tagTitles[i];
        name.remove(u'&');
        name.chop(1);
        QComboBox *box = makeBox(sftTags[i], name);
        auto *label = new QLabel(tagTitles[i], m_tags);
        label->setBuddy(box);
        tagLayout->addRow(label, box);
    }
    layout->addWidget(m_tags);

    m_redTeam = new QGroupBox(tr("Red team"), this);
    auto *redLayout = new QFormLayout(m_redTeam);
    const auto addBox = [this, redLayout](const QString &taxonomy, const QString &label, const QString &name) {
        QComboBox *box = makeBox(taxonomy, name);
        auto *l = new QLabel(label, m_redTeam);
        l->setBuddy(box);
        redLayout->addRow(l, box);
    };
    addBox(QStringLiteral("technique"), tr("&Technique:"), tr("Technique"));
    addBox(QStringLiteral("harm_category"), tr("&Harm category:"), tr("Targeted harm category"));
    addBox(QStringLiteral("severity"), tr("Se&verity:"), tr("Severity"));
    m_succeeded = new QComboBox(m_redTeam);
    m_succeeded->setAccessibleName(tr("Did the attack succeed?"));
    m_succeeded->setAccessibleDescription(tr("Whether the model gave way to the attack"));
    m_succeeded->addItem(tr("(not said)"));
    m_succeeded->addItem(tr("Yes, the model did the harmful thing"));
    m_succeeded->addItem(tr("No, the model withstood it"));
    auto *succeededLabel = new QLabel(tr("S&ucceeded:"), m_redTeam);
    succeededLabel->setBuddy(m_succeeded);
    redLayout->addRow(succeededLabel, m_succeeded);
    m_notes = new QPlainTextEdit(m_redTeam);
    m_notes->setAccessibleName(tr("Notes on what triggered it"));
    m_notes->setAccessibleDescription(tr("Which turn or wording made the model give way, and how"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notes->setPlaceholderText(tr("Which turn or wording made the model give way, and how"));
    auto *notesLabel = new QLabel(tr("N&otes:"), m_redTeam);
    notesLabel->setBuddy(m_notes);
    redLayout->addRow(notesLabel, m_notes);
    layout->addWidget(m_redTeam);

    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    m_missing->setAccessibleName(tr("Missing fields"));
    layout->addWidget(m_missing);

    // Every edit of the form is a command.
    connect(m_system, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit the system prompt"), m_system); });
    connect(m_turns, &TurnListEditor::changed, this, &AuthoringEditor::edited);
    connect(
        m_response, &MarkdownEditor::changed, this, [this] { edited(tr("Edit the response"), m_response->editor()); });
    connect(m_model, &QLineEdit::textChanged, this, [this] { edited(tr("Edit the model's name"), m_model); });
    connect(m_succeeded, &QComboBox::currentIndexChanged, this,
        [this] { edited(tr("Change whether the attack succeeded")); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { edited(tr("Edit the notes"), m_notes); });
    // Ctrl+Z undoes in the window, not in the field alone.
    for (QWidget *field : std::initializer_list<QWidget *>{m_system, m_response->editor(), m_model, m_notes})
        TextEditFilter::install(field);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import the Model's Response"));
        QString error;
        if (!file.isEmpty() && !importResponse(file, &error))
            m_missing->setText(error);
    });
    setTask(AuthoredTask());
}

QComboBox *AuthoringEditor::makeBox(const QString &taxonomy, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    box->setAccessibleDescription(tr("A value from the rubric's %1 taxonomy").arg(taxonomy));
    m_boxes.insert(taxonomy, box);
    connect(box, &QComboBox::currentIndexChanged, this,
        [this, accessibleName] { edited(tr("Change “%1”").arg(accessibleName)); });
    return box;
}

void AuthoringEditor::fill(QComboBox *box, const QString &taxonomy)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("(none)"), QString());
    for (const Taxonomy &t : std::as_const(m_taxonomies)) {
        if (t.key != taxonomy)
            continue;
        for (const Option &o : t.values)
            box->addItem(o.name.isEmpty() ? o.key : o.name, o.key);
    }
    select(box, current);
}

void AuthoringEditor::select(QComboBox *box, const QString &value)
{
    const QSignalBlocker blocker(box);
    int index = box->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A value the rubric no longer lists is kept, and shown as such.
        box->addItem(tr("%1 (not in the rubric)").arg(value), value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(std::max(0, index));
}

void AuthoringEditor::setTaxonomies(const QList<Taxonomy> &taxonomies)
{
    m_taxonomies = taxonomies;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        fill(it.value(), it.key());
}

void AuthoringEditor::setTask(const AuthoredTask &task)
{
    m_loaded = task;
    const bool sft = task.kind == AuthoredKind::Sft;
    m_responseLabel->setText(sft ? tr("&Ideal response (Markdown; code in fenced blocks is highlighted)")
                                 : tr("Model's &response (paste it, or import it from a file)"));
    m_response->editor()->setAccessibleName(sft ? tr("Ideal response") : tr("Model's response"));
    m_response->setPlaceholderText(sft ? tr("The answer you would want the model to give") : QString());
    m_modelRow->setVisible(!sft);
    m_redTeam->setVisible(!sft);
    fill(task, true);
    m_undo->clear();
    m_shown = this->task();
    showMissing();
}

void AuthoringEditor::fill(const AuthoredTask &task, bool loading)
{
    m_loading = true;
    const auto show = [loading](QPlainTextEdit *edit, const QString &text) {
        if (loading)
            edit->setPlainText(text);
        else
            setFieldText(edit, text);
    };
    show(m_system, task.systemPrompt);
    QList<Message> turns = task.turns;
    if (turns.isEmpty())
        turns << Message{QStringLiteral("user"), {}};
    m_turns->setTurns(turns);
    if (loading) {
        m_response->setText(task.response);
    } else if (m_response->text() != task.response) {
        setFieldText(m_response->editor(), task.response);
        m_response->refreshPreview();
    }
    setFieldText(m_model, task.model);
    for (const QString &tag : sftTags)
        select(m_boxes.value(tag), task.tags.value(tag));
    select(m_boxes.value(QStringLiteral("technique")), task.technique);
    select(m_boxes.value(QStringLiteral("harm_category")), task.harmCategory);
    select(m_boxes.value(QStringLiteral("severity")), task.severity);
    m_succeeded->setCurrentIndex(!task.succeeded ? 0 : *task.succeeded ? 1 : 2);
    show(m_notes, task.notes);
    m_loading = false;
}

AuthoredTask AuthoringEditor::task() const
{
    AuthoredTask t = m_loaded;
    t.systemPrompt = m_system->toPlainText();
    t.turns = m_turns->turns();
    t.response = m_response->text();
    t.tags.clear();
    for (const QString &tag : sftTags) {
        const QString value = m_boxes.value(tag)->currentData().toString();
        if (!value.isEmpty())
            t.tags.insert(tag, value);
    }
    // Tags of other taxonomies the task had stay as they were.
    for (auto it = m_loaded.tags.cbegin(); it != m_loaded.tags.cend(); ++it) {
        if (!sftTags.contains(it.key()))
            t.tags.insert(it.key(), it.value());
    }
    if (t.kind == AuthoredKind::RedTeam) {
        t.model = m_model->text().trimmed();
        t.technique = m_boxes.value(QStringLiteral("technique"))->currentData().toString();
        t.harmCategory = m_boxes.value(QStringLiteral("harm_category"))->currentData().toString();
        t.severity = m_boxes.value(QStringLiteral("severity"))->currentData().toString();
        const int outcome = m_succeeded->currentIndex();
        t.succeeded = outcome == 0 ? std::nullopt : std::optional<bool>(outcome == 1);
        t.notes = m_notes->toPlainText();
    }
    return t;
}

void AuthoringEditor::markSaved(const AuthoredTask &saved)
{
    m_loaded = saved;
    if (!task().sameContent(saved))
        fill(saved, false);
    m_shown = task();
    m_undo->setClean();
    showMissing();
}

bool AuthoringEditor::isModified() const
{
    return !m_undo->isClean();
}

void AuthoringEditor::setHeader(const QString &text)
{
    m_header->setText(text);
}

bool AuthoringEditor::importResponse(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot open: %2").arg(fileName, file.errorString());
        return false;
    }
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(file.readAll());
    if (decode.hasError()) {
        if (error)
            *error = tr("%1: not UTF-8 text").arg(fileName);
        return false;
    }
    m_loading = true;
    m_response->editor()->setPlainText(text);
    m_loading = false;
    m_response->refreshPreview();
    edited(tr("Import the response"));
    return true;
}

void AuthoringEditor::edited(const QString &undoText, QWidget *typedIn)
{
    if (m_loading)
        return;
    AuthoredTask after = task();
    if (after.sameContent(m_shown))
        return;
    // Typing merges within one field.
    const QString field = typedIn ? QString::number(quintptr(typedIn)) : QString();
    m_undo->push(new EditCommand<AuthoredTask>([this](const AuthoredTask &task) { showContent(task); }, m_shown,
        std::move(after), undoText, field, fieldText(typedIn)));
}

void AuthoringEditor::showContent(const AuthoredTask &task)
{
    if (!this->task().sameContent(task))
        fill(task, false);
    m_shown = this->task();
    showMissing();
    emit changed();
}

void AuthoringEditor::showMissing()
{
    const QStringList missing = task().missingFields();
    if (missing.isEmpty()) {
        m_missing->setText(tr("Every required field is filled."));
        m_missing->setStyleSheet(QString());
    } else {
        m_missing->setText(tr("Still missing before review or export: %1.").arg(missing.join(QStringLiteral("; "))));
        m_missing->setStyleSheet(QStringLiteral("color: #9a3412;"));
    }
}

} // namespace verdict
