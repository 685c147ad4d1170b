#include "assigner.h"

#include "batchexporter.h"
#include "exporter.h"
#include "project.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace verdict {

namespace {

QString safeForFileName(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool safe = c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.' || c == u'@';
        out += safe ? c : u'_';
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

Result<AssignReport> Assigner::run(Project &project, const AssignOptions &options, const ExportOptions &exportOptions)
{
    auto p = pools(project, options.rubricId);
    if (!p)
        return p.error();
    auto shares = AssignmentPlan::make(p->regular, p->gold, options.plan);
    if (!shares)
        return shares.error();
    if (options.outDir.isEmpty())
        return makeError(tr("choose a folder for the assignment batches"));
    QDir dir(options.outDir);
    if (!dir.mkpath(QStringLiteral(".")))
        return makeError(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(options.outDir)));

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
        const QString file = dir.filePath(fileNameFor(share.annotator, options.label));
        auto written = exporter.writeAssignment(spec, file, perFile);
        if (!written) {
            Error error = written.error();
            if (error.file.isEmpty())
                error.message = tr("%1: %2").arg(QDir::toNativeSeparators(file), error.message);
            return error;
        }
        done += count;
        report.batches.append(AssignedBatch{share.annotator, written->file, written->batchId, written->revision,
            int(share.taskIds.size()), share.goldTasks});
    }
    if (exportOptions.progress)
        exportOptions.progress(total, total);
    return report;
}

} // namespace verdict
