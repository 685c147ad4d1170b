#include "store/qtsqlstatement.h"

#include "store/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace verdict {

namespace {

QVariant variant(const StatementBackend::Value &value)
{
    struct Visitor
    {
        QVariant operator()(std::monostate) const { return QVariant(QMetaType::fromType<QString>()); }
        QVariant operator()(qint64 v) const { return QVariant(qlonglong(v)); }
        QVariant operator()(double v) const { return QVariant(v); }
        QVariant operator()(const QString &v) const { return QVariant(v); }
        QVariant operator()(std::string_view v) const
        {
            return QVariant(QString::fromUtf8(v.data(), qsizetype(v.size())));
        }
    };
    return std::visit(Visitor(), value);
}

} // namespace

QtSqlStatement::QtSqlStatement(const Database &database, const QSqlDatabase &connection, const QString &sql)
    : m_database(database)
    , m_query(connection)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        m_unprepared = m_database.failure(m_query.lastError(), sql);
}

void QtSqlStatement::bind(int index, const Value &value)
{
    m_query.bindValue(index, variant(value));
}

void QtSqlStatement::bind(const QString &name, const Value &value)
{
    m_query.bindValue(name, variant(value));
}

Result<void> QtSqlStatement::exec()
{
    if (m_unprepared)
        return *m_unprepared;
    m_utf8.clear();
    if (!m_query.exec())
        return m_database.failure(m_query.lastError(), m_query.lastQuery());
    return {};
}

bool QtSqlStatement::next()
{
    for (auto &text : m_utf8)
        text.reset();
    return m_query.next();
}

Result<void> QtSqlStatement::status() const
{
    if (m_unprepared)
        return *m_unprepared;
    if (m_query.lastError().type() != QSqlError::NoError)
        return m_database.failure(m_query.lastError(), m_query.lastQuery());
    return {};
}

void QtSqlStatement::finish()
{
    m_query.finish();
}

int QtSqlStatement::columnCount() const
{
    return m_query.record().count();
}

Statement::Type QtSqlStatement::type(int column) const
{
    if (m_query.isNull(column))
        return Statement::Type::Null;
    switch (m_query.value(column).typeId()) {
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return Statement::Type::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Statement::Type::Real;
    case QMetaType::QByteArray:
        return Statement::Type::Blob;
    default:
        return Statement::Type::Text;
    }
}

qint64 QtSqlStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

double QtSqlStatement::real(int column) const
{
    return m_query.value(column).toDouble();
}

QString QtSqlStatement::string(int column) const
{
    return m_query.value(column).toString();
}

std::string_view QtSqlStatement::text(int column) const
{
    if (column < 0 || m_query.isNull(column))
        return {};
    if (std::size_t(column) >= m_utf8.size())
        m_utf8.resize(std::size_t(column) + 1);
    std::optional<QByteArray> &text = m_utf8[std::size_t(column)];
    if (!text)
        text = m_query.value(column).toString().toUtf8();
    return std::string_view(text->constData(), std::size_t(text->size()));
}

qint64 QtSqlStatement::rowsAffected() const
{
    return m_query.numRowsAffected();
}

qint64 QtSqlStatement::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

} // namespace verdict
