#include "dialogs/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace verdict {

ExportDialog::ExportDialog(const QStringList &annotators, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setAccessibleDescription(tr("What to write: a Verdict batch or a training-data file"));
    for (const QString &name : exportFormatNames())
        m_format->addItem(exportFormatTitle(*exportFormatFromName(name)), name);
    form->addRow(tr("&Format:"), m_format);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleDescription(tr("Which kind of batch to write"));
    m_kind->addItem(tr("Dataset: everything, with lineage"), batchKindName(BatchKind::Dataset));
    m_kind->addItem(tr("Annotations: work to send to the lead"), batchKindName(BatchKind::Annotations));
    m_kind->addItem(tr("Gold answers with their tasks"), batchKindName(BatchKind::Gold));
    m_kind->addItem(tr("Assignment: every task for one annotator"), batchKindName(BatchKind::Assignment));
    form->addRow(tr("Batch &kind:"), m_kind);
    m_annotator = new QComboBox(this);
    m_annotator->setObjectName(QStringLiteral("annotator"));
    m_annotator->setAccessibleDescription(tr("Whose submitted work to write"));
    m_annotator->setEditable(true);
    m_annotator->addItem(tr("Everyone"), QString());
    for (const QString &a : annotators)
        m_annotator->addItem(a, a);
    form->addRow(tr("&Whose work:"), m_annotator);
    m_pairs = new QComboBox(this);
    m_pairs->setObjectName(QStringLiteral("pairs"));
    m_pairs->setAccessibleDescription(tr("Which preference pairs a ranking gives"));
    m_pairs->addItem(tr("All pairs"), int(TrlFormatter::Pairs::All));
    m_pairs->addItem(tr("Best against the rest"), int(TrlFormatter::Pairs::BestVsRest));
    form->addRow(tr("&Pairs:"), m_pairs);
    m_style = new QComboBox(this);
    m_style->setObjectName(QStringLiteral("style"));
    m_style->setAccessibleDescription(tr("Prompts as plain text or as chat messages"));
    m_style->addItem(tr("Plain text"), int(TrlFormatter::Style::Plain));
    m_style->addItem(tr("Conversational (messages)"), int(TrlFormatter::Style::Conversational));
    form->addRow(tr("St&yle:"), m_style);
    m_final = new QCheckBox(tr("Final a&nswers: the lead's decisions, else consensus, with their sources"), this);
    m_final->setObjectName(QStringLiteral("final"));
    m_final->setAccessibleDescription(
        tr("Every task once: the lead's decision, else the gold answer, else the consensus of its annotators"));
    form->addRow(QString(), m_final);
    m_consensus = new QComboBox(this);
    m_consensus->setObjectName(QStringLiteral("consensus"));
    m_consensus->setAccessibleName(tr("Consensus rule"));
    m_consensus->setAccessibleDescription(tr("How many annotators must agree for an answer to become final"));
    m_consensus->addItem(tr("Majority: more than half agree"), int(ConsensusRule::Kind::Majority));
    m_consensus->addItem(tr("Unanimous: everyone agrees"), int(ConsensusRule::Kind::Unanimous));
    form->addRow(tr("&Consensus:"), m_consensus);
    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("output"));
    m_output->setAccessibleDescription(tr("The file to write"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleDescription(tr("Chooses where to save"));
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *outputLabel = new QLabel(tr("&Save as:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(outputLabel, outputRow);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Writes the file"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes without writing"));
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    for (QComboBox *box : {m_format, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_annotator, &QComboBox::currentTextChanged, this, &ExportDialog::updateState);
    connect(m_final, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_output, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(560, 300);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.format = exportFormatFromName(m_format->currentData().toString()).value_or(ExportFormat::Batch);
    request.kind = batchKindFromName(m_kind->currentData().toString()).value_or(BatchKind::Dataset);
    // An edited entry has no data: its text is the name.
    const QString shown = m_annotator->currentText().trimmed();
    request.annotator = m_annotator->currentIndex() >= 0 && m_annotator->itemText(m_annotator->currentIndex()) == shown
        ? m_annotator->currentData().toString()
        : shown;
    request.pairs = TrlFormatter::Pairs(m_pairs->currentData().toInt());
    request.style = TrlFormatter::Style(m_style->currentData().toInt());
    if (request.format == ExportFormat::Batch
        && (request.kind == BatchKind::Gold || request.kind == BatchKind::Dataset))
        request.annotator.clear();
    if (m_final->isChecked() && m_final->isEnabled()) {
        ConsensusRule rule;
        rule.kind = ConsensusRule::Kind(m_consensus->currentData().toInt());
        request.final = rule;
        request.annotator.clear();
    }
    return request;
}

QString ExportDialog::output() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutput(const QString &file)
{
    m_output->setText(file);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(exportFormatName(format)));
}

void ExportDialog::setKind(BatchKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(batchKindName(kind)));
}

void ExportDialog::setFinal(bool final)
{
    m_final->setChecked(final);
}

void ExportDialog::chooseOutput()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export To"), output().isEmpty() ? QDir::homePath() : output(), tr("JSON Lines (*.jsonl)"));
    if (!file.isEmpty())
        setOutput(file.endsWith(u".jsonl") ? file : file + u".jsonl");
}

void ExportDialog::updateState()
{
    const ExportRequest r = request();
    const bool batch = r.format == ExportFormat::Batch;
    const bool trl = r.format == ExportFormat::Trl;
    m_kind->setEnabled(batch);
    m_pairs->setEnabled(trl);
    m_style->setEnabled(trl);
    m_final->setEnabled(!batch || r.kind == BatchKind::Dataset);
    const bool final = m_final->isEnabled() && m_final->isChecked();
    m_consensus->setEnabled(final);
    m_annotator->setEnabled(!final && (!batch || r.kind == BatchKind::Annotations || r.kind == BatchKind::Assignment));
    const bool assignmentWithoutPerson = batch && r.kind == BatchKind::Assignment && r.annotator.isEmpty();
    m_hint->setText(assignmentWithoutPerson ? tr("An assignment is for one person: choose whose it is.")
            : final ? tr("Every task once, with the source of each answer: an annotator, consensus or the lead.")
            : batch ? tr("The file appears whole when done, with a digest that every import checks.")
                    : tr("Only submitted work is exported; ties give no preference pair."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!output().isEmpty() && !assignmentWithoutPerson);
}

} // namespace verdict
