#include "metrics/qualityreport.h"
#include "metrics/reporttext.h"
#include "qualityfixture.h"

using namespace verdict;
using namespace verdict::metrics;

class TestQualityReport : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_project = qualityfixture::build(m_dir); }
    void cleanup() { m_project.reset(); }

    void annotators()
    {
        auto report = QualityReport::build(*m_project, QualityReportOptions{{}, {}, {}, {}, 100});
        QVERIFY(report.ok());
        QCOMPARE(report->annotators.size(), 3);
        // kim: 5 submitted, active 60 + 90 + 120 + 30 + 45 = 345 s: 5 / (345 / 3600) per hour; median 60 s.
        const AnnotatorActivity &kim = report->annotators[0];
        QCOMPARE(kim.annotator, QStringLiteral("kim"));
        QCOMPARE(kim.submitted, qint64(5));
        QCOMPARE(*kim.perHour, 5 / (345.0 / 3600));
        QCOMPARE(*kim.medianSeconds, 60.0);
        // lee: 4 submitted (100, 80, 60, 70 s: median 75) and 1 skipped of 5 finished.
        const AnnotatorActivity &lee = report->annotators[1];
        QCOMPARE(*lee.medianSeconds, 75.0);
        QCOMPARE(lee.skipped, qint64(1));
        QCOMPARE(*lee.skipRate.rate.value, 0.2);
        // sam: 2 submitted, 1 escalated; the draft does not count.
        const AnnotatorActivity &sam = report->annotators[2];
        QCOMPARE(sam.submitted, qint64(2));
        QCOMPARE(*sam.escalationRate.rate.value, 1.0 / 3.0);
        QCOMPARE(report->everyone.submitted, qint64(11));
        QCOMPARE(report->everyone.skipped + report->everyone.escalated, qint64(2));
        QCOMPARE(report->metaKeys, (QStringList{QStringLiteral("intent"), QStringLiteral("language")}));
        QCOMPARE(report->rubricVersions, QList<int>{1});
    }

    void trends()
    {
        auto report = QualityReport::build(*m_project, QualityReportOptions{{}, {}, {}, {}, 100});
        QVERIFY(report.ok());
        QCOMPARE(report->trendCriterion, QStringLiteral("quality"));
        // kim and sam worked in ISO week 47, lee in week 48.
        QCOMPARE(report->byWeek.size(), 2);
        const PeriodRow &w47 = report->byWeek[0];
        const PeriodRow &w48 = report->byWeek[1];
        QCOMPARE(w47.period, QStringLiteral("2026-W47"));
        QCOMPARE(w47.submitted, qint64(7));
        QCOMPARE(w47.escalated, qint64(1));
        QCOMPARE(w48.submitted, qint64(4));
        QCOMPARE(w48.skipped, qint64(1));
        // A unit counts in the week of its last rating: lee's, so every unit is in week 48.
        QCOMPARE(w47.agreement.reason, Undefined::NoPairableUnits);
        const auto quality
            = ReliabilityData::fromMatrix({{4, 2, 1, 3}, {4, 3, 1, 4}, {5, 2, std::nullopt, std::nullopt}});
        QCOMPARE(*w48.agreement.value, *krippendorffAlpha(quality, Level::Ordinal).value);
        // Gold (t1 4, t2 3) in week 47: kim 4 and 2, sam 5 and 2: 1 of 4; week 48: lee 4 and 3: 2 of 2.
        QCOMPARE(*w47.goldExact.value, 0.25);
        QCOMPARE(*w48.goldExact.value, 1.0);
        // By batch: sam's batch takes part in t1 and t2 only.
        QCOMPARE(report->byBatch.size(), 3);
        QCOMPARE(report->byBatch[2].period, QStringLiteral("batch-sam"));
        const auto samUnits = ReliabilityData::fromMatrix({{4, 2}, {4, 3}, {5, 2}});
        QCOMPARE(*report->byBatch[2].agreement.value, *krippendorffAlpha(samUnits, Level::Ordinal).value);
    }

    void disagreement()
    {
        auto report = QualityReport::build(*m_project, QualityReportOptions{{}, {}, {}, {}, 100});
        QVERIFY(report.ok());
        // quality units: t1 (4, 4, 5) spread 1, t2 (2, 3, 2) 1, t3 (1, 1) 0, t5 (3, 4) 1; scale 1-5.
        QCOMPARE(report->disagreement.size(), 5);
        QCOMPARE(report->disagreement[0].units, qint64(1));
        QCOMPARE(report->disagreement[1].units, qint64(3));
        QCOMPARE(report->disagreement[2].units, qint64(0));

        // A choice criterion: unanimous, majority or split. refusal: t1a, t2a, t2b unanimous; t1b split (1 vs 1).
        auto choice
            = QualityReport::build(*m_project, QualityReportOptions{{}, {}, {}, QStringLiteral("refusal"), 100});
        QVERIFY(choice.ok());
        QCOMPARE(choice->trendCriterion, QStringLiteral("refusal"));
        QCOMPARE(choice->disagreement.size(), 3);
        QCOMPARE(choice->disagreement[0].units, qint64(3));
        QCOMPARE(choice->disagreement[1].units, qint64(0));
        QCOMPARE(choice->disagreement[2].units, qint64(1));
    }

    void filteredAndSliced()
    {
        auto report = QualityReport::build(*m_project, QualityReportOptions{{}, 1, QStringLiteral("language"), {}, 50});
        QVERIFY(report.ok());
        bool english = false;
        for (const AgreementRow &row : report->agreement)
            english = english || row.slice == u"en";
        QVERIFY(english);
        QCOMPARE(report->models.sliceField, QStringLiteral("language"));
        // Activity per annotator and language: kim did t1, t2, t5 (en) and t3, t4 (de).
        QCOMPARE(report->annotators.size(), 5);
        QCOMPARE(report->annotators[0].annotator, QStringLiteral("kim"));
        QCOMPARE(report->annotators[0].slice, QStringLiteral("de"));
        QCOMPARE(report->annotators[0].submitted, qint64(2));
        QCOMPARE(report->annotators[1].slice, QStringLiteral("en"));
        QCOMPARE(report->annotators[1].submitted, qint64(3));
        QCOMPARE(report->everyone.submitted, qint64(11));
        // Version 2 has no annotations: nothing to report, but no error.
        auto none = QualityReport::build(*m_project, QualityReportOptions{{}, 2, {}, {}, 50});
        QVERIFY(none.ok());
        QCOMPARE(none->everyone.submitted, qint64(0));
        QVERIFY(none->agreement.isEmpty());
    }

    void progressReachesTheEnd()
    {
        int last = -1;
        int total = 0;
        auto report
            = QualityReport::build(*m_project, QualityReportOptions{{}, {}, {}, {}, 20}, [&](int done, int all) {
                  last = done;
                  total = all;
                  return true;
              });
        QVERIFY(report.ok());
        QCOMPARE(last, total);
        QVERIFY(!QualityReport::build(*m_project, {}, [](int, int) { return false; }).ok());
    }

    void weeks()
    {
        QCOMPARE(
            QualityReport::weekOf(QDateTime(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC)), QStringLiteral("2026-W47"));
        // 1 January 2027 is a Friday: it belongs to 2026's last week.
        QCOMPARE(
            QualityReport::weekOf(QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC)), QStringLiteral("2026-W53"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    // The command line, the dashboard and the exported report write figures
    // with these functions; the dashboard once put two spaces before an interval.
    void figuresAsText()
    {
        QCOMPARE(reporttext::number(MetricResult::undefined(Undefined::NoObservations)), QStringLiteral("—"));
        MetricResult alpha;
        alpha.value = 0.71234;
        QCOMPARE(reporttext::number(alpha), QStringLiteral("0.712"));
        QCOMPARE(reporttext::number(alpha, 2), QStringLiteral("0.71"));
        QCOMPARE(reporttext::number(std::optional<double>(), 1), QStringLiteral("—"));
        QCOMPARE(reporttext::number(std::optional<double>(12.25), 1), QStringLiteral("12.2"));

        const Rate twoOfThree = proportion(2, 3);
        QVERIFY(twoOfThree.interval);
        QCOMPARE(reporttext::percent(twoOfThree), QStringLiteral("66.7% [20.8, 93.9]"));
        Rate noInterval = twoOfThree;
        noInterval.interval.reset();
        QCOMPARE(reporttext::percent(noInterval), QStringLiteral("66.7%"));
        QCOMPARE(reporttext::percent(proportion(0, 0)), QStringLiteral("—"));
        QCOMPARE(reporttext::interval(Interval{-0.4123, 0.3881}), QStringLiteral("[-0.412, 0.388]"));

        QCOMPARE(
            reporttext::criterionLabel(QStringLiteral("harm"), QStringLiteral("violence"), QStringLiteral("severity")),
            QStringLiteral("harm/violence (severity)"));
        QCOMPARE(reporttext::criterionLabel(QStringLiteral("helpful"), QString(), QStringLiteral("value")),
            QStringLiteral("helpful"));
        QCOMPARE(reporttext::slice(QString()), QStringLiteral("(not set)"));
    }

    void rowsOfTheTables()
    {
        auto report = QualityReport::build(*m_project, QualityReportOptions{{}, {}, {}, {}, 100});
        QVERIFY(report.ok());
        const AnnotatorActivity &lee = report->annotators[1];
        const QStringList row = reporttext::activityRow(lee, false);
        QCOMPARE(row.size(), 9);
        QCOMPARE(row[0], QStringLiteral("lee"));
        QCOMPARE(row[6], QStringLiteral("75"));
        QCOMPARE(row[7], reporttext::percent(lee.skipRate));
        QVERIFY2(row[7].startsWith(u"20.0% ["), qPrintable(row[7]));
        const QStringList sliced = reporttext::activityRow(lee, true);
        QCOMPARE(sliced.size(), 10);
        QCOMPARE(sliced[1], QStringLiteral("(not set)"));
        QCOMPARE(reporttext::activityRow(report->everyone, true, true)[1], QString());

        QVERIFY(!report->agreement.isEmpty());
        for (const AgreementRow &agreement : std::as_const(report->agreement)) {
            const QStringList cells = reporttext::agreementRow(agreement, false);
            QCOMPARE(cells.size(), 8);
            QCOMPARE(cells[3], reporttext::number(agreement.result));
            if (!agreement.result.defined())
                QCOMPARE(cells[4], undefinedText(agreement.result.reason));
            QCOMPARE(reporttext::agreementRow(agreement, true).size(), 9);
        }
        for (const PeriodRow &period : std::as_const(report->byBatch))
            QCOMPARE(reporttext::periodRow(period).size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
