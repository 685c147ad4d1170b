#include "util/filesync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace verdict::filesync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::filesync", text);
}

} // namespace

Result<void> syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(tr("cannot open to flush it: %1").arg(QString::fromLocal8Bit(strerror(errno))), path);
    const int synced = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (synced != 0)
        return makeError(tr("cannot flush to disk: %1").arg(QString::fromLocal8Bit(strerror(error))), path);
#else
    Q_UNUSED(path);
#endif
    return {};
}

void syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);
    ::close(fd);
#else
    Q_UNUSED(path);
#endif
}

Result<void> renameNew(const QString &from, const QString &to)
{
    QFile file(from);
    // Qt renames without replacing (renameat2 with RENAME_NOREPLACE, or link and unlink).
    if (!file.rename(to))
        return makeError(QFileInfo::exists(to) ? tr("already exists; choose another name or open it instead")
                                               : tr("cannot create: %1").arg(file.errorString()),
            to);
    syncFolderOf(to);
    return {};
}

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace verdict::filesync
