#include "store/sqlitestatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace verdict {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Error SqliteStatement::error() const
{
    Error error = makeError(QCoreApplication::translate("verdict::Database", "database error: %1 (in: %2)")
                                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)),
                                    QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(200)));
    error.refusedValue = (sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_CONSTRAINT; // any kind of constraint
    return error;
}

Result<void> SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    m_db = db;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (!db)
        return makeError(QCoreApplication::translate("verdict::Database", "database error: no SQLite handle"));
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
        return makeError(
            QCoreApplication::translate("verdict::Database", "database error: %1 (in: %2)")
                .arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql).simplified().left(200)));
    return {};
}

void SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = error();
    sqlite3_reset(m_statement);
    return e;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string_view SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return std::string_view(data, std::size_t(sqlite3_column_bytes(m_statement, column)));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_db);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace verdict
