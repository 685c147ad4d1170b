#include "database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

namespace verdict {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("verdict-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error sqlError(const QSqlError &error, const QString &what)
{
    Error e = makeError(QCoreApplication::translate("verdict::Database", "database error: %1 (in: %2)")
                            .arg(error.text(), what.simplified().left(200)));
    // SQLite's extended result codes keep the primary code in the low byte; 19 is SQLITE_CONSTRAINT.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    e.refusedValue = ok && (code & 0xff) == 19;
    return e;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, const QList<Migration> &migrations)
{
    const QFileInfo info(path);
    if (mode == Mode::Create && info.exists())
        return makeError(tr("already exists; choose another name or open it instead"), path);
    if (mode == Mode::Open && !info.exists())
        return makeError(tr("no such project file"), path);
    if (mode == Mode::Open) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(tr("cannot read: %1").arg(file.errorString()), path);
        if (!file.read(16).startsWith("SQLite format 3"))
            return makeError(tr("not a Verdict project (not an SQLite database)"), path);
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db->m_db.open())
        return makeError(tr("cannot open: %1").arg(db->m_db.lastError().text()), path);

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (auto done = db->exec(QString::fromLatin1(pragma)); !done) {
            Error error = done.error();
            error.file = path;
            return error;
        }
    }
    // SQLite files that are not projects: refuse before changing them.
    if (mode == Mode::Open) {
        QSqlQuery check = db->prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'project'"));
        if (!db->run(check).ok() || !check.next() || check.value(0).toInt() != 1)
            return makeError(tr("not a Verdict project (it has no project table)"), path);
    }
    if (auto migrated = db->migrate(migrations); !migrated) {
        Error error = migrated.error();
        error.file = path;
        return error;
    }
    return db;
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA user_version"));
    if (!run(query).ok() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Result<void> Database::run(QSqlQuery &query) const
{
    if (!query.exec())
        return sqlError(query.lastError(), query.lastQuery());
    return {};
}

Result<void> Database::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqlError(query.lastError(), sql);
    return {};
}

void *Database::sqliteHandle() const
{
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<void *const *>(handle.data());
    return nullptr;
}

Result<void> Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    const int target = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current > target)
        return makeError(tr("this project was written by a newer version of Verdict (schema %1; this version "
                            "reads up to %2)")
                             .arg(current)
                             .arg(target));
    if (current == target)
        return {};
    Transaction transaction(*this);
    if (!transaction.ok())
        return transaction.error();
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        for (const QString &statement : migration.statements) {
            if (auto done = exec(statement); !done)
                return done;
        }
        if (auto done = exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !done)
            return done;
    }
    return transaction.commit();
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
    m_outer = m_database.m_transactionDepth == 0;
    m_savepoint = QStringLiteral("nested_%1").arg(m_database.m_transactionDepth);
    m_begun = m_database.exec(m_outer ? QStringLiteral("BEGIN IMMEDIATE") : u"SAVEPOINT " + m_savepoint);
    if (m_begun.ok())
        ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_begun.ok() || m_done)
        return;
    --m_database.m_transactionDepth;
    if (m_outer) {
        (void)m_database.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_database.exec(u"ROLLBACK TO " + m_savepoint);
        (void)m_database.exec(u"RELEASE " + m_savepoint);
    }
}

Result<void> Transaction::commit()
{
    if (!m_begun.ok())
        return m_begun;
    m_done = true;
    --m_database.m_transactionDepth;
    if (!m_outer)
        return m_database.exec(u"RELEASE " + m_savepoint);
    if (auto done = m_database.exec(QStringLiteral("COMMIT")); !done) {
        (void)m_database.exec(QStringLiteral("ROLLBACK"));
        return done;
    }
    return {};
}

} // namespace verdict
