#include "codecs/rubricjson.h"
#include "domain/rubricdiff.h"
#include "testutil.h"

using namespace verdict;

namespace {

QStringList describe(const QList<RubricChange> &changes)
{
    QStringList lines;
    for (const RubricChange &c : changes)
        lines << rubricChangeOpName(c.op) + u' ' + c.path;
    return lines;
}

} // namespace

class TestRubricDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalHasNoChanges()
    {
        QVERIFY(diffRubrics(testutil::allKindsRubric(), testutil::allKindsRubric()).isEmpty());
    }

    void namesEachChangeByKey()
    {
        const Rubric a = testutil::allKindsRubric();
        Rubric b = a;
        b.version = 2; // versions are not content
        b.title = QStringLiteral("New title");
        b.criteria[1].scaleMax = 7; // helpfulness
        b.criteria[4].labels[0].color = QStringLiteral("#000000"); // hallucination / wrong
        b.criteria.removeAt(3); // issues
        Criterion tone;
        tone.key = QStringLiteral("tone");
        tone.kind = CriterionKind::Text;
        tone.title = QStringLiteral("Tone");
        b.criteria << tone;
        const QList<RubricChange> changes = diffRubrics(a, b);
        QCOMPARE(describe(changes),
            (QStringList{
                QStringLiteral("changed title"),
                QStringLiteral("changed criteria.helpfulness.scale.max"),
                QStringLiteral("removed criteria.issues"),
                QStringLiteral("changed criteria.hallucination.labels.wrong.color"),
                QStringLiteral("added criteria.tone"),
            }));
        QCOMPARE(changes[1].from.get<int>(), 3);
        QCOMPARE(changes[1].to.get<int>(), 7);
        QCOMPARE(changes[3].to.get<std::string>(), "#000000");

        // As text: strings as they are, other values as JSON, nothing for what is absent.
        QCOMPARE(changes[0].toText(90), QStringLiteral("New title"));
        QCOMPARE(changes[1].fromText(90), QStringLiteral("3"));
        QCOMPARE(changes[4].fromText(90), QString());
        QVERIFY(changes[4].toText(1000).startsWith(u'{'));
        QCOMPARE(changes[4].toText(20).size(), 20);
        QVERIFY(changes[4].toText(20).endsWith(u'…'));
    }

    void reorderingShowsAsAnOrderChange()
    {
        const Rubric a = testutil::allKindsRubric();
        Rubric b = a;
        b.criteria.swapItemsAt(0, 1);
        const QList<RubricChange> changes = diffRubrics(a, b);
        QCOMPARE(describe(changes), QStringList{QStringLiteral("changed criteria.order")});
        QCOMPARE(changes[0].to[0].get<std::string>(), "helpfulness");
    }
};

QTEST_GUILESS_MAIN(TestRubricDiff)
#include "tst_rubricdiff.moc"
