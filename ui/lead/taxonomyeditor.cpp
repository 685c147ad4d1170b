#include "lead/taxonomyeditor.h"

#include "common/fieldtext.h"
#include "dialogs/identifiervalidator.h"
#include "lead/optiontable.h"
#include "workbench/texteditfilter.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdict {

TaxonomyEditor::TaxonomyEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("Taxonomies of authored tasks"), this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Taxonomies"));
    m_list->setAccessibleDescription(tr("The taxonomies authors tag their tasks with; choose one to edit it"));
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Taxonom&y"), this);
    auto *remove = new QPushButton(tr("Remove Taxonomy"), this);
    add->setAccessibleDescription(tr("Adds an empty taxonomy to fill in on the right"));
    remove->setAccessibleDescription(tr("Removes the chosen taxonomy from the draft rubric"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);
    auto *help = new QLabel(tr("Authors tag SFT examples with domain, intent, difficulty and language; red-team "
                               "entries take technique, harm_category and severity."),
        this);
    help->setWordWrap(true);
    left->addWidget(help);
    layout->addLayout(left, 1);

    auto *form = new QFormLayout;
    m_key = new QLineEdit(this);
    m_key->setAccessibleName(tr("Taxonomy key"));
    m_key->setAccessibleDescription(tr("The name stored with each tag, such as domain or technique"));
    m_key->setValidator(new IdentifierValidator(IdentifierKind::Key, m_key));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Taxonomy title"));
    m_title->setAccessibleDescription(tr("The name people see in the authoring view"));
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    auto *titleLabel = new QLabel(tr("Taxonomy &name:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(keyLabel, m_key);
    form->addRow(titleLabel, m_title);
    m_values = new OptionTable(OptionTable::Mode::Named, tr("Values of the taxonomy"), this);
    form->addRow(m_values);
    layout->addLayout(form, 2);

    connect(add, &QPushButton::clicked, this, &TaxonomyEditor::addTaxonomy);
    connect(remove, &QPushButton::clicked, this, &TaxonomyEditor::removeTaxonomy);
    connect(m_list, &QListWidget::currentRowChanged, this, &TaxonomyEditor::selectTaxonomy);
    const auto edited = [this](const QString &undoText, QWidget *typedIn) {
        if (m_loading)
            return;
        readForm();
        relabel();
        emit changed(undoText, typedIn);
    };
    connect(m_key, &QLineEdit::textEdited, this, [this, edited] { edited(tr("Edit the taxonomy key"), m_key); });
    connect(m_title, &QLineEdit::textEdited, this, [this, edited] { edited(tr("Edit the taxonomy name"), m_title); });
    connect(m_values, &OptionTable::changed, this, [edited] { edited(tr("Edit the taxonomy values"), nullptr); });
    // Ctrl+Z undoes in the rubric editor, not in the field alone.
    TextEditFilter::install(m_key);
    TextEditFilter::install(m_title);
    showCurrent();
}

void TaxonomyEditor::setTaxonomies(const QList<Taxonomy> &taxonomies)
{
    m_taxonomies = taxonomies;
    m_current = -1;
    relabel();
    selectTaxonomy(m_taxonomies.isEmpty() ? -1 : 0);
}

QList<Taxonomy> TaxonomyEditor::taxonomies() const
{
    return m_taxonomies;
}

void TaxonomyEditor::relabel()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Taxonomy &t : std::as_const(m_taxonomies))
        m_list->addItem(tr("%1 (%2, %n value(s))", nullptr, int(t.values.size())).arg(t.title, t.key));
    m_list->setCurrentRow(m_current);
}

void TaxonomyEditor::readForm()
{
    if (m_current < 0 || m_current >= m_taxonomies.size())
        return;
    Taxonomy &t = m_taxonomies[m_current];
    t.key = m_key->text().trimmed();
    t.title = m_title->text().trimmed();
    t.values = m_values->options();
}

void TaxonomyEditor::selectTaxonomy(int row)
{
    m_current = row;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(row);
    }
    showCurrent();
}

void TaxonomyEditor::showCurrent()
{
    m_loading = true;
    const bool valid = m_current >= 0 && m_current < m_taxonomies.size();
    m_key->setEnabled(valid);
    m_title->setEnabled(valid);
    m_values->setEnabled(valid);
    setFieldText(m_key, valid ? m_taxonomies[m_current].key : QString());
    setFieldText(m_title, valid ? m_taxonomies[m_current].title : QString());
    m_values->setOptions(valid ? m_taxonomies[m_current].values : QList<Option>());
    m_loading = false;
}

void TaxonomyEditor::addTaxonomy()
{
    readForm();
    Taxonomy t;
    t.key = QStringLiteral("taxonomy-%1").arg(m_taxonomies.size() + 1);
    t.title = tr("New taxonomy");
    t.values << Option{QStringLiteral("value-1"), tr("First value"), {}, {}, {}};
    m_taxonomies << t;
    m_current = int(m_taxonomies.size()) - 1;
    relabel();
    showCurrent();
    m_key->setFocus();
    m_key->selectAll();
    emit changed(tr("Add a taxonomy"), nullptr);
}

void TaxonomyEditor::removeTaxonomy()
{
    if (m_current < 0 || m_current >= m_taxonomies.size())
        return;
    m_taxonomies.removeAt(m_current);
    m_current = std::min(m_current, int(m_taxonomies.size()) - 1);
    relabel();
    showCurrent();
    emit changed(tr("Remove a taxonomy"), nullptr);
}

} // namespace verdict
