#include "dialogs/importdialog.h"

#include "dialogs/identifiervalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdict {

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A batch is imported whole or not at all. A file from another tool skips the "
                                "records that cannot be imported; each is listed under Issues with its line and "
                                "column, and nothing of it is kept. A file imported again changes nothing."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *fileRow = new QHBoxLayout;
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_files->setAccessibleName(tr("Files to import"));
    m_files->setAccessibleDescription(tr("Each file is imported in one transaction"));
    fileRow->addWidget(m_files, 1);
    auto *fileButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add Files…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    add->setAccessibleDescription(tr("Chooses files to add to the list"));
    remove->setAccessibleDescription(tr("Takes the selected files off the list"));
    fileButtons->addWidget(add);
    fileButtons->addWidget(remove);
    fileButtons->addStretch();
    fileRow->addLayout(fileButtons);
    layout->addLayout(fileRow, 1);

    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setAccessibleDescription(tr("The format of the files; by default told from the first record"));
    for (const QString &name : importFormatNames()) {
        const ImportFormat format = *importFormatFromName(name);
        m_format->addItem(importFormatTitle(format), name);
    }
    form->addRow(tr("&Format:"), m_format);
    m_annotator = new QLineEdit(this);
    m_annotator->setObjectName(QStringLiteral("annotator"));
    m_annotator->setPlaceholderText(tr("the file's own names, else the format's name"));
    m_annotator->setValidator(new IdentifierValidator(IdentifierKind::Name, m_annotator));
    form->addRow(tr("&Credit answers to:"), m_annotator);
    m_strict = new QCheckBox(tr("Refuse a file at its first &bad record"), this);
    m_strict->setObjectName(QStringLiteral("strict"));
    m_strict->setAccessibleDescription(
        tr("Instead of skipping the records that cannot be imported, import nothing of a file that has one"));
    form->addRow(QString(), m_strict);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Imports every file in the list"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes without importing"));
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        updateState();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(640, 420);
}

void ImportDialog::addFiles()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QDir::homePath(), tr("Batches and datasets (*.jsonl *.json);;All files (*)"));
    QStringList all = files();
    for (const QString &file : chosen) {
        if (!all.contains(file))
            all << file;
    }
    setFiles(all);
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_files->clear();
    for (const QString &file : files)
        m_files->addItem(QDir::toNativeSeparators(file));
    updateState();
}

QStringList ImportDialog::files() const
{
    QStringList list;
    for (int i = 0; i < m_files->count(); ++i)
        list << QDir::fromNativeSeparators(m_files->item(i)->text());
    return list;
}

ImportFormat ImportDialog::format() const
{
    return importFormatFromName(m_format->currentData().toString()).value_or(ImportFormat::Auto);
}

void ImportDialog::setFormat(ImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(importFormatName(format)));
}

QString ImportDialog::annotator() const
{
    return m_annotator->text().trimmed();
}

bool ImportDialog::strict() const
{
    return m_strict->isEnabled() && m_strict->isChecked();
}

void ImportDialog::setStrict(bool strict)
{
    m_strict->setChecked(strict);
}

void ImportDialog::updateState()
{
    // Batches name their own annotators, and are always refused whole.
    m_annotator->setEnabled(format() != ImportFormat::Batch);
    m_strict->setEnabled(format() != ImportFormat::Batch);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_files->count() > 0);
}

} // namespace verdict
