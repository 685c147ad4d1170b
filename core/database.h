#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace verdict {

// One step of the schema: the statements that take a project from
// version - 1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// A connection to a project file, usable on the thread that opened it only
// (Qt Sql's rule); a worker thread opens its own. All SQL in Verdict lives
// behind this class and the stores that use it.
class Database final
{
public:
    enum class Mode { Create, Open };

    // Opens or creates `path`, turns on WAL and foreign keys, and brings the
    // schema up to the last of `migrations` in one transaction.
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode, const QList<Migration> &migrations);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // A forward-only prepared query; use run() to execute it.
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared query, turning a failure into an error that names the statement.
    Result<void> run(QSqlQuery &query) const;
    // Runs one statement without parameters.
    Result<void> exec(const QString &sql) const;

    // A text value to bind: Qt Sql binds a null QString as SQL NULL, which
    // NOT NULL text columns refuse; this binds it as ''.
    static QVariant text(const QString &value)
    {
        return value.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(value);
    }

    // The raw sqlite3 handle, for bulk paths that bypass Qt Sql's per-value overhead.
    void *sqliteHandle() const;

    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class Transaction;
    Database() = default;
    Result<void> migrate(const QList<Migration> &migrations);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
};

// A write transaction, rolled back unless committed. A transaction opened
// inside another is a savepoint of it: it can be undone alone, and what it
// commits lands only when the outer one commits.
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

} // namespace verdict
