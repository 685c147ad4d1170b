#pragma once

#include "store/statement.h"

#include <variant>

namespace verdict {

// What runs a Statement: Qt Sql for any driver (QtSqlStatement), or SQLite's
// own API for bulk work on an SQLite project (SqliteStatement). Only the SQL
// layer (Database and these) sees it. Parameters and columns are 0-based.
class StatementBackend
{
public:
    // A value to bind: NULL, an integer, a real, text (a null QString is NULL) or UTF-8 text.
    using Value = std::variant<std::monostate, qint64, double, QString, std::string_view>;

    virtual ~StatementBackend() = default;

    virtual void bind(int index, const Value &value) = 0;
    virtual void bind(const QString &name, const Value &value) = 0;
    virtual Result<void> exec() = 0;
    virtual bool next() = 0;
    virtual Result<void> status() const = 0;
    virtual void finish() = 0;

    virtual int columnCount() const = 0;
    virtual Statement::Type type(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QString string(int column) const = 0;
    virtual std::string_view text(int column) const = 0;

    virtual qint64 rowsAffected() const = 0;
    virtual qint64 lastInsertId() const = 0;
};

} // namespace verdict
