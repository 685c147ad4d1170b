#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace verdict {

struct ExportOptions
{
    QString producer; // the person exporting, named in batch manifests and the audit trail
    std::function<void(qint64 done, qint64 total)> progress; // records, on the exporting thread
    const std::atomic_bool *cancel = nullptr; // a cancelled export leaves no file
};

// What an export wrote.
struct ExportReport
{
    QString file;
    QString format; // batch, trl, sft, prodigy, ratings
    QString kind; // batch exports: the batch kind
    QString batchId;
    int revision = 0;
    QString sha256;
    qint64 records = 0; // lines written (a batch's end record aside)
    qint64 tasks = 0;
    qint64 annotations = 0;
    qint64 gold = 0;
    qint64 adjudications = 0;
    qint64 finals = 0; // final records (dataset batches written with final answers)
    qint64 skipped = 0; // answers that gave no record (a tie, no rewrite, …)
    QList<Error> warnings;
};

} // namespace verdict
