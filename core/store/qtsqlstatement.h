#pragma once

#include "store/statementbackend.h"

#include <QByteArray>
#include <QSqlQuery>

#include <optional>
#include <vector>

class QSqlDatabase;

namespace verdict {

class Database;

// A Statement run by Qt Sql: works on every driver Qt has.
class QtSqlStatement final : public StatementBackend
{
public:
    QtSqlStatement(const Database &database, const QSqlDatabase &connection, const QString &sql);

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
    const Database &m_database;
    QSqlQuery m_query;
    std::optional<Error> m_unprepared; // why prepare() failed
    mutable std::vector<std::optional<QByteArray>> m_utf8; // text() of the current row, by column
};

} // namespace verdict
