#include "store/project.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace verdict;

// The two ways a Statement runs, Qt Sql (ordinary) and SQLite's own API
// (bulk), through the same tests: whatever runs it, a statement binds, reads
// and fails alike.
class TestStatement : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = testutil::newProject(m_dir);
        QVERIFY(db().exec(QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, t TEXT, n TEXT, k TEXT NOT NULL "
                                         "DEFAULT '' CHECK (length(k) < 5))"))
                    .ok());
    }

    void cleanup() { m_project.reset(); }

    void bindsAndReadsEveryKindOfValue_data() { access(); }
    void bindsAndReadsEveryKindOfValue()
    {
        QFETCH(int, mode);
        const auto access = Database::Access(mode);
        const std::string utf8 = "na\xc3\xafve";
        Statement insert = db().prepare(QStringLiteral("INSERT INTO v (i, r, t, n, k) VALUES (?, ?, ?, ?, ?)"), access);
        insert.add(qint64(1) << 40).add(2.5).add(QStringLiteral("h\u00e9llo")).add(QString()).addText(QString());
        QVERIFY(insert.exec().ok());
        QCOMPARE(insert.rowsAffected(), qint64(1));
        insert.add(7).addNull().add(std::string_view(utf8)).addOptional(QString()).addText(QStringLiteral("x"));
        QVERIFY(insert.exec().ok());
        insert.add(8).add(0.0).addOptional(QStringLiteral("kept")).add(std::string_view()).add(QStringLiteral("y"));
        QVERIFY(insert.exec().ok());

        Statement select = db().prepare(QStringLiteral("SELECT i, r, t, n, k FROM v ORDER BY rowid"), access);
        QVERIFY(select.exec().ok());
        QCOMPARE(select.columnCount(), 5);
        QVERIFY(select.next());
        QCOMPARE(select.type(0), Statement::Type::Integer);
        QCOMPARE(select.integer(0), qint64(1) << 40);
        QCOMPARE(select.type(1), Statement::Type::Real);
        QCOMPARE(select.real(1), 2.5);
        QCOMPARE(select.type(2), Statement::Type::Text);
        QCOMPARE(select.string(2), QStringLiteral("h\u00e9llo"));
        QVERIFY(select.text(2) == std::string_view("h\xc3\xa9llo"));
        QVERIFY(select.isNull(3)); // a null QString is NULL, as in Qt Sql
        QVERIFY(select.string(3).isNull());
        QVERIFY(select.text(3).empty());
        QVERIFY(!select.isNull(4)); // addText() makes it ''
        QVERIFY(select.string(4).isEmpty());
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), qint64(7));
        QVERIFY(select.isNull(1));
        QCOMPARE(select.string(2), QString::fromUtf8(utf8));
        QVERIFY(select.isNull(3)); // addOptional() of an empty text
        QCOMPARE(select.string(4), QStringLiteral("x"));
        QVERIFY(select.next());
        QCOMPARE(select.string(2), QStringLiteral("kept"));
        QVERIFY(select.isNull(3)); // a view without data
        QVERIFY(!select.next());
        QVERIFY(select.status().ok());
    }

    void namedParametersBindEveryPlaceTheyAppear_data() { access(); }
    void namedParametersBindEveryPlaceTheyAppear()
    {
        QFETCH(int, mode);
        const auto access = Database::Access(mode);
        Statement query = db().prepare(QStringLiteral("SELECT :word || '-' || :word, :number + 1"), access);
        query.bind(QStringLiteral(":word"), QStringLiteral("ab")).bind(QStringLiteral(":number"), qint64(41));
        QVERIFY(query.exec().ok());
        QVERIFY(query.next());
        QCOMPARE(query.string(0), QStringLiteral("ab-ab"));
        QCOMPARE(query.integer(1), qint64(42));
    }

    void aStatementRunsAgainWithNewValues_data() { access(); }
    void aStatementRunsAgainWithNewValues()
    {
        QFETCH(int, mode);
        const auto access = Database::Access(mode);
        Statement insert = db().prepare(QStringLiteral("INSERT INTO v (i) VALUES (?)"), access);
        qint64 last = 0;
        for (int i = 1; i <= 3; ++i) {
            insert.add(i * 10);
            QVERIFY(insert.exec().ok());
            QVERIFY(insert.lastInsertId() > last);
            last = insert.lastInsertId();
        }
        Statement select = db().prepare(QStringLiteral("SELECT i FROM v WHERE i >= ? ORDER BY i"), access);
        for (const auto &[from, expected] : {std::pair{20, 2}, std::pair{30, 1}, std::pair{40, 0}}) {
            select.add(from);
            QVERIFY(select.exec().ok());
            int rows = 0;
            while (select.next())
                ++rows;
            QCOMPARE(rows, expected);
        }
        Statement update = db().prepare(QStringLiteral("UPDATE v SET r = 1 WHERE i > ?"), access);
        update.add(10);
        QVERIFY(update.exec().ok());
        QCOMPARE(update.rowsAffected(), qint64(2));
    }

    void aRefusedValueIsMarkedAsOne_data() { access(); }
    void aRefusedValueIsMarkedAsOne()
    {
        QFETCH(int, mode);
        const auto access = Database::Access(mode);
        Statement insert = db().prepare(QStringLiteral("INSERT INTO v (k) VALUES (?)"), access);
        insert.add(QStringLiteral("too long"));
        const auto refused = insert.exec();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().refusedValue);
        QVERIFY(!refused.error().busy);
        QVERIFY2(refused.error().message.startsWith(u"database error: "), qPrintable(refused.error().message));

        Statement broken = db().prepare(QStringLiteral("SELECT nothing FROM nowhere"), access);
        const auto failed = broken.exec();
        QVERIFY(!failed.ok());
        QVERIFY(!failed.error().refusedValue);
        QVERIFY2(failed.error().message.contains(u"nowhere"), qPrintable(failed.error().message));
    }

    void aBusyProjectIsReportedAsBusy_data() { access(); }
    void aBusyProjectIsReportedAsBusy()
    {
        QFETCH(int, mode);
        const auto access = Database::Access(mode);
        auto other = Project::open(m_project->path());
        QVERIFY(other.ok());
        Transaction holding((*other)->database());
        QVERIFY(holding.ok());
        db().setBusyTimeout(0);
        Statement insert = db().prepare(QStringLiteral("INSERT INTO v (i) VALUES (1)"), access);
        const auto waited = insert.exec();
        QVERIFY(!waited.ok());
        QVERIFY(waited.error().busy);
    }

    // A query read only in part keeps its snapshot of the project until it is
    // finished; then the connection sees what others committed since.
    void finishingAQueryLetsGoOfItsSnapshot_data() { access(); }
    void finishingAQueryLetsGoOfItsSnapshot()
    {
        QFETCH(int, mode);
        const auto access = Database::Access(mode);
        QVERIFY(db().exec(QStringLiteral("INSERT INTO v (i) VALUES (1), (2)")).ok());
        Statement partly = db().prepare(QStringLiteral("SELECT i FROM v"), access);
        QVERIFY(partly.exec().ok());
        QVERIFY(partly.next());
        auto other = Project::open(m_project->path());
        QVERIFY(other.ok());
        QVERIFY((*other)->database().exec(QStringLiteral("INSERT INTO v (i) VALUES (3)")).ok());
        QCOMPARE(count(access), qint64(2));
        partly.finish();
        QCOMPARE(count(access), qint64(3));
    }

private:
    static void access()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("ordinary (Qt Sql)") << int(Database::Access::Ordinary);
        QTest::newRow("bulk (SQLite)") << int(Database::Access::Bulk);
    }

    Database &db() { return m_project->database(); }

    qint64 count(Database::Access access)
    {
        Statement query = db().prepare(QStringLiteral("SELECT count(*) FROM v"), access);
        if (!query.exec().ok() || !query.next())
            return -1;
        return query.integer(0);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
