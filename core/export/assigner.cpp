#include "export/assigner.h"

#include "domain/validation.h"
#include "export/batchexporter.h"
#include "export/exporter.h"
#include "store/database.h"
#include "store/project.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

namespace verdict {

namespace {

// File systems allow 255 bytes a name: each part gets at most this many in UTF-8.
constexpr qsizetype maxPartBytes = 100;

QString safeForFileName(const QString &text)
{
    QString out;
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const bool safe = c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'@';
        const QChar kept = safe ? c : QChar(u'_');
        bytes += kept.unicode() < 0x80 ? 1 : kept.unicode() < 0x800 ? 2 : 3; // a lone surrogate is never kept
        if (bytes > maxPartBytes)
            break;
        out += kept;
    }
    while (out.startsWith(u'.'))
        out[0] = u'_';
    return out;
}

} // namespace

QString Assigner::fileNameFor(const QString &annotator, const QString &label)
{
    QString name = u"assignment-" + safeForFileName(annotator.trimmed());
    if (!label.trimmed().isEmpty())
        name += u'-' + safeForFileName(label.trimmed());
    return name + u".jsonl";
}

Result<Assigner::Pools> Assigner::pools(Project &project, const QString &rubricId)
{
    auto whole = Exporter(project).wholeProjectAssignment(QString(), rubricId);
    if (!whole)
        return whole.error();
    auto gold = project.gold().taskIds();
    if (!gold)
        return gold.error();
    const QSet<QString> goldIds(gold->cbegin(), gold->cend());
    Pools pools;
    pools.rubricId = whole->rubricId;
    pools.rubricVersion = whole->rubricVersion;
    pools.gold = *gold;
    for (const QString &id : std::as_const(whole->taskIds)) {
        if (!goldIds.contains(id))
            pools.regular << id;
    }
    return pools;
}

QString Assigner::labelProblem(const QString &label)
{
    if (label.trimmed().isEmpty())
        return {};
    if (const QString problem = identifierProblem(label.trimmed(), IdentifierKind::Name); !problem.isEmpty())
        return tr("the label %1").arg(problem);
    return {};
}

Result<AssignReport> Assigner::run(Project &project, const AssignOptions &options, const ExportOptions &exportOptions)
{
    // Everything that can be checked is checked before anything is written.
    auto p = pools(project, options.rubricId);
    if (!p)
        return p.error();
    auto shares = AssignmentPlan::make(p->regular, p->gold, options.plan);
    if (!shares)
        return shares.error();
    if (const QString problem = labelProblem(options.label); !problem.isEmpty())
        return makeError(problem);
    if (options.outDir.isEmpty())
        return makeError(tr("choose a folder for the assignment batches"));

    QHash<QString, QString> owners; // file name -> annotator
    qint64 total = 0;
    for (const AnnotatorShare &share : *shares) {
        const QString name = fileNameFor(share.annotator, options.label);
        if (owners.contains(name))
            return makeError(tr("annotators %1 and %2 would share the file name %3; rename one of them")
                                 .arg(owners.value(name), share.annotator, name));
        owners.insert(name, share.annotator);
        total += share.taskIds.size();
    }
    QDir dir(options.outDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(options.outDir)));
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (QFileInfo(dir.filePath(it.key())).isDir())
            return makeError(tr("%1 is a folder; the batch for %2 cannot take its place")
                                 .arg(QDir::toNativeSeparators(dir.filePath(it.key())), it.value()));
    }

    // All files or none: the batches are written next to their place and
    // their exports recorded in one transaction; only when every one is
    // written does the transaction commit and the files move into place.
    QTemporaryDir staging(dir.filePath(QStringLiteral(".verdict-assign-XXXXXX")));
    if (!staging.isValid())
        return makeError(tr("cannot write in the folder %1: %2")
                             .arg(QDir::toNativeSeparators(options.outDir), staging.errorString()));
    Transaction transaction(project.database());
    if (!transaction.ok())
        return transaction.error();

    AssignReport report;
    report.rubricId = p->rubricId;
    report.rubricVersion = p->rubricVersion;
    report.regularTasks = p->regular.size();
    report.goldPool = p->gold.size();
    BatchExporter exporter(project);
    qint64 done = 0;
    for (const AnnotatorShare &share : *shares) {
        AssignmentSpec spec;
        spec.annotator = share.annotator;
        spec.taskIds = share.taskIds;
        spec.rubricId = p->rubricId;
        spec.rubricVersion = p->rubricVersion;
        spec.withGold = options.calibration;
        spec.label = options.label.trimmed();
        ExportOptions perFile = exportOptions;
        const qint64 before = done;
        const qint64 count = share.taskIds.size();
        if (exportOptions.progress) {
            // Records of one batch: its tasks (and gold answers); count tasks only.
            perFile.progress = [&exportOptions, before, count, total](qint64 d, qint64 t) {
                exportOptions.progress(before + (t > 0 ? d * count / t : 0), total);
            };
        }
        const QString name = fileNameFor(share.annotator, options.label);
        const QString file = dir.filePath(name);
        auto written = exporter.writeAssignment(spec, staging.filePath(name), perFile);
        if (!written) {
            Error error = written.error();
            error.file = file;
            return error;
        }
        done += count;
        report.batches.append(AssignedBatch{
            share.annotator, file, written->batchId, written->revision, int(share.taskIds.size()), share.goldTasks});
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    // A rename within one folder replaces the old file at once.
    for (const AssignedBatch &batch : std::as_const(report.batches)) {
        std::error_code failed;
        const QString staged = staging.filePath(QFileInfo(batch.file).fileName());
        std::filesystem::rename(staged.toStdString(), batch.file.toStdString(), failed);
        if (failed)
            return makeError(
                tr("cannot move the batch into place: %1").arg(QString::fromStdString(failed.message())), batch.file);
    }
    if (exportOptions.progress)
        exportOptions.progress(total, total);
    return report;
}

} // namespace verdict
