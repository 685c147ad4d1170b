#pragma once

#include "store/statementbackend.h"

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace verdict {

class Database;

// A Statement run by SQLite's own API on the handle of a Qt Sql connection,
// for bulk paths where Qt Sql's QVariant and UTF-16 round trips for every
// value cost too much. UTF-8 text is bound and read without copies.
class SqliteStatement final : public StatementBackend
{
public:
    SqliteStatement(const Database &database, sqlite3 *db, const QString &sql);
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, const Value &value) override;
    void bind(const QString &name, const Value &value) override;
    Result<void> exec() override;
    bool next() override;
    Result<void> status() const override;
    void finish() override;

    int columnCount() const override;
    Statement::Type type(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QString string(int column) const override;
    std::string_view text(int column) const override;

    qint64 rowsAffected() const override;
    qint64 lastInsertId() const override;

private:
    // Steps once: true on a row; at the end or on an error the statement is rewound.
    bool step();
    // Makes a statement that ran ready to be bound and run again.
    void rewind();

    const Database &m_database;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<Error> m_error; // why it could not be prepared, or why the last step failed
    bool m_running = false; // stepped since it was last rewound
    bool m_rowWaiting = false; // exec() stepped onto the first row, which next() has not given yet
    qint64 m_changes = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace verdict
