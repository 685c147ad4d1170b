#pragma once

#include "util/result.h"

#include <QString>

// Making a finished file durable before it is given its final name, so that
// a crash never leaves a name pointing at part of a file.
namespace verdict::filesync {

// Flushes a file's contents to the disk.
Result<void> syncFile(const QString &path);
// Flushes the folder holding `path`, so that a name just given in it survives a crash.
void syncFolderOf(const QString &path);
// Gives `from` the name `to` in one step, refusing when `to` exists; then
// makes the new name durable.
Result<void> renameNew(const QString &from, const QString &to);
// Whether a process of this id runs on this machine (false only when it surely does not).
bool processRuns(qint64 pid);

} // namespace verdict::filesync
