#include "codecs/jsonfields.h"
#include "store/project.h"
#include "store/schema.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace verdict;

namespace {

Task sampleTask(const QString &id)
{
    Task task;
    task.id = id;
    task.context << Message{QStringLiteral("user"), QStringLiteral("Question %1").arg(id)};
    task.responses << Response{QStringLiteral("a"), QStringLiteral("m"), QStringLiteral("Answer")};
    return task;
}

QString scalar(Database &db, const QString &sql)
{
    Statement query = db.prepare(sql);
    if (!query.exec().ok() || !query.next())
        return {};
    return query.string(0);
}

// Loads an SQL script into a new SQLite file with SQLite itself, as another
// program (or an old Verdict) would have written it.
bool loadScript(const QString &script, const QString &path)
{
    QFile file(script);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    char *error = nullptr;
    const int rc = sqlite3_exec(db, file.readAll().constData(), nullptr, nullptr, &error);
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p%1.verdict").arg(m_count++));
    }

    void createsWithWalAndForeignKeys()
    {
        auto project = Project::create(m_path, QStringLiteral("Test"));
        QVERIFY(project.ok());
        Database &db = (*project)->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(db.schemaVersion(), schema::currentVersion());
        QCOMPARE((*project)->name(), QStringLiteral("Test"));
        QVERIFY(!(*project)->id().isEmpty());
    }

    void createRefusesAnExistingFile()
    {
        QVERIFY(Project::create(m_path, QStringLiteral("A")).ok());
        const auto again = Project::create(m_path, QStringLiteral("B"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().file, m_path);
    }

    void openRefusesWhatIsNotAProject()
    {
        QFile text(m_path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello\n");
        text.close();
        auto opened = Project::open(m_path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message, QStringLiteral("not a Verdict project (not an SQLite database)"));

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const QString script = m_dir.filePath(QStringLiteral("other.sql"));
        QFile sql(script);
        QVERIFY(sql.open(QIODevice::WriteOnly));
        sql.write("CREATE TABLE notes (x TEXT);");
        sql.close();
        QVERIFY(loadScript(script, other));
        opened = Project::open(other);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message, QStringLiteral("not a Verdict project (it has no project table)"));
        QVERIFY(!Project::open(m_dir.filePath(QStringLiteral("missing.verdict"))).ok());
    }

    void refusesANewerSchema()
    {
        {
            auto project = Project::create(m_path, QStringLiteral("T"));
            QVERIFY(project.ok());
            QVERIFY((*project)->database().exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        }
        const auto opened = Project::open(m_path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(u"newer version of Verdict (schema 999"));
    }

    // A project written by the first schema opens after a migration is added.
    void laterMigrationUpgradesAFirstSchemaProject()
    {
        const QList<Migration> first = schema::migrations().mid(0, 1);
        {
            auto project = Project::create(m_path, QStringLiteral("Old"), first);
            QVERIFY(project.ok());
            QCOMPARE((*project)->database().schemaVersion(), 1);
            QVERIFY((*project)->tasks().insert(sampleTask(QStringLiteral("t-1"))).ok());
        }
        QList<Migration> later = first;
        later << Migration{2,
            {QStringLiteral("ALTER TABLE task ADD COLUMN difficulty TEXT NOT NULL DEFAULT 'unknown'"),
                QStringLiteral("UPDATE task SET difficulty = 'easy'")}};
        auto project = Project::open(m_path, later);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        QCOMPARE((*project)->database().schemaVersion(), 2);
        QCOMPARE((*project)->name(), QStringLiteral("Old"));
        const auto task = (*project)->tasks().byId(QStringLiteral("t-1"));
        QVERIFY(task.ok() && task.value());
        QCOMPARE(task.value()->prompt(), QStringLiteral("Question t-1"));
        QCOMPARE(scalar((*project)->database(), QStringLiteral("SELECT difficulty FROM task")), QStringLiteral("easy"));
    }

    void failedMigrationChangesNothing()
    {
        const QList<Migration> first = schema::migrations().mid(0, 1);
        {
            auto project = Project::create(m_path, QStringLiteral("Old"), first);
            QVERIFY(project.ok());
            QVERIFY((*project)->tasks().insert(sampleTask(QStringLiteral("t-1"))).ok());
        }
        QList<Migration> broken = first;
        broken << Migration{2,
            {QStringLiteral("ALTER TABLE task ADD COLUMN difficulty TEXT"),
                QStringLiteral("UPDATE no_such_table SET x = 1")}};
        QVERIFY(!Project::open(m_path, broken).ok());
        auto project = Project::open(m_path, first);
        QVERIFY(project.ok());
        QCOMPARE((*project)->database().schemaVersion(), 1);
        QVERIFY(!(*project)->database().exec(QStringLiteral("SELECT difficulty FROM task")).ok());
        QCOMPARE(*(*project)->tasks().count(), qint64(1));
    }

    // A file written with the first schema, kept as SQL in tests/data, opens
    // with every migration since applied. Never regenerate the fixture.
    void firstSchemaFixtureOpens()
    {
        QVERIFY(loadScript(QStringLiteral(VERDICT_TEST_DATA "/project-schema1.sql"), m_path));
        auto project = Project::open(m_path);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        QCOMPARE((*project)->database().schemaVersion(), schema::currentVersion());
        QCOMPARE((*project)->name(), QStringLiteral("Schema one"));
        const auto task = (*project)->tasks().byId(QStringLiteral("t-2"));
        QVERIFY(task.ok() && task.value());
        QCOMPARE(task.value()->responses.size(), 2);
        const auto annotation = (*project)->annotations().find(QStringLiteral("t-1"), QStringLiteral("kim"));
        QVERIFY(annotation.ok() && annotation.value());
        QCOMPARE(annotation.value()->status, AnnotationStatus::Submitted);
        QCOMPARE(testutil::jsonText(annotation.value()->answers["helpfulness"]["a"]), QStringLiteral("4"));
        const auto rubric = (*project)->rubrics().latest(QStringLiteral("helpful"));
        QVERIFY(rubric.ok() && rubric.value());
        QCOMPARE(rubric.value()->version, 1);
        // Migration 2: rubrics have no taxonomies yet; revisions of authored tasks are kept.
        QVERIFY(rubric.value()->taxonomies.isEmpty());
        QCOMPARE(scalar((*project)->database(), QStringLiteral("SELECT count(*) FROM task_revision")).toInt(), 0);
    }

    void nestedTransactionRollsBackAlone()
    {
        auto project = Project::create(m_path, QStringLiteral("T"));
        QVERIFY(project.ok());
        Database &db = (*project)->database();
        {
            Transaction outer(db);
            QVERIFY(outer.ok());
            QVERIFY((*project)->tasks().insert(sampleTask(QStringLiteral("kept"))).ok());
            {
                Transaction inner(db);
                QVERIFY(inner.ok());
                QVERIFY((*project)->tasks().insert(sampleTask(QStringLiteral("dropped"))).ok());
            } // not committed: rolled back to the savepoint
            QVERIFY(outer.commit().ok());
        }
        QVERIFY((*project)->tasks().byId(QStringLiteral("kept"))->has_value());
        QVERIFY(!(*project)->tasks().byId(QStringLiteral("dropped"))->has_value());
        {
            Transaction uncommitted(db);
            QVERIFY((*project)->tasks().insert(sampleTask(QStringLiteral("gone"))).ok());
        }
        QCOMPARE(*(*project)->tasks().count(), qint64(1));
        QVERIFY(!db.inTransaction());
    }

    void auditTrailIsAppendOnly()
    {
        auto project = Project::create(m_path, QStringLiteral("T"));
        QVERIFY(project.ok());
        QVERIFY((*project)->audit().append(QStringLiteral("kim"), QStringLiteral("export")).ok());
        Database &db = (*project)->database();
        const auto update = db.exec(QStringLiteral("UPDATE audit SET actor = 'x'"));
        QVERIFY(!update.ok());
        QVERIFY(update.error().message.contains(u"append-only"));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit")).ok());
        const auto events = (*project)->audit().recent(10);
        QVERIFY(events.ok());
        QCOMPARE(events->first().action, QStringLiteral("export"));
        QCOMPARE(events->last().action, QStringLiteral("create"));
    }

    void eachThreadOpensItsOwnConnection()
    {
        auto project = Project::create(m_path, QStringLiteral("T"));
        QVERIFY(project.ok());
        QVERIFY((*project)->tasks().insert(sampleTask(QStringLiteral("t-1"))).ok());
        qint64 seen = -1;
        const QString path = m_path;
        std::unique_ptr<QThread> thread(QThread::create([&seen, path] {
            auto other = Project::open(path);
            if (other.ok())
                seen = *(*other)->tasks().count();
        }));
        thread->start();
        QVERIFY(thread->wait(10000));
        QCOMPARE(seen, qint64(1));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
