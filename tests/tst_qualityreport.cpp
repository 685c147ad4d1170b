#include "metrics/qualityreport.h"
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
};

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
