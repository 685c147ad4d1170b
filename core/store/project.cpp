#include "store/project.h"

#include "codecs/jsonfields.h"
#include "store/pendingjournal.h"
#include "util/filesync.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <array>

namespace verdict {

namespace {

// The files SQLite keeps beside a database while it is open or was cut short.
const std::array sideFiles{"-journal", "-wal", "-shm", "-writer"};

void removeWithSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : sideFiles)
        QFile::remove(path + QLatin1StringView(suffix));
}

// ".NAME.HOST.PID.RANDOM.creating" beside the project: hidden, and telling
// which process on which machine is making it.
QString creationPrefix(const QString &path)
{
    return u'.' + QFileInfo(path).fileName() + u'.';
}

QString creationHost()
{
    QString host = QSysInfo::machineHostName();
    host.replace(u'.', u'_');
    return host.isEmpty() ? QStringLiteral("host") : host;
}

QString temporaryFileFor(const QString &path)
{
    return QFileInfo(path).dir().filePath(creationPrefix(path) + creationHost() + u'.'
        + QString::number(QCoreApplication::applicationPid()) + u'.'
        + QString::number(QRandomGenerator::global()->generate(), 36) + QStringLiteral(".creating"));
}

// Removes what creations of `path` killed on this machine left behind.
void removeAbandonedCreations(const QString &path)
{
    const QDir dir = QFileInfo(path).dir();
    const QString prefix = creationPrefix(path) + creationHost() + u'.';
    const QStringList names = dir.entryList({prefix + u"*.creating*"}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const qint64 pid = name.mid(prefix.size()).section(u'.', 0, 0).toLongLong();
        if (pid > 0 && !filesync::processRuns(pid))
            QFile::remove(dir.filePath(name));
    }
}

} // namespace

Project::Project(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_tasks(*m_db)
    , m_annotations(*m_db)
    , m_rubrics(*m_db)
    , m_gold(*m_db)
    , m_adjudications(*m_db)
    , m_audit(*m_db)
{ }

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &name,
    const QList<Migration> &migrations, const QString &fixedId, const Fill &fill)
{
    if (name.trimmed().isEmpty())
        return makeError(tr("a project needs a name"), path);
    if (QFileInfo::exists(path))
        return makeError(tr("already exists; choose another name or open it instead"), path);
    removeAbandonedCreations(path);
    const QString temporary = temporaryFileFor(path);
    const auto made = [&]() -> Result<void> {
        auto db = Database::open(temporary, Database::Mode::Create, migrations);
        if (!db)
            return db.error();
        std::unique_ptr<Project> project(new Project(std::move(db).value()));
        Transaction transaction(project->database());
        if (!transaction.ok())
            return transaction.error();
        const QString id = fixedId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : fixedId;
        for (const auto &[key, value] :
            {std::pair{QStringLiteral("id"), id}, std::pair{QStringLiteral("name"), name.trimmed()},
                std::pair{QStringLiteral("created_at"), isoTime(nowUtc())}}) {
            QSqlQuery query
                = project->database().prepare(QStringLiteral("INSERT INTO project (key, value) VALUES (?, ?)"));
            query.addBindValue(key);
            query.addBindValue(value);
            if (auto done = project->database().run(query); !done)
                return done;
        }
        if (auto done = project->audit().append(QString(), QStringLiteral("create"), {{"name", toStd(name.trimmed())}});
            !done)
            return done;
        if (auto done = project->loadMeta(); !done)
            return done;
        if (fill) {
            if (auto done = fill(*project); !done)
                return done;
        }
        if (auto done = transaction.commit(); !done)
            return done;
        // Everything into the one file: a name given to it must not leave its write-ahead log behind.
        QSqlQuery journal = project->database().prepare(QStringLiteral("PRAGMA journal_mode=DELETE"));
        if (auto done = project->database().run(journal); !done)
            return done;
        if (!journal.next() || journal.value(0).toString() != u"delete")
            return makeError(tr("cannot finish the project file"), path);
        return {};
    };
    auto done = made();
    if (done)
        done = filesync::syncFile(temporary);
    if (done) {
        // Files of an earlier project of this name, deleted without them, must not be taken for this one's.
        for (const char *suffix : sideFiles) {
            if (!QFileInfo::exists(path))
                QFile::remove(path + QLatin1StringView(suffix));
        }
        // Nor the workbench's waiting writes to it, which the new one's would replay.
        if (!QFileInfo::exists(path)) {
            for (const QString &journal : PendingJournal::existing(path))
                QFile::remove(journal);
        }
        done = filesync::renameNew(temporary, path);
    }
    removeWithSideFiles(temporary);
    if (!done) {
        Error error = done.error();
        if (error.file == temporary)
            error.file = path;
        return error;
    }
    return open(path, migrations);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, const QList<Migration> &migrations)
{
    auto db = Database::open(path, Database::Mode::Open, migrations);
    if (!db)
        return db.error();
    std::unique_ptr<Project> project(new Project(std::move(db).value()));
    if (auto done = project->loadMeta(); !done) {
        Error error = done.error();
        error.file = path;
        return error;
    }
    return project;
}

Result<void> Project::loadMeta()
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT key, value FROM project"));
    if (auto done = m_db->run(query); !done)
        return done;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == u"id")
            m_id = query.value(1).toString();
        else if (key == u"name")
            m_name = query.value(1).toString();
        else if (key == u"created_at")
            m_createdAt = parseIsoTime(query.value(1).toString());
    }
    if (m_id.isEmpty())
        return makeError(tr("not a Verdict project (it has no project id)"));
    return {};
}

Result<bool> Project::isCalibrationWorkspace() const
{
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT value FROM project WHERE key = 'calibration'"));
    if (auto done = m_db->run(query); !done)
        return done.error();
    return query.next() && query.value(0).toString() == u"true";
}

Result<ProjectInfo> Project::info() const
{
    ProjectInfo info;
    info.id = m_id;
    info.name = m_name;
    info.createdAt = m_createdAt;
    info.schemaVersion = m_db->schemaVersion();
    const auto scalar = [this](const QString &sql) -> Result<qint64> {
        QSqlQuery query = m_db->prepare(sql);
        if (auto done = m_db->run(query); !done)
            return done.error();
        query.next();
        return query.value(0).toLongLong();
    };
    for (auto [target, sql] : {std::pair{&info.tasks, QStringLiteral("SELECT count(*) FROM task")},
             std::pair{&info.goldTasks, QStringLiteral("SELECT count(*) FROM gold")},
             std::pair{&info.adjudications, QStringLiteral("SELECT count(*) FROM adjudication")}}) {
        const auto value = scalar(sql);
        if (!value)
            return value.error();
        *target = *value;
    }
    auto byStatus = m_annotations.countByStatus();
    if (!byStatus)
        return byStatus.error();
    info.annotationsByStatus = *byStatus;
    auto annotators = m_annotations.annotators();
    if (!annotators)
        return annotators.error();
    info.annotators = *annotators;
    auto rubrics = m_rubrics.all();
    if (!rubrics)
        return rubrics.error();
    info.rubrics = *rubrics;

    QSqlQuery batches = m_db->prepare(QStringLiteral(
        "SELECT batch_id, revision, kind, producer, file_name, records, imported_at FROM batch ORDER BY id"));
    if (auto done = m_db->run(batches); !done)
        return done.error();
    while (batches.next()) {
        info.batches << BatchRecord{batches.value(0).toString(), batches.value(1).toInt(), batches.value(2).toString(),
            batches.value(3).toString(), batches.value(4).toString(), batches.value(5).toLongLong(),
            parseIsoTime(batches.value(6).toString())};
    }
    return info;
}

} // namespace verdict
