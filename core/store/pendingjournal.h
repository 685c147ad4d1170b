#pragma once

#include "store/pendingwrite.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace verdict {

class AnnotationStore;

// The file beside a project that keeps the workbench's writes while they
// wait for the project (another program holding its write lock), so that a
// crash, a kill or a power cut loses none of them: PROJECT-pending.jsonl, one
// write a line, oldest first. A write is appended and flushed to disk before
// it counts as made; once every write in it is in the project, the file goes.
// The next workbench to open the project writes what a stopped one left.
//
// A running workbench holds its journal with a lock file beside it
// (PROJECT-pending.jsonl.lock); a second workbench on the same project at the
// same time keeps its own (PROJECT-pending-2.jsonl, …). A journal whose file
// exists while no running program holds it was left by one that stopped.
class PendingJournal final
{
    Q_DECLARE_TR_FUNCTIONS(verdict::PendingJournal)

public:
    // Writes read back from journals.
    struct Contents
    {
        // Oldest first; a draft followed by another draft of the same
        // annotation is left out, as the workbench's queue leaves it out.
        QList<PendingWrite> writes;
        // Lines left out, each naming file, line and column: a last line a
        // crash cut short (never reported written), a damaged line.
        QList<Error> warnings;
        // A line other than a cut-short last one could not be read.
        bool damaged = false;
    };

    // What waits beside a project in one journal, as `verdict info` tells it.
    struct Waiting
    {
        QString path;
        int writes = 0; // not in the project yet
        std::optional<qint64> heldBy; // the running program that holds it, if one does
        QList<Error> warnings;
    };

    // The journal of the `slot`th workbench on the project at the same time.
    static QString pathFor(const QString &projectPath, int slot = 1);
    // The journals beside the project, whoever holds them.
    static QStringList existing(const QString &projectPath);
    // Reads a journal. A line that cannot be read is a warning, never a
    // reason to refuse the rest; fails only when the file cannot be read.
    static Result<Contents> read(const QString &path);
    // The process of the running program that holds the journal, if one does.
    static std::optional<qint64> holder(const QString &path);
    // What waits beside the project: each journal and how many of its
    // writes `annotations` (the project's) does not hold yet.
    static QList<Waiting> waiting(const QString &projectPath, const AnnotationStore &annotations);

    // This program's journal for the project. Nothing is taken or written
    // until the first append() or takeLeft().
    explicit PendingJournal(QString projectPath);
    // Lets go of the journals it holds; their files stay.
    ~PendingJournal();
    PendingJournal(const PendingJournal &) = delete;
    PendingJournal &operator=(const PendingJournal &) = delete;

    // Takes the journals that programs which stopped left beside the
    // project and returns their writes, oldest first (each journal's in its
    // order). They stay on disk, held by this one, until clear().
    Contents takeLeft();
    // Appends a write and flushes it to the disk; the first append takes a
    // journal of this program's own.
    Result<void> append(const PendingWrite &write);
    // Removes every journal this one holds, its own and those it took: call
    // it once every write in them is in the project.
    Result<void> clear();
    // The journals it holds (its own first, if it has one).
    QStringList held() const;

private:
    struct Held
    {
        QString path;
        std::unique_ptr<QLockFile> lock;
    };
    // Takes the journal at `path` if no running program holds it.
    static std::unique_ptr<QLockFile> take(const QString &path);
    Result<void> takeOwn();

    QString m_projectPath;
    std::optional<Held> m_own;
    std::vector<Held> m_taken;
};

} // namespace verdict
