#pragma once

#include "codecs/batchformat.h"
#include "util/result.h"

#include <atomic>

namespace verdict {

struct VerifyReport
{
    BatchManifest manifest;
    qint64 records = 0; // lines before the end record
    QString sha256;
    qint64 tasks = 0;
    // Tasks that are a later revision of an authored task (meta.authoring.revision above 1):
    // an import replaces the earlier revision a project holds with them.
    qint64 revisedTasks = 0;
    qint64 annotations = 0;
    qint64 gold = 0;
    qint64 adjudications = 0;
    int rubrics = 0;
};

// Checks a batch file without a project: every line parses, every record
// has the shape its type asks for, in the order the format sets, and the
// end record's count and digest match the file; and every check of an
// import that needs no project (BatchChecker): answers against the rubric
// versions and tasks the batch carries, a task or rubric version that comes
// twice with other content. It keeps a digest of each task it reads (and
// the ids and lengths of its responses when the batch answers about its
// tasks).
class BatchVerifier final
{
public:
    static Result<VerifyReport> verify(const QString &fileName, const std::atomic_bool *cancel = nullptr);
};

} // namespace verdict
