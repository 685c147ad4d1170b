#include "store/statement.h"

#include "store/statementbackend.h"

#include <QCoreApplication>

namespace verdict {

namespace {

Error notPrepared()
{
    return makeError(QCoreApplication::translate("verdict::Database", "database error: no statement was prepared"));
}

} // namespace

Statement::Statement() = default;

Statement::Statement(std::unique_ptr<StatementBackend> backend)
    : m_backend(std::move(backend))
{ }

Statement::~Statement() = default;
Statement::Statement(Statement &&other) noexcept = default;
Statement &Statement::operator=(Statement &&other) noexcept = default;

Statement &Statement::add(const QString &value)
{
    if (m_backend)
        m_backend->bind(m_next, value);
    ++m_next;
    return *this;
}

Statement &Statement::addText(const QString &value)
{
    return add(value.isNull() ? QString(QLatin1StringView("")) : value);
}

Statement &Statement::addOptional(const QString &value)
{
    return value.isEmpty() ? addNull() : add(value);
}

Statement &Statement::add(std::string_view utf8)
{
    if (m_backend)
        m_backend->bind(m_next, utf8);
    ++m_next;
    return *this;
}

Statement &Statement::add(qint64 value)
{
    if (m_backend)
        m_backend->bind(m_next, value);
    ++m_next;
    return *this;
}

Statement &Statement::add(double value)
{
    if (m_backend)
        m_backend->bind(m_next, value);
    ++m_next;
    return *this;
}

Statement &Statement::addNull()
{
    if (m_backend)
        m_backend->bind(m_next, std::monostate());
    ++m_next;
    return *this;
}

Statement &Statement::bind(const QString &name, const QString &value)
{
    if (m_backend)
        m_backend->bind(name, value);
    return *this;
}

Statement &Statement::bind(const QString &name, qint64 value)
{
    if (m_backend)
        m_backend->bind(name, value);
    return *this;
}

Result<void> Statement::exec()
{
    m_next = 0;
    if (!m_backend)
        return notPrepared();
    return m_backend->exec();
}

bool Statement::next()
{
    return m_backend && m_backend->next();
}

Result<void> Statement::status() const
{
    if (!m_backend)
        return notPrepared();
    return m_backend->status();
}

void Statement::finish()
{
    if (m_backend)
        m_backend->finish();
}

int Statement::columnCount() const
{
    return m_backend ? m_backend->columnCount() : 0;
}

Statement::Type Statement::type(int column) const
{
    return m_backend ? m_backend->type(column) : Type::Null;
}

qint64 Statement::integer(int column) const
{
    return m_backend ? m_backend->integer(column) : 0;
}

double Statement::real(int column) const
{
    return m_backend ? m_backend->real(column) : 0;
}

QString Statement::string(int column) const
{
    return m_backend ? m_backend->string(column) : QString();
}

std::string_view Statement::text(int column) const
{
    return m_backend ? m_backend->text(column) : std::string_view();
}

qint64 Statement::rowsAffected() const
{
    return m_backend ? m_backend->rowsAffected() : 0;
}

qint64 Statement::lastInsertId() const
{
    return m_backend ? m_backend->lastInsertId() : 0;
}

} // namespace verdict
