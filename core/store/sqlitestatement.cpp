#include "store/sqlitestatement.h"

#include "store/database.h"

#include <sqlite3.h>

namespace verdict {

namespace {

// SQLite counts every allocation in statistics kept behind one process-wide
// mutex; JSON extraction allocates for every row, so two threads reading in
// parallel (AnnotationQuery) would mostly wait on each other (measured: twice
// the CPU for the same wall time). Nothing in Verdict reads those statistics.
// This must run before SQLite initialises, so it runs when the program loads;
// if SQLite is already initialised the call is refused and nothing changes.
const int memoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

} // namespace

SqliteStatement::SqliteStatement(const Database &database, sqlite3 *db, const QString &sql)
    : m_database(database)
    , m_db(db)
{
    (void)memoryStatisticsOff;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = m_database.failure(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), sql);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::rewind()
{
    if (m_running)
        sqlite3_reset(m_statement);
    m_running = false;
    m_rowWaiting = false;
}

void SqliteStatement::bind(int index, const Value &value)
{
    if (!m_statement)
        return;
    rewind();
    const int i = index + 1;
    struct Visitor
    {
        sqlite3_stmt *s;
        int i;
        void operator()(std::monostate) const { sqlite3_bind_null(s, i); }
        void operator()(qint64 v) const { sqlite3_bind_int64(s, i, v); }
        void operator()(double v) const { sqlite3_bind_double(s, i, v); }
        void operator()(const QString &v) const
        {
            if (v.isNull())
                sqlite3_bind_null(s, i);
            else
                sqlite3_bind_text16(s, i, v.utf16(), int(v.size() * 2), SQLITE_TRANSIENT);
        }
        void operator()(std::string_view v) const { sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_STATIC); }
    };
    std::visit(Visitor{m_statement, i}, value);
}

void SqliteStatement::bind(const QString &name, const Value &value)
{
    if (!m_statement)
        return;
    const int index = sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData());
    if (index > 0)
        bind(index - 1, value);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes64(m_db);
        m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    } else {
        m_error = m_database.failure(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
            QString::fromUtf8(sqlite3_sql(m_statement)));
    }
    // At the end the statement lets go of what it read, as an unfinished one would not.
    sqlite3_reset(m_statement);
    m_running = false;
    return false;
}

Result<void> SqliteStatement::exec()
{
    if (!m_statement)
        return *m_error;
    rewind();
    m_error.reset();
    m_running = true;
    m_rowWaiting = step();
    if (m_error)
        return *m_error;
    return {};
}

bool SqliteStatement::next()
{
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    return m_running && step();
}

Result<void> SqliteStatement::status() const
{
    if (m_error)
        return *m_error;
    return {};
}

void SqliteStatement::finish()
{
    rewind();
}

int SqliteStatement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

Statement::Type SqliteStatement::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Statement::Type::Integer;
    case SQLITE_FLOAT:
        return Statement::Type::Real;
    case SQLITE_TEXT:
        return Statement::Type::Text;
    case SQLITE_BLOB:
        return Statement::Type::Blob;
    default:
        return Statement::Type::Null;
    }
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::string(int column) const
{
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

std::string_view SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return std::string_view(data, std::size_t(sqlite3_column_bytes(m_statement, column)));
}

qint64 SqliteStatement::rowsAffected() const
{
    return m_changes;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_lastInsertId;
}

} // namespace verdict
