#include "store/pendingjournal.h"

#include "codecs/annotationjson.h"
#include "codecs/jsonfields.h"
#include "codecs/jsonlineparser.h"
#include "codecs/jsontext.h"
#include "store/annotationstore.h"
#include "util/filesync.h"
#include "util/timeutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace verdict {

namespace {

using nlohmann::json;

// How many workbenches may keep journals beside one project at the same time.
constexpr int MaxSlots = 16;

json toJson(const PendingWrite &write)
{
    json line{{"at", toStd(isoTime(write.at))}};
    if (write.activeSecondsOnly)
        line["active_seconds"] = json{{"task", toStd(write.annotation.taskId)},
            {"annotator", toStd(write.annotation.annotator)}, {"seconds", write.annotation.activeSeconds}};
    else
        line["annotation"] = annotationjson::annotationToJson(write.annotation);
    return line;
}

Result<PendingWrite> fromJson(const json &value)
{
    JsonFields fields;
    const json *object = fields.object(value, {});
    if (!object)
        return fields.toError();
    PendingWrite write;
    const QString at = fields.string(*object, "at", {});
    if (!fields.failed()) {
        write.at = parseIsoTime(at);
        if (!write.at.isValid())
            fields.fail(QStringLiteral("at"),
                QCoreApplication::translate("verdict::PendingJournal", "expected a time like 2026-11-22T10:00:00Z"));
    }
    if (fields.failed())
        return fields.toError();
    if (const auto it = object->find("annotation"); it != object->end()) {
        auto annotation = annotationjson::annotationFromJson(*it, {});
        if (!annotation) {
            Error error = annotation.error();
            error.field = fieldPath(QStringLiteral("annotation"), toStd(error.field));
            return error;
        }
        write.annotation = std::move(annotation).value();
        return write;
    }
    const json *seconds = fields.child(*object, "active_seconds", {}, JsonFields::Optional);
    if (!seconds && !fields.failed())
        fields.fail(QStringLiteral("annotation"),
            QCoreApplication::translate(
                "verdict::PendingJournal", "missing; expected the annotation or its active_seconds"));
    if (fields.failed())
        return fields.toError();
    const QString base = QStringLiteral("active_seconds");
    write.activeSecondsOnly = true;
    write.annotation.taskId = fields.identifier(*seconds, "task", base);
    write.annotation.annotator
        = fields.identifier(*seconds, "annotator", base, JsonFields::Required, IdentifierKind::Name);
    write.annotation.activeSeconds = fields.number(*seconds, "seconds", base);
    if (!fields.failed() && !(write.annotation.activeSeconds >= 0))
        fields.fail(fieldPath(base, "seconds"),
            QCoreApplication::translate("verdict::PendingJournal", "expected a number of seconds, at least 0"));
    if (fields.failed())
        return fields.toError();
    return write;
}

// One write a line, read back; the problem otherwise, at its column.
Result<PendingWrite> parseLine(std::string_view text)
{
    json value;
    JsonLineParser parser;
    if (!parser.parse(text, value))
        return makeError(parser.problemMessage(), {}, 0, jsontext::positionOf(text, parser.problemOffset()).column);
    auto write = fromJson(value);
    if (!write) {
        Error error = write.error();
        if (!error.field.isEmpty())
            error.column = jsontext::positionOf(text, jsontext::locate(text, error.field)).column;
        return error;
    }
    return write;
}

// Leaves out a draft that the next draft of the same annotation replaces.
void coalesce(QList<PendingWrite> &writes)
{
    QList<PendingWrite> kept;
    for (PendingWrite &write : writes) {
        if (!kept.isEmpty() && write.replaces(kept.constLast()))
            kept.last() = std::move(write);
        else
            kept << std::move(write);
    }
    writes = std::move(kept);
}

// Merges journals into one list, oldest first, each journal's writes in its own order.
QList<PendingWrite> merge(const std::vector<QList<PendingWrite>> &journals)
{
    QList<PendingWrite> merged;
    std::vector<qsizetype> next(journals.size(), 0);
    for (;;) {
        std::optional<std::size_t> earliest;
        for (std::size_t j = 0; j < journals.size(); ++j) {
            if (next[j] < journals[j].size()
                && (!earliest || journals[j][next[j]].at < journals[*earliest][next[*earliest]].at))
                earliest = j;
        }
        if (!earliest)
            return merged;
        merged << journals[*earliest][next[*earliest]++];
    }
}

// A copy of a journal with damaged lines, kept when the journal goes.
QString keepCopy(const QString &path)
{
    const QString base
        = path + u'.' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + u".damaged";
    QString copy = base;
    for (int n = 2; QFileInfo::exists(copy) && n < 100; ++n)
        copy = base + u'-' + QString::number(n);
    return QFile::copy(path, copy) ? copy : QString();
}

} // namespace

QString PendingJournal::pathFor(const QString &projectPath, int slot)
{
    return slot <= 1 ? projectPath + QStringLiteral("-pending.jsonl")
                     : projectPath + QStringLiteral("-pending-%1.jsonl").arg(slot);
}

QStringList PendingJournal::existing(const QString &projectPath)
{
    QStringList paths;
    for (int slot = 1; slot <= MaxSlots; ++slot) {
        if (QFileInfo::exists(pathFor(projectPath, slot)))
            paths << pathFor(projectPath, slot);
    }
    return paths;
}

Result<PendingJournal::Contents> PendingJournal::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read: %1").arg(file.errorString()), path);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(tr("cannot read: %1").arg(file.errorString()), path);
    Contents contents;
    qsizetype start = 0;
    for (int line = 1; start < data.size(); ++line) {
        const qsizetype end = data.indexOf('\n', start);
        const std::string_view text(data.constData() + start, std::size_t((end < 0 ? data.size() : end) - start));
        start = end < 0 ? data.size() : end + 1;
        if (text.empty())
            continue;
        if (end < 0) {
            // A line without its end: the program stopped while appending it, before reporting it written.
            contents.warnings << makeError(
                tr("the last write was cut short when the program stopped, before it was reported saved; left out"),
                path, line, 1);
            break;
        }
        auto write = parseLine(text);
        if (!write) {
            Error error = write.error();
            error.message = tr("cannot be read back (%1); left out").arg(error.message);
            error.file = path;
            error.line = line;
            error.column = std::max(error.column, 1);
            contents.warnings << error;
            contents.damaged = true;
            continue;
        }
        contents.writes << std::move(write).value();
    }
    coalesce(contents.writes);
    return contents;
}

std::optional<qint64> PendingJournal::holder(const QString &path)
{
    const QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    if (!lock.getLockInfo(&pid, &host, nullptr) || pid <= 0)
        return std::nullopt;
    // A lock its program left when it was killed holds nothing.
    if ((host.isEmpty() || host == QSysInfo::machineHostName()) && !filesync::processRuns(pid))
        return std::nullopt;
    return pid;
}

QList<PendingJournal::Waiting> PendingJournal::waiting(const QString &projectPath, const AnnotationStore &annotations)
{
    QList<Waiting> list;
    for (const QString &path : existing(projectPath)) {
        Waiting waiting;
        waiting.path = path;
        waiting.heldBy = holder(path);
        if (auto contents = read(path); !contents) {
            waiting.warnings << contents.error();
        } else {
            waiting.warnings = contents->warnings;
            for (const PendingWrite &write : contents->writes) {
                const auto stored = annotations.find(write.annotation.taskId, write.annotation.annotator);
                if (!stored || !write.isIn(stored.value()))
                    ++waiting.writes;
            }
        }
        list << waiting;
    }
    return list;
}

PendingJournal::PendingJournal(QString projectPath)
    : m_projectPath(std::move(projectPath))
{ }

PendingJournal::~PendingJournal() = default;

std::unique_ptr<QLockFile> PendingJournal::take(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Held for as long as writes wait, however long: only a program that ended leaves it to others.
    lock->setStaleLockTime(0);
    lock->tryLock(0);
    return lock;
}

PendingJournal::Contents PendingJournal::takeLeft()
{
    Contents left;
    std::vector<QList<PendingWrite>> journals;
    for (const QString &path : existing(m_projectPath)) {
        if (held().contains(path))
            continue;
        std::unique_ptr<QLockFile> lock = take(path);
        // Held by a running workbench, or written to the project and removed meanwhile.
        if (!lock->isLocked() || !QFileInfo::exists(path))
            continue;
        auto contents = read(path);
        if (!contents) {
            // Left where it is, for the next workbench to try.
            left.warnings << contents.error();
            continue;
        }
        left.warnings << contents->warnings;
        // Lines that cannot be read are not thrown away with the journal: a copy stays beside it.
        if (contents->damaged) {
            const QString copy = keepCopy(path);
            if (copy.isEmpty()) {
                left.warnings << makeError(
                    tr("left where it is for now: a copy of the lines that cannot be read cannot be made"), path);
                continue;
            }
            left.warnings << makeError(
                tr("a copy with the lines that cannot be read is kept in %1").arg(QFileInfo(copy).fileName()), path);
        }
        journals.push_back(contents->writes);
        m_taken.push_back(Held{path, std::move(lock)});
    }
    left.writes = merge(journals);
    coalesce(left.writes);
    return left;
}

Result<void> PendingJournal::takeOwn()
{
    for (int slot = 1; slot <= MaxSlots; ++slot) {
        const QString path = pathFor(m_projectPath, slot);
        // Another's journal, running or left for the next workbench to write: never appended to.
        if (QFileInfo::exists(path) || held().contains(path))
            continue;
        std::unique_ptr<QLockFile> lock = take(path);
        if (!lock->isLocked()) {
            if (lock->error() != QLockFile::LockFailedError)
                return makeError(tr("cannot keep waiting writes beside the project: cannot create %1")
                                     .arg(QFileInfo(path).fileName() + QStringLiteral(".lock")),
                    path);
            continue;
        }
        // Left by a program that stopped between our look and the lock: not ours to append to.
        if (QFileInfo::exists(path))
            continue;
        m_own = Held{path, std::move(lock)};
        return {};
    }
    return makeError(
        tr("cannot keep waiting writes beside the project: %1 other workbenches keep theirs there").arg(MaxSlots),
        m_projectPath);
}

Result<void> PendingJournal::append(const PendingWrite &write)
{
    if (!m_own) {
        if (auto taken = takeOwn(); !taken)
            return taken;
    }
    const QString &path = m_own->path;
    const QByteArray line
        = QByteArray::fromStdString(toJson(write).dump(-1, ' ', false, json::error_handler_t::replace)) + '\n';
    QFile file(path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return makeError(tr("cannot write: %1").arg(file.errorString()), path);
    const qint64 before = file.size();
    if (file.write(line) != line.size()) {
        const Error error = makeError(tr("cannot write: %1").arg(file.errorString()), path);
        // Nothing half-written for the next write to be glued to.
        file.resize(before);
        return error;
    }
    file.close();
    if (auto synced = filesync::syncFile(path); !synced) {
        QFile undo(path);
        undo.resize(before);
        return synced;
    }
    if (created)
        filesync::syncFolderOf(path);
    return {};
}

Result<void> PendingJournal::clear()
{
    Result<void> done;
    const QStringList paths = held();
    for (const QString &path : paths) {
        QFile file(path);
        if (file.exists() && !file.remove() && done)
            done = makeError(tr("cannot remove: %1").arg(file.errorString()), path);
    }
    if (!paths.isEmpty())
        filesync::syncFolderOf(paths.constFirst());
    m_own.reset();
    m_taken.clear();
    return done;
}

QStringList PendingJournal::held() const
{
    QStringList paths;
    if (m_own)
        paths << m_own->path;
    for (const Held &held : m_taken)
        paths << held.path;
    return paths;
}

} // namespace verdict
