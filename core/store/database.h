#pragma once

#include "store/statement.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlError;

namespace verdict {

// How optional text is bound to a column: NULL when empty, the text otherwise.
inline QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// One step of the schema: the statements that take a project from
// version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// A connection to a project file, usable on the thread that opened it only
// (Qt Sql's rule); a worker thread opens its own. This class, Statement and
// the two that run statements (QtSqlStatement, SqliteStatement) are the SQL
// layer: every query in Verdict is a Statement it prepares, and nothing else
// sees the driver or its handle (CONTRIBUTING.md, "Storage").
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::Database)

public:
    enum class Mode { Create, Open };

    // How a statement runs. Ordinary ones go through Qt Sql. Bulk ones, for
    // imports, exports and analyses that pass many rows, bind and read
    // UTF-8 without copies through the database's own API where it has one
    // (SQLite's), and through Qt Sql where it has not.
    enum class Access { Ordinary, Bulk };

    // Opens or creates `path`, turns on WAL and foreign keys, and brings the
    // schema up to the last of `migrations` in one transaction.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const QList<Migration> &migrations);
    // Another connection to an open project, for reading only: a worker
    // thread's own (a connection belongs to the thread that opened it).
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path);

    // How long a write waits for another program's write to finish before
    // giving up with a busy error: for connections opened from now on.
    static void setDefaultBusyTimeout(int milliseconds);
    static int defaultBusyTimeout();
    // What this program is, as others are told when it keeps them waiting
    // (default: its command line).
    static void setProgramDescription(const QString &description);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // How long this connection's writes wait for another's (see setDefaultBusyTimeout).
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeout; }
    // The error a write gets when another program holds the project's write
    // lock: plainly that the project is busy, and, as far as it can be known,
    // which program holds it since when (writer()).
    Error busyError() const;
    // The program holding the project's write lock, from the note it leaves
    // beside the project: "COMMAND (run by USER as process PID on HOST, since
    // TIME)"; empty when there is no note or its process has ended.
    QString writer() const;

    // Flushes what was committed to the disk. Commits survive a crash of the
    // program at once, but with the write-ahead log synced only at
    // checkpoints (synchronous=NORMAL) the last of them may not survive a
    // power cut until then: call this before forgetting another copy of them.
    Result<void> syncCommitted() const;
    // Writes everything into the project file itself and stops keeping a
    // write-ahead log beside it, so that the file alone is the project (a new
    // one, before it is given its name); false when SQLite kept the log.
    // Opening it again turns the log on.
    Result<bool> foldIntoFile();
    // A page cache large enough for a big transaction (an import), which
    // would otherwise write the index pages it keeps touching again and
    // again; false sets the usual size back.
    void setLargeCache(bool large);

    // Prepares a statement; a statement that cannot be prepared says why when it is run.
    Statement prepare(const QString &sql, Access access = Access::Ordinary) const;
    // Runs one statement without parameters.
    Result<void> exec(const QString &sql) const;

    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class Transaction;
    friend class Snapshot;
    friend class QtSqlStatement;
    friend class SqliteStatement;
    Database() = default;
    Result<void> migrate(const QList<Migration> &migrations);
    // The error of a failed statement: a busy project as busyError(), a refused value marked as such.
    Error failure(const QSqlError &error, const QString &what) const;
    Error failure(int code, const QString &message, const QString &what) const;
    // The SQLite handle of the connection, or null when it is not SQLite.
    void *sqliteHandle() const;
    // Writes, or removes, the note beside the project that says which program
    // holds its write lock (PROJECT-writer), for others to read when they find it busy.
    void noteWriter(bool holding);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
    int m_busyTimeout = 0;
    QByteArray m_note; // the note this connection wrote, while it holds the lock
};

// A write transaction, rolled back unless committed. A transaction opened
// inside another is a savepoint of it: it can be undone alone, and what it
// commits lands only when the outer one commits. While an outer one is open,
// a note beside the project names this program to others it keeps waiting.
class [[nodiscard]] Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; when not, error() says why.
    bool ok() const { return m_begun.ok(); }
    const Error &error() const { return m_begun.error(); }
    Result<void> commit();

private:
    Database &m_database;
    Result<void> m_begun;
    QString m_savepoint;
    bool m_outer = false;
    bool m_done = false;
};

// A read transaction: everything read while it lives comes from one state of
// the project, whatever other connections commit meanwhile. Inside another
// transaction it adds nothing (that one reads one state already).
class [[nodiscard]] Snapshot final
{
public:
    explicit Snapshot(Database &database);
    ~Snapshot();
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

    bool ok() const { return m_begun.ok(); }
    const Error &error() const { return m_begun.error(); }

private:
    Database &m_database;
    Result<void> m_begun;
    bool m_own = false;
};

} // namespace verdict
