#include "codecs/batchformat.h"
#include "codecs/jsonlwriter.h"
#include "codecs/rubricjson.h"
#include "common/appsettings.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "import/batchverifier.h"
#include "lead/assigndialog.h"
#include "workbench/batchactions.h"
#include "workbench/issuemodel.h"
#include "workbench/issuespanel.h"
#include "workbench/mainwindow.h"
#include "workbench/queuemodel.h"
#include "workbench/workbench.h"
#include "workflow/demo.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace verdict;

namespace {

const QString fixtures = QStringLiteral(VERDICT_TEST_DATA "/");

// An assignment of `count` new tasks, for an import that takes a moment.
QString bigBatch(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    JsonlWriter writer(true);
    if (!writer.open(path).ok())
        qFatal("cannot write");
    BatchManifest m;
    m.batchId = batchformat::batchId(QStringLiteral("ui"), BatchKind::Assignment, QStringLiteral("annotator=kim"));
    m.kind = BatchKind::Assignment;
    m.projectId = QStringLiteral("ui");
    m.producer = QStringLiteral("lead");
    m.rubricId = QStringLiteral("helpful-safe");
    m.rubricVersion = 1;
    m.annotator = QStringLiteral("kim");
    (void)writer.write(batchformat::recordLine("manifest", batchformat::manifestToJson(m)));
    (void)writer.write(batchformat::recordLine("rubric", rubricjson::toJson(*demo::rubric())));
    for (int i = 0; i < count; ++i) {
        const nlohmann::json task{{"id", "ui-" + std::to_string(i)},
            {"context", nlohmann::json::array({{{"role", "user"}, {"content", "Question " + std::to_string(i)}}})},
            {"responses", nlohmann::json::array({{{"id", "a"}, {"content", std::string(700, 'x')}}})}};
        (void)writer.write(batchformat::recordLine("task", task));
    }
    if (!writer.commit().ok())
        qFatal("cannot write");
    return path;
}

} // namespace

class TestBatchUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VerdictTest"));
        QCoreApplication::setApplicationName(QStringLiteral("verdict-batch-test"));
        AppSettings::setPerson(QStringLiteral("kim"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo-%1.verdict").arg(m_count++));
        QVERIFY(demo::create(m_path).ok());
    }

    void issueModelIsAWellBehavedModel()
    {
        IssueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Error e = makeError(QStringLiteral("expected a string"), QStringLiteral("/tmp/a.jsonl"), 3, 174);
        e.field = QStringLiteral("responses[1].content");
        model.setIssues({Issue{Issue::Severity::Error, e},
            Issue{Issue::Severity::Warning,
                makeError(QStringLiteral("relations are not imported"), QStringLiteral("/tmp/b.jsonl"), 1, 1)}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.errorCount(), 1);
        QCOMPARE(model.index(0, IssueModel::FileColumn).data().toString(), QStringLiteral("a.jsonl"));
        QCOMPARE(model.index(0, IssueModel::LineColumn).data().toInt(), 3);
        QCOMPARE(model.index(0, IssueModel::ColumnColumn).data().toInt(), 174);
        QCOMPARE(model.index(0, IssueModel::MessageColumn).data().toString(),
            QStringLiteral("responses[1].content: expected a string"));
        QCOMPARE(model.index(1, IssueModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void importsOnAWorkerAndReloadsTheQueue()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        auto *actions = window.findChild<BatchActions *>();
        QVERIFY(actions);
        QVERIFY(actions->importAction()->isEnabled());
        const int before = window.workbench().queue()->rowCount();
        QSignalSpy finished(actions, &BatchActions::finished);
        QVERIFY(actions->startImport({fixtures + u"batch/valid-assignment.jsonl"}, ImportFormat::Auto, {}));
        QVERIFY(actions->isBusy());
        QVERIFY(!actions->startImport({fixtures + u"batch/valid-assignment.jsonl"}, ImportFormat::Auto, {}));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(window.workbench().queue()->rowCount(), before + 2);
        QVERIFY(!actions->isBusy());
        QCOMPARE(actions->issues()->model()->rowCount(), 0);
    }

    void problemsGoToTheIssuesPanel()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        auto *actions = window.findChild<BatchActions *>();
        QSignalSpy finished(actions, &BatchActions::finished);
        const QString broken = fixtures + u"batch/schema-error.jsonl";
        QVERIFY(actions->startImport({broken, fixtures + u"formats/doccano/valid.jsonl"}, ImportFormat::Auto, {}));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        IssuesPanel *panel = actions->issues();
        QVERIFY(panel->isVisible());
        IssueModel *model = panel->model();
        QCOMPARE(model->rowCount(), 2); // the error of the first file, the warning of the second
        QCOMPARE(model->issueAt(0)->severity, Issue::Severity::Error);
        QCOMPARE(model->issueAt(0)->error.line, 3);
        QCOMPARE(model->issueAt(0)->error.column, 174);
        QCOMPARE(model->issueAt(1)->severity, Issue::Severity::Warning);

        // Double-click shows the line with a caret under the column.
        QSignalSpy shown(panel, &IssuesPanel::lineRequested);
        const QModelIndex first = model->index(0, IssueModel::MessageColumn);
        panel->view()->scrollTo(first);
        const QRect rect = panel->view()->visualRect(first);
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(shown.count(), 1);
        const QStringList lines = shown.first().at(0).toString().split(u'\n');
        QVERIFY(lines.first().startsWith(broken + u":3:174:"));
        QCOMPARE(lines.last().indexOf(u'^'), 61); // the line is cut to keep the column in view: "…" + 60 before
        QCOMPARE(lines.at(lines.size() - 2).mid(61, 2), QStringLiteral("42"));
        QVERIFY(window.findChild<QDialog *>(QStringLiteral("issueLine")));
    }

    void skippedRecordsAreListedWithTheirPlace()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        auto *actions = window.findChild<BatchActions *>();
        QSignalSpy finished(actions, &BatchActions::finished);
        const QString mixed = fixtures + u"formats/openai/mixed.jsonl";
        QVERIFY(actions->startImport({mixed}, ImportFormat::Auto, {}));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        const QString summary = finished.first().at(1).toString();
        QVERIFY2(summary.startsWith(u"mixed.jsonl: tasks: 2 added"), qPrintable(summary));
        QVERIFY2(summary.contains(u"records skipped: 3 of 5 (see the warnings)"), qPrintable(summary));
        IssuesPanel *panel = actions->issues();
        QVERIFY(panel->isVisible());
        IssueModel *model = panel->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, IssueModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
        QCOMPARE(model->index(1, IssueModel::FileColumn).data().toString(), QStringLiteral("mixed.jsonl"));
        QCOMPARE(model->index(1, IssueModel::LineColumn).data().toInt(), 3);
        QCOMPARE(model->index(1, IssueModel::ColumnColumn).data().toInt(), 8);
        QCOMPARE(model->index(1, IssueModel::MessageColumn).data().toString(),
            QStringLiteral("id: must not contain control characters; the record is skipped"));

        // Strict, from the dialog: the same kind of file is refused whole.
        finished.clear();
        QVERIFY(actions->startImport({fixtures + u"formats/trl/mixed.jsonl"}, ImportFormat::Auto, {}, true));
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->issueAt(0)->severity, Issue::Severity::Error);
        QCOMPARE(model->issueAt(0)->error.line, 2);
    }

    void cancellingAnImportLeavesNothing()
    {
        const QString big = bigBatch(m_dir, 40000);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        auto *actions = window.findChild<BatchActions *>();
        const int before = window.workbench().queue()->rowCount();
        QSignalSpy finished(actions, &BatchActions::finished);
        // Cancel once the import is under way, from the progress it reports.
        qint64 doneWhenCancelled = 0;
        connect(actions, &BatchActions::progress, this, [&](qint64 done, qint64) {
            if (doneWhenCancelled == 0) {
                doneWhenCancelled = done;
                actions->cancel();
            }
        });
        QVERIFY(actions->startImport({big}, ImportFormat::Batch, {}));
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(doneWhenCancelled > 0);
        QCOMPARE(actions->issues()->model()->rowCount(), 1);
        QVERIFY(actions->issues()->model()->issueAt(0)->error.message.contains(u"cancelled; nothing was imported"));
        QCOMPARE(window.workbench().queue()->rowCount(), before);
        QCOMPARE(*window.workbench().project()->tasks().count(), qint64(before));
    }

    void exportsOnAWorker()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_path));
        auto *actions = window.findChild<BatchActions *>();
        QSignalSpy finished(actions, &BatchActions::finished);
        const QString out = m_dir.filePath(QStringLiteral("assignment.jsonl"));
        ExportRequest request;
        request.format = ExportFormat::Batch;
        request.kind = BatchKind::Assignment;
        request.annotator = QStringLiteral("lee");
        QVERIFY(actions->startExport(request, out));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto verified = BatchVerifier::verify(out);
        QVERIFY(verified.ok());
        QCOMPARE(verified->manifest.annotator, QStringLiteral("lee"));
        QCOMPARE(verified->manifest.producer, QStringLiteral("kim"));
        QCOMPARE(verified->tasks, qint64(36));
    }

    void dialogsSayWhatTheyWillDo()
    {
        ImportDialog import;
        auto *ok = import.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        import.setFiles({QStringLiteral("/tmp/a.jsonl")});
        QVERIFY(ok->isEnabled());
        import.setFormat(ImportFormat::Batch);
        QVERIFY(!import.findChild<QLineEdit *>(QStringLiteral("annotator"))->isEnabled());
        import.setStrict(true);
        QVERIFY(!import.strict()); // a batch is always refused whole; the choice is for other files
        import.setFormat(ImportFormat::Prodigy);
        QVERIFY(import.findChild<QLineEdit *>(QStringLiteral("annotator"))->isEnabled());
        QCOMPARE(import.format(), ImportFormat::Prodigy);
        QVERIFY(import.strict());
        import.setStrict(false);
        QVERIFY(!import.strict());

        ExportDialog exporter({QStringLiteral("kim"), QStringLiteral("lee")});
        auto *go = exporter.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        exporter.setOutput(QStringLiteral("/tmp/out.jsonl"));
        exporter.setFormat(ExportFormat::Batch);
        exporter.setKind(BatchKind::Assignment);
        QVERIFY(!go->isEnabled()); // for whom?
        exporter.findChild<QComboBox *>(QStringLiteral("annotator"))->setCurrentIndex(2);
        QVERIFY(go->isEnabled());
        QCOMPARE(exporter.request().annotator, QStringLiteral("lee"));
        exporter.setFormat(ExportFormat::Trl);
        QVERIFY(exporter.findChild<QComboBox *>(QStringLiteral("pairs"))->isEnabled());
        QVERIFY(!exporter.findChild<QComboBox *>(QStringLiteral("kind"))->isEnabled());
        exporter.findChild<QComboBox *>(QStringLiteral("style"))->setCurrentIndex(1);
        QCOMPARE(exporter.request().style, TrlFormatter::Style::Conversational);
        QCOMPARE(exporter.request().format, ExportFormat::Trl);
        QVERIFY(!exporter.request().final);
        // Final answers: everyone's, under the chosen consensus rule.
        auto *final = exporter.findChild<QCheckBox *>(QStringLiteral("final"));
        QVERIFY(final->isEnabled());
        exporter.setFinal(true);
        QVERIFY(!exporter.findChild<QComboBox *>(QStringLiteral("annotator"))->isEnabled());
        exporter.findChild<QComboBox *>(QStringLiteral("consensus"))->setCurrentIndex(1);
        QVERIFY(exporter.request().final);
        QCOMPARE(exporter.request().final->kind, ConsensusRule::Kind::Unanimous);
        QVERIFY(exporter.request().annotator.isEmpty());
        exporter.setFormat(ExportFormat::Batch);
        exporter.setKind(BatchKind::Annotations);
        QVERIFY(!final->isEnabled());
        QVERIFY(!exporter.request().final);
    }

    void assignWorkFromTheLeadMenu()
    {
        auto lead = demo::createWithSampleWork(m_dir.filePath(QStringLiteral("lead.verdict")));
        QVERIFY(lead.ok());
        const QString path = (*lead)->path();
        const qint64 goldTasks = (*lead)->gold().count().value();
        const qint64 tasks = (*lead)->tasks().count().value();
        lead->reset();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        auto *actions = window.findChild<BatchActions *>();
        QVERIFY(actions);
        bool inLeadMenu = false;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            if (menu->actions().contains(actions->assignAction()))
                inLeadMenu = menu->title().contains(u"Lead");
        }
        QVERIFY(inLeadMenu);

        // The dialog, filled from the keyboard; the preview follows.
        AssignDialog dialog(*window.workbench().project(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *names = dialog.findChild<QLineEdit *>(QStringLiteral("annotators"));
        names->setFocus();
        QTest::keyClicks(names, QStringLiteral("ana, ben, chen"));
        auto *overlap = dialog.findChild<QSpinBox *>(QStringLiteral("overlap"));
        overlap->selectAll();
        QTest::keyClicks(overlap, QStringLiteral("3"));
        auto *gold = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("goldRate"));
        gold->selectAll();
        QTest::keyClicks(gold, QStringLiteral("20"));
        const QString out = m_dir.filePath(QStringLiteral("assignments"));
        dialog.setOutDir(out);
        dialog.refreshPreview();
        QTableWidget *preview = dialog.preview();
        QCOMPARE(preview->rowCount(), 3);
        // Overlap 3 of 3: everyone gets every regular task, and round(0.2 × n / 0.8) gold, capped at the pool.
        const qint64 regular = tasks - goldTasks;
        const int expectedGold = int(std::min<qint64>(AssignmentPlan::goldCount(int(regular), 0.2), goldTasks));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(preview->item(row, 1)->text().toLongLong(), regular + expectedGold);
            QCOMPARE(preview->item(row, 2)->text().toInt(), expectedGold);
        }
        auto *write = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(write->isEnabled());
        overlap->selectAll();
        QTest::keyClicks(overlap, QStringLiteral("4"));
        dialog.refreshPreview();
        QVERIFY(!write->isEnabled()); // more people per task than there are people
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("assignStatus"))->text().contains(u"overlap"));
        overlap->selectAll();
        QTest::keyClicks(overlap, QStringLiteral("3"));
        // A name the batch reader would refuse stops the plan before anything is written.
        names->selectAll();
        QTest::keyClicks(names, QStringLiteral("ana, ben, ") + QString(101, u'c'));
        dialog.refreshPreview();
        QVERIFY(!write->isEnabled());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("assignStatus"))->text().contains(u"101 characters"),
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("assignStatus"))->text()));
        names->selectAll();
        QTest::keyClicks(names, QStringLiteral("ana, ben, chen"));
        // The label takes no more than a name's 100 characters.
        auto *label = dialog.findChild<QLineEdit *>(QStringLiteral("label"));
        QTest::keyClicks(label, QString(101, u'w'));
        QCOMPARE(label->text().size(), 100);
        label->clear();
        dialog.refreshPreview();
        QVERIFY(write->isEnabled());

        // Writing happens on the worker, with the person as producer.
        QSignalSpy finished(actions, &BatchActions::finished);
        QVERIFY(actions->startAssign(dialog.options()));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        for (const QString &name : {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chen")}) {
            const auto verified = BatchVerifier::verify(out + u"/assignment-" + name + u".jsonl");
            QVERIFY(verified.ok());
            QCOMPARE(verified->manifest.annotator, name);
            QCOMPARE(verified->manifest.producer, QStringLiteral("kim"));
            QCOMPARE(verified->tasks, regular + expectedGold);
            QCOMPARE(verified->gold, qint64(0));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_MAIN(TestBatchUi)
#include "tst_batchui.moc"
