#include "metrics/nearduplicates.h"

#include <QTest>

using namespace verdict;

class TestNearDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void normalisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case, punctuation and spaces")
            << QStringLiteral("  How do I   reset my PASSWORD?? ") << QStringLiteral("how do i reset my password");
        QTest::newRow("full-width forms")
            << QStringLiteral("Ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ") << QStringLiteral("fullwidth text");
        QTest::newRow("composed and decomposed accents") << QStringLiteral("Cafe\u0301!") << QStringLiteral("café");
        QTest::newRow("Greek final sigma folds") << QStringLiteral("ΣΟΦΟΣ σοφος") << QStringLiteral("σοφοσ σοφοσ");
        QTest::newRow("only punctuation") << QStringLiteral("?!…") << QString();
    }
    void normalisation()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(normaliseForDuplicates(text), expected);
    }

    void similarityByHand()
    {
        // "write a haiku about the sea at night" has 33 distinct 4-character
        // shingles, "… at dawn" 32; they share 28 ("…at n", "at ni", "t nig",
        // "nigh", "ight" against "…at d", "at da", "t daw", "dawn" differ).
        // Jaccard: 28 / (33 + 32 − 28) = 28/37.
        QCOMPARE(shingleSimilarity(QStringLiteral("Write a haiku about the sea at night."),
                     QStringLiteral("Write a haiku about the sea at dawn.")),
            28.0 / 37.0);
        QCOMPARE(shingleSimilarity(
                     QStringLiteral("How do I reset my password?"), QStringLiteral("how do I   reset my PASSWORD??")),
            1.0);
        QCOMPARE(shingleSimilarity(
                     QStringLiteral("Explain recursion to a child."), QStringLiteral("What is the capital of France?")),
            0.0);
        // Shorter than a shingle: compared whole.
        QCOMPARE(shingleSimilarity(QStringLiteral("Hi!"), QStringLiteral("hi")), 1.0);
        QCOMPARE(shingleSimilarity(QStringLiteral("Hi"), QStringLiteral("Ho")), 0.0);
    }

    void findsTheNearDuplicatePairs()
    {
        const QList<TextItem> items{
            {QStringLiteral("sft-3"), QStringLiteral("How do I reset my password?")},
            {QStringLiteral("sft-1"), QStringLiteral("Write a haiku about the sea at night.")},
            {QStringLiteral("sft-2"), QStringLiteral("how do i reset my password")},
            {QStringLiteral("sft-4"), QStringLiteral("Write a haiku about the sea at dawn.")},
            {QStringLiteral("sft-5"), QStringLiteral("Summarise the attached incident report in three bullet points.")},
            {QStringLiteral("sft-6"), QStringLiteral("Summarise the attached incident report in 3 bullet points.")},
            {QStringLiteral("sft-7"), QStringLiteral("What is the capital of France?")},
        };
        const QList<DuplicatePair> at80 = findNearDuplicates(items, 0.8);
        QCOMPARE(at80.size(), 2);
        QCOMPARE(at80[0].first, QStringLiteral("sft-2")); // identical after normalising: first
        QCOMPARE(at80[0].second, QStringLiteral("sft-3"));
        QCOMPARE(at80[0].similarity, 1.0);
        QCOMPARE(at80[1].first, QStringLiteral("sft-5"));
        QCOMPARE(
            at80[1].similarity, shingleSimilarity(items[4].text, items[5].text)); // the reported value is the exact one
        QVERIFY(at80[1].similarity >= 0.8 && at80[1].similarity < 1.0);

        // A lower threshold takes in the haiku pair (28/37 ≈ 0.757).
        const QList<DuplicatePair> at70 = findNearDuplicates(items, 0.7);
        QCOMPARE(at70.size(), 3);
        QCOMPARE(at70[2].first, QStringLiteral("sft-1"));
        QCOMPARE(at70[2].second, QStringLiteral("sft-4"));
        QVERIFY(findNearDuplicates({}, 0.8).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
