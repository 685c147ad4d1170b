#include "lead/assigndialog.h"

#include "dialogs/identifiervalidator.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace verdict {

AssignDialog::AssignDialog(Project &project, const QStringList &knownAnnotators, QWidget *parent)
    : QDialog(parent)
    , m_pools(Assigner::pools(project, {}))
{
    setWindowTitle(tr("Assign Work"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every task goes to as many distinct people as the overlap says; gold tasks are "
                                "mixed in unmarked and go out like any other task. One assignment batch per person "
                                "is written to the folder."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_annotators = new QLineEdit(knownAnnotators.join(QStringLiteral(", ")), this);
    m_annotators->setObjectName(QStringLiteral("annotators"));
    m_annotators->setPlaceholderText(tr("ana, ben, chen"));
    m_annotators->setAccessibleName(tr("Annotators"));
    m_annotators->setAccessibleDescription(tr("The people to hand work to, names separated by commas"));
    form->addRow(tr("&Annotators:"), m_annotators);
    m_overlap = new QSpinBox(this);
    m_overlap->setObjectName(QStringLiteral("overlap"));
    m_overlap->setRange(1, 99);
    m_overlap->setValue(2);
    m_overlap->setSuffix(tr(" people per task"));
    m_overlap->setAccessibleName(tr("Overlap"));
    m_overlap->setAccessibleDescription(tr("How many distinct annotators work every task"));
    form->addRow(tr("&Overlap:"), m_overlap);
    m_goldRate = new QDoubleSpinBox(this);
    m_goldRate->setObjectName(QStringLiteral("goldRate"));
    m_goldRate->setRange(0, 90);
    m_goldRate->setDecimals(0);
    m_goldRate->setSuffix(tr(" % of the tasks"));
    m_goldRate->setValue(10);
    m_goldRate->setAccessibleName(tr("Gold rate"));
    m_goldRate->setAccessibleDescription(
        tr("The share of the tasks handed out that are hidden gold tasks, in percent, as far as there are gold "
           "tasks; each goes to as many people as any task"));
    form->addRow(tr("&Gold rate:"), m_goldRate);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 999999999);
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setAccessibleDescription(tr("Shuffles each person's order; the same seed gives the same order"));
    form->addRow(tr("&Seed:"), m_seed);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("week-48 (optional; a new label starts new batches)"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setAccessibleDescription(tr("Names this round; a new label gives new batches instead of new revisions"));
    m_label->setValidator(new IdentifierValidator(IdentifierKind::Name, m_label));
    form->addRow(tr("&Label:"), m_label);
    m_calibration
        = new QCheckBox(tr("&Calibration round: send the gold answers and show them after each submit"), this);
    m_calibration->setObjectName(QStringLiteral("calibration"));
    m_calibration->setAccessibleDescription(
        tr("The batches carry the gold answers, and the workbench shows them after each submit"));
    form->addRow(QString(), m_calibration);
    auto *dirRow = new QHBoxLayout;
    m_outDir = new QLineEdit(this);
    m_outDir->setObjectName(QStringLiteral("outDir"));
    m_outDir->setAccessibleName(tr("Folder"));
    m_outDir->setAccessibleDescription(tr("Where the assignment batches are written; created when missing"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the folder for the batches"));
    browse->setAccessibleDescription(tr("Opens a folder chooser"));
    dirRow->addWidget(m_outDir, 1);
    dirRow->addWidget(browse);
    auto *dirLabel = new QLabel(tr("&Folder:"), this);
    dirLabel->setBuddy(m_outDir);
    form->addRow(dirLabel, dirRow);
    layout->addLayout(form);

    m_preview = new QTableWidget(0, 3, this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Each person's share"));
    m_preview->setAccessibleDescription(tr("How many tasks each annotator gets, and how many of them are gold"));
    m_preview->setHorizontalHeaderLabels({tr("Annotator"), tr("Tasks"), tr("Of them gold")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("assignStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write Batches"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Writes one assignment batch per annotator"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes without writing anything"));
    layout->addWidget(m_buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AssignDialog::refreshPreview);
    const auto later = [this] { m_debounce->start(); };
    connect(m_annotators, &QLineEdit::textChanged, this, later);
    connect(m_overlap, &QSpinBox::valueChanged, this, later);
    connect(m_goldRate, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_seed, &QSpinBox::valueChanged, this, later);
    connect(m_label, &QLineEdit::textChanged, this, later);
    connect(m_outDir, &QLineEdit::textChanged, this, later);
    connect(browse, &QPushButton::clicked, this, &AssignDialog::chooseOutDir);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshPreview();
    resize(620, 520);
}

AssignOptions AssignDialog::options() const
{
    AssignOptions options;
    for (const QString &name : m_annotators->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            options.plan.annotators << name.trimmed();
    }
    options.plan.overlap = m_overlap->value();
    options.plan.goldRate = m_goldRate->value() / 100.0;
    options.plan.seed = quint64(m_seed->value());
    options.label = m_label->text().trimmed();
    options.calibration = m_calibration->isChecked();
    options.outDir = m_outDir->text().trimmed();
    return options;
}

void AssignDialog::setOutDir(const QString &dir)
{
    m_outDir->setText(dir);
}

void AssignDialog::refreshPreview()
{
    m_debounce->stop();
    const AssignOptions o = options();
    auto shares = m_pools ? AssignmentPlan::make(m_pools->regular, m_pools->gold, o.plan)
                          : Result<QList<AnnotatorShare>>(m_pools.error());
    if (const QString problem = Assigner::labelProblem(o.label); shares.ok() && !problem.isEmpty())
        shares = Result<QList<AnnotatorShare>>(makeError(problem));
    m_preview->setRowCount(0);
    bool ok = shares.ok();
    if (ok) {
        m_preview->setRowCount(int(shares->size()));
        int row = 0;
        for (const AnnotatorShare &share : *shares) {
            m_preview->setItem(row, 0, new QTableWidgetItem(share.annotator));
            auto *tasks = new QTableWidgetItem(QString::number(share.taskIds.size()));
            tasks->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(row, 1, tasks);
            auto *gold = new QTableWidgetItem(QString::number(share.goldTasks));
            gold->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_preview->setItem(row, 2, gold);
            ++row;
        }
        m_preview->resizeColumnsToContents();
        m_status->setText(o.outDir.isEmpty()
                ? tr("Choose a folder for the batches.")
                : tr("Writes %n file(s) to %1.", nullptr, int(shares->size())).arg(QDir::toNativeSeparators(o.outDir)));
        ok = !o.outDir.isEmpty();
    } else {
        m_status->setText(shares.error().message);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void AssignDialog::chooseOutDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the Assignment Batches"),
        m_outDir->text().isEmpty() ? QDir::homePath() : m_outDir->text());
    if (!dir.isEmpty())
        setOutDir(dir);
}

} // namespace verdict
