#pragma once

#include "util/result.h"

#include <QString>

#include <memory>
#include <string_view>

namespace verdict {

class StatementBackend;

// A statement prepared by Database::prepare(): the one way SQL runs in
// Verdict, whatever runs it underneath (Qt Sql, or SQLite's own API for bulk
// work). Parameters are "?", bound in order with add(), or ":name", bound
// with bind(). Text goes in and comes out as QString, or as UTF-8 without
// copies. Use it on its database's thread, and never after the database.
class Statement final
{
public:
    enum class Type { Null, Integer, Real, Text, Blob };

    Statement();
    explicit Statement(std::unique_ptr<StatementBackend> backend);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isPrepared() const { return m_backend != nullptr; }

    // Binds the next "?"; after exec() binding starts again at the first.
    // A null QString binds SQL NULL, as Qt Sql does; addText() binds it as ''
    // (for NOT NULL columns), and addOptional() binds NULL for any empty text.
    Statement &add(const QString &value);
    Statement &addText(const QString &value);
    Statement &addOptional(const QString &value);
    // UTF-8 that must stay alive until the statement has run and its rows
    // are read; a view without data binds NULL.
    Statement &add(std::string_view utf8);
    Statement &add(qint64 value);
    Statement &add(int value) { return add(qint64(value)); }
    Statement &add(double value);
    Statement &addNull();
    // Binds a named parameter (":name", with the colon) wherever it appears.
    Statement &bind(const QString &name, const QString &value);
    Statement &bind(const QString &name, qint64 value);

    // Runs the statement with the values bound; a query then stands before
    // its first row. Running it again runs it anew.
    Result<void> exec();
    // Moves to the next row: false after the last one, or on an error, which
    // status() then gives.
    bool next();
    // Whether reading the rows went well so far.
    Result<void> status() const;
    // Lets go of the rows not read yet: a query kept for later holds a read
    // lock on the database until its last row is read or it is finished.
    void finish();

    int columnCount() const;
    bool isNull(int column) const { return type(column) == Type::Null; }
    Type type(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString string(int column) const;
    // The column as UTF-8, valid until the next row.
    std::string_view text(int column) const;

    // Rows changed by the INSERT, UPDATE or DELETE it ran last.
    qint64 rowsAffected() const;
    // The row id of the row an INSERT added last on the connection.
    qint64 lastInsertId() const;

private:
    std::unique_ptr<StatementBackend> m_backend;
    int m_next = 0; // the parameter add() binds next, 0-based
};

} // namespace verdict
