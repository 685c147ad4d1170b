#include "lead/qualitydashboard.h"
#include "lead/qualityreportdocument.h"
#include "metrics/reporttext.h"
#include "qualityfixture.h"
#include "workbench/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>

using namespace verdict;

class TestQualityDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto project = qualityfixture::build(m_dir);
        m_path = project->path();
    }

    void computesOnAWorkerAndShowsTheTables()
    {
        QualityDashboard dashboard(m_path);
        dashboard.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy shown(&dashboard, &QualityDashboard::reportShown);
        QVERIFY(shown.wait(20000));
        QVERIFY(!dashboard.isComputing());
        QVERIFY(dashboard.report());
        QCOMPARE(dashboard.report()->projectName, QStringLiteral("quality"));
        // One table row per figure, gold row and annotator (plus everyone).
        QCOMPARE(dashboard.agreementModel()->rowCount(), dashboard.report()->agreement.size());
        QCOMPARE(dashboard.goldModel()->rowCount(), dashboard.report()->gold.size());
        QCOMPARE(dashboard.annotatorModel()->rowCount(), 4);
        QCOMPARE(dashboard.annotatorModel()->item(0, 0)->text(), QStringLiteral("kim"));
        QCOMPARE(dashboard.annotatorModel()->item(3, 1)->text(), QStringLiteral("11"));
        QCOMPARE(dashboard.tabs()->count(), 6);

        // Slicing by a metadata key computes again and adds the slice column.
        QComboBox *sliceBox = nullptr;
        for (QComboBox *box : dashboard.findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Slice by")
                sliceBox = box;
        }
        QVERIFY(sliceBox);
        const int language = sliceBox->findData(QStringLiteral("language"));
        QVERIFY(language > 0);
        sliceBox->setCurrentIndex(language);
        QVERIFY(shown.wait(20000));
        QCOMPARE(dashboard.report()->options.slice, QStringLiteral("language"));
        QCOMPARE(dashboard.agreementModel()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("language"));
    }

    void exportsHtmlAndPdf()
    {
        QualityDashboard dashboard(m_path);
        dashboard.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy shown(&dashboard, &QualityDashboard::reportShown);
        QVERIFY(shown.wait(20000));
        const QString html = m_dir.filePath(QStringLiteral("readout.html"));
        QVERIFY(dashboard.exportReport(html).ok());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(text.contains(QStringLiteral("Quality readout: quality")));
        QVERIFY(text.contains(QStringLiteral("Krippendorff (2004)")));
        QVERIFY(text.contains(QStringLiteral("data:image/png;base64,")));
        QVERIFY(text.contains(QStringLiteral("kim")));

        const QString pdf = m_dir.filePath(QStringLiteral("readout.pdf"));
        QVERIFY(dashboard.exportReport(pdf).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QVERIFY(pdfFile.size() > 10000);

        // A place that cannot be written to gives an error, not a crash.
        QVERIFY(!dashboard.exportReport(m_dir.filePath(QStringLiteral("no/such/dir/readout.pdf"))).ok());
    }

    // The dashboard and the exported report once wrote rates apart (two
    // spaces before the interval on screen, one in the report).
    void dashboardAndReportWriteFiguresAlike()
    {
        QualityDashboard dashboard(m_path);
        dashboard.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy shown(&dashboard, &QualityDashboard::reportShown);
        QVERIFY(shown.wait(20000));
        const AnnotatorActivity &lee = dashboard.report()->annotators[1];
        QCOMPARE(lee.annotator, QStringLiteral("lee"));
        const QString skipRate = dashboard.annotatorModel()->item(1, 7)->text();
        QCOMPARE(skipRate, reporttext::percent(lee.skipRate));
        QVERIFY2(skipRate.contains(u"% [") && !skipRate.contains(u"  ["), qPrintable(skipRate));
        const QualityReportDocument document(std::make_shared<const QualityReport>(*dashboard.report()));
        std::unique_ptr<QTextDocument> text(document.document());
        QVERIFY2(text->toPlainText().contains(skipRate), qPrintable(skipRate));
        const QList<AgreementRow> &agreement = dashboard.report()->agreement;
        const auto defined = std::find_if(
            agreement.cbegin(), agreement.cend(), [](const AgreementRow &r) { return r.result.defined(); });
        QVERIFY(defined != agreement.cend());
        const QString value = dashboard.agreementModel()->item(int(defined - agreement.cbegin()), 3)->text();
        QCOMPARE(value, reporttext::number(defined->result));
        QVERIFY(text->toPlainText().contains(value));
    }

    void reportDocumentHasTheCharts()
    {
        auto report = QualityReport::build(*Project::open(m_path).value(), QualityReportOptions{{}, {}, {}, {}, 50});
        QVERIFY(report.ok());
        const QualityReportDocument document(std::make_shared<const QualityReport>(std::move(report).value()));
        QVERIFY(document.charts().size() >= 8);
        for (const auto &[title, image] : document.charts())
            QVERIFY2(!image.isNull() && image.width() > 100, qPrintable(title));
        std::unique_ptr<QTextDocument> text(document.document());
        QVERIFY(text->toPlainText().contains(QStringLiteral("Gold accuracy per annotator")));
        QVERIFY(!text->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart-0.png"))).isNull());
    }

    void cancelStopsTheComputation()
    {
        QualityDashboard dashboard(m_path);
        dashboard.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(dashboard.isComputing());
        // Destroying the dashboard while it computes waits for the worker to stop.
    }

    void menuOpensTheDashboard()
    {
        MainWindow window;
        QAction *open = nullptr;
        for (QAction *action : window.menuBar()->findChildren<QAction *>()) {
            if (action->text() == u"Quality &Dashboard…")
                open = action;
        }
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestQualityDashboard)
#include "tst_qualitydashboard.moc"
