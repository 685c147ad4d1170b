#include "store/database.h"

#include "codecs/jsonfields.h"
#include "store/qtsqlstatement.h"
#include "store/sqlitestatement.h"
#include "util/filesync.h"
#include "util/timeutil.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <atomic>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace verdict {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("verdict-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's result codes for a lock another connection holds and for a
// constraint that refused a value (SQLITE_BUSY, SQLITE_CONSTRAINT).
constexpr int sqliteBusy = 5;
constexpr int sqliteConstraint = 19;

std::atomic_int defaultTimeout = 10000;

QMutex descriptionMutex;
QString programDescription;

QString describeProgram()
{
    QMutexLocker lock(&descriptionMutex);
    if (!programDescription.isEmpty())
        return programDescription;
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.isEmpty())
        return QCoreApplication::applicationName();
    arguments.first() = QFileInfo(arguments.first()).fileName();
    return arguments.join(u' ');
}

QString loginName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString notePath(const QString &path)
{
    return path + QStringLiteral("-writer");
}

bool hasFile(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(u':') && !path.startsWith(QStringLiteral("file:"));
}

} // namespace

void Database::setDefaultBusyTimeout(int milliseconds)
{
    defaultTimeout = std::max(0, milliseconds);
}

int Database::defaultBusyTimeout()
{
    return defaultTimeout;
}

void Database::setProgramDescription(const QString &description)
{
    QMutexLocker lock(&descriptionMutex);
    programDescription = description;
}

void Database::setBusyTimeout(int milliseconds)
{
    m_busyTimeout = std::max(0, milliseconds);
    (void)exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeout));
}

void Database::noteWriter(bool holding)
{
    if (!hasFile(m_path))
        return;
    QFile file(notePath(m_path));
    if (!holding) {
        // Only this program's own note: another may already hold the lock and have written its own.
        if (!m_note.isEmpty() && file.open(QIODevice::ReadOnly) && file.read(m_note.size() + 1) == m_note) {
            file.close();
            file.remove();
        }
        m_note.clear();
        return;
    }
    const nlohmann::json note{{"program", toStd(describeProgram())}, {"pid", QCoreApplication::applicationPid()},
        {"host", toStd(QSysInfo::machineHostName())}, {"user", toStd(loginName())},
        {"since", toStd(isoTime(QDateTime::currentDateTimeUtc()))}};
    m_note = QByteArray::fromStdString(note.dump()) + '\n';
    // Best effort: a folder this program cannot write to only means others learn less.
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(m_note);
}

Result<void> Database::syncCommitted() const
{
    if (!hasFile(m_path))
        return {};
    if (const QString log = m_path + QStringLiteral("-wal"); QFileInfo::exists(log)) {
        if (auto synced = filesync::syncFile(log); !synced)
            return synced;
    }
    return filesync::syncFile(m_path);
}

QString Database::writer() const
{
    QFile file(notePath(m_path));
    if (!hasFile(m_path) || !file.open(QIODevice::ReadOnly))
        return {};
    const nlohmann::json note = nlohmann::json::parse(file.read(64 << 10).toStdString(), nullptr, false);
    if (!note.is_object())
        return {};
    // Whoever wrote the note, it is shown as plain text on one line.
    const auto text = [&note](const char *key) {
        const auto it = note.find(key);
        QString value = it != note.end() && it->is_string() ? fromStd(it->get<std::string>()).left(500) : QString();
        for (QChar &c : value) {
            if (!c.isPrint())
                c = u' ';
        }
        return value;
    };
    const auto pidField = note.find("pid");
    const qint64 pid = pidField != note.end() && pidField->is_number_integer() ? pidField->get<qint64>() : 0;
    const QString host = text("host");
    // A note its program left when it was killed says nothing.
    if (pid <= 0 || (host == QSysInfo::machineHostName() && !filesync::processRuns(pid)))
        return {};
    return tr("%1 (run by %2 as process %3 on %4, since %5)")
        .arg(text("program"), text("user"))
        .arg(pid)
        .arg(host, parseIsoTime(text("since")).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

Error Database::busyError() const
{
    const QString waited = m_busyTimeout % 1000 == 0 ? QString::number(m_busyTimeout / 1000)
                                                     : QString::number(m_busyTimeout / 1000.0, 'f', 1);
    const QString holder = writer();
    Error error = makeError(holder.isEmpty()
            ? tr("the project is busy: another program is writing to it; gave up after waiting %1 s").arg(waited)
            : tr("the project is busy: %1 is writing to it; gave up after waiting %2 s").arg(holder, waited),
        m_path);
    error.busy = true;
    return error;
}

Error Database::failure(const QSqlError &error, const QString &what) const
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return failure(ok ? code : -1, error.text(), what);
}

Error Database::failure(int code, const QString &message, const QString &what) const
{
    // SQLite's extended result codes keep the primary code in the low byte.
    if (code >= 0 && (code & 0xff) == sqliteBusy)
        return busyError();
    Error e = makeError(tr("database error: %1 (in: %2)").arg(message, what.simplified().left(200)));
    e.refusedValue = code >= 0 && (code & 0xff) == sqliteConstraint;
    return e;
}

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
    db->m_busyTimeout = defaultBusyTimeout();
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(db->m_busyTimeout));
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
        Statement check = db->prepare(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'project'"));
        if (!check.exec().ok() || !check.next() || check.integer(0) != 1)
            return makeError(tr("not a Verdict project (it has no project table)"), path);
    }
    if (auto migrated = db->migrate(migrations); !migrated) {
        Error error = migrated.error();
        error.file = path;
        return error;
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_busyTimeout = defaultBusyTimeout();
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(db->m_busyTimeout));
    if (!db->m_db.open())
        return makeError(tr("cannot open: %1").arg(db->m_db.lastError().text()), path);
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
    Statement query = prepare(QStringLiteral("PRAGMA user_version"));
    if (!query.exec().ok() || !query.next())
        return -1;
    return int(query.integer(0));
}

Statement Database::prepare(const QString &sql, Access access) const
{
    if (access == Access::Bulk) {
        if (auto *handle = static_cast<sqlite3 *>(sqliteHandle()))
            return Statement(std::make_unique<SqliteStatement>(*this, handle, sql));
    }
    return Statement(std::make_unique<QtSqlStatement>(*this, m_db, sql));
}

Result<void> Database::exec(const QString &sql) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return failure(query.lastError(), sql);
    return {};
}

Result<bool> Database::foldIntoFile()
{
    Statement journal = prepare(QStringLiteral("PRAGMA journal_mode=DELETE"));
    if (auto done = journal.exec(); !done)
        return done.error();
    return journal.next() && journal.string(0) == u"delete";
}

void Database::setLargeCache(bool large)
{
    // In KiB when negative: 64 MB, or SQLite's default of 2 MB.
    (void)exec(large ? QStringLiteral("PRAGMA cache_size = -65536") : QStringLiteral("PRAGMA cache_size = -2000"));
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
    if (m_begun.ok() && m_outer)
        m_database.noteWriter(true);
}

Transaction::~Transaction()
{
    if (!m_begun.ok() || m_done)
        return;
    --m_database.m_transactionDepth;
    if (m_outer) {
        (void)m_database.exec(QStringLiteral("ROLLBACK"));
        m_database.noteWriter(false);
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
    auto done = m_database.exec(QStringLiteral("COMMIT"));
    if (!done)
        (void)m_database.exec(QStringLiteral("ROLLBACK"));
    m_database.noteWriter(false);
    return done;
}

Snapshot::Snapshot(Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth > 0)
        return;
    m_begun = m_database.exec(QStringLiteral("BEGIN"));
    m_own = m_begun.ok();
    if (m_own)
        ++m_database.m_transactionDepth;
}

Snapshot::~Snapshot()
{
    if (!m_own)
        return;
    --m_database.m_transactionDepth;
    (void)m_database.exec(QStringLiteral("COMMIT"));
}

} // namespace verdict
