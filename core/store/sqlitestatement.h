#pragma once

#include "util/result.h"

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace verdict {

// A statement prepared once on a raw SQLite handle, for bulk paths where Qt
// Sql's per-value QVariant and UTF-16 round trips cost too much. Text is
// bound and read as UTF-8 without copies.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Result<void> prepare(sqlite3 *db, const char *sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters are 1-based. The text must stay alive until step() returns.
    void bind(int index, std::string_view text);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bindNull(int index);

    // Runs or advances the statement: true while it has a row to read.
    Result<bool> step();
    // Clears the bindings and rewinds, ready for the next use.
    void reset();

    std::string_view text(int column) const; // 0-based
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // Rows changed by the last step of an INSERT, UPDATE or DELETE.
    qint64 changes() const;
    // The row id of the last row inserted on this connection.
    qint64 lastInsertRowId() const;

private:
    Error error() const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace verdict
