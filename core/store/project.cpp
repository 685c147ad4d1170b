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
#include <QSysInfo>
#include <QUuid>

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
    , m_authoring(*m_db)
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
            if (auto done = project->setValue(key, value); !done)
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
        auto folded = project->database().foldIntoFile();
        if (!folded)
            return folded.error();
        if (!*folded)
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
    Statement query = m_db->prepare(QStringLiteral("SELECT key, value FROM project"));
    if (auto done = query.exec(); !done)
        return done;
    while (query.next()) {
        const QString key = query.string(0);
        if (key == u"id")
            m_id = query.string(1);
        else if (key == u"name")
            m_name = query.string(1);
        else if (key == u"created_at")
            m_createdAt = parseIsoTime(query.string(1));
    }
    if (m_id.isEmpty())
        return makeError(tr("not a Verdict project (it has no project id)"));
    return {};
}

Result<void> Project::setValue(const QString &key, const QString &value)
{
    Statement query = m_db->prepare(QStringLiteral(
        "INSERT INTO project (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.add(key).add(value);
    return query.exec();
}

Result<bool> Project::isCalibrationWorkspace() const
{
    Statement query = m_db->prepare(QStringLiteral("SELECT value FROM project WHERE key = 'calibration'"));
    if (auto done = query.exec(); !done)
        return done.error();
    return query.next() && query.string(0) == u"true";
}

Result<void> Project::markCalibrationWorkspace()
{
    return setValue(QStringLiteral("calibration"), QStringLiteral("true"));
}

Result<ProjectInfo> Project::info() const
{
    ProjectInfo info;
    info.id = m_id;
    info.name = m_name;
    info.createdAt = m_createdAt;
    info.schemaVersion = m_db->schemaVersion();
    auto tasks = m_tasks.count();
    if (!tasks)
        return tasks.error();
    info.tasks = *tasks;
    auto gold = m_gold.count();
    if (!gold)
        return gold.error();
    info.goldTasks = *gold;
    auto adjudications = m_adjudications.count();
    if (!adjudications)
        return adjudications.error();
    info.adjudications = *adjudications;
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
    auto batches = BatchStore(*m_db).imported();
    if (!batches)
        return batches.error();
    info.batches = *batches;
    return info;
}

} // namespace verdict
