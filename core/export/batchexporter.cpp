#include "export/batchexporter.h"

#include "codecs/annotationjson.h"
#include "codecs/jsonfields.h"
#include "codecs/jsonlwriter.h"
#include "codecs/rubricjson.h"
#include "domain/validation.h"
#include "export/finalanswersource.h"
#include "store/batchstore.h"
#include "store/database.h"
#include "store/project.h"
#include "util/sha256.h"
#include "util/timeutil.h"

#include <QFileInfo>
#include <QSet>

namespace verdict {

namespace {

using nlohmann::json;

QString toolName()
{
    return QStringLiteral("verdict " VERDICT_VERSION);
}

// Adds a row's first column texts to a fingerprint, each ended so that no two rows read alike.
void hashColumns(Sha256 &hash, const Statement &row, int columns)
{
    for (int c = 0; c < columns; ++c) {
        hash.addData(row.isNull(c) ? std::string_view("\x1e") : row.text(c));
        hash.addData(std::string_view("\x1f", 1));
    }
    hash.addData(std::string_view("\n", 1));
}

void keepLatest(QString *latest, std::string_view time)
{
    if (latest && !time.empty() && fromStd(time) > *latest)
        *latest = fromStd(time);
}

} // namespace

struct BatchExporter::Staged
{
    std::unique_ptr<JsonlWriter> writer;
    ExportReport report;
    QString fingerprint;
    QString producer;
    json detail;
};

BatchExporter::BatchExporter(Project &project)
    : m_project(project)
{ }

BatchExporter::~BatchExporter() = default;

void BatchExporter::hold()
{
    m_holding = true;
}

void BatchExporter::discard()
{
    m_held.clear();
    m_holding = false;
}

Result<void> BatchExporter::publish()
{
    std::vector<Staged> held = std::move(m_held);
    m_held.clear();
    m_holding = false;
    if (held.empty())
        return {};
    auto recorded = record(held);
    if (!recorded)
        return recorded.error();
    if (!*recorded)
        return makeError(tr("another export of the same batch was recorded while these were written; write them "
                            "again"));
    return putInPlace(held);
}

Result<bool> BatchExporter::record(std::vector<Staged> &batches)
{
    Transaction transaction(m_project.database());
    if (!transaction.ok())
        return transaction.error();
    for (Staged &batch : batches) {
        auto last = m_project.audit().lastExport(batch.report.batchId);
        if (!last)
            return last.error();
        const int revision = !last.value()                   ? 1
            : last.value()->fingerprint == batch.fingerprint ? last.value()->revision
                                                             : last.value()->revision + 1;
        if (revision != batch.report.revision)
            return false;
        if (auto logged = m_project.audit().append(batch.producer, QStringLiteral("export"), batch.detail); !logged)
            return logged.error();
    }
    if (auto done = transaction.commit(); !done)
        return done.error();
    return true;
}

Result<void> BatchExporter::putInPlace(std::vector<Staged> &batches)
{
    for (Staged &batch : batches) {
        if (auto done = batch.writer->commit(); !done)
            return done;
    }
    return {};
}

std::string BatchExporter::taskLine(
    std::string_view id, std::string_view context, std::string_view responses, std::string_view meta)
{
    // The keys of taskjson::toJson in nlohmann's (sorted) order, "type" first as in every record.
    const std::string quotedId = json(std::string(id)).dump();
    std::string line;
    line.reserve(context.size() + responses.size() + meta.size() + quotedId.size() + 64);
    line += R"({"type":"task","context":)";
    line += context;
    line += R"(,"id":)";
    line += quotedId;
    line += R"(,"meta":)";
    line += meta;
    line += R"(,"responses":)";
    line += responses;
    line += "}\n";
    return line;
}

Result<QList<Rubric>> BatchExporter::rubricsOf(const Result<QList<RubricVersion>> &versions)
{
    if (!versions)
        return versions.error();
    QList<Rubric> list;
    for (const RubricVersion &v : *versions) {
        auto rubric = m_project.rubrics().get(v.id, v.version);
        if (!rubric)
            return rubric.error();
        if (!rubric.value())
            return makeError(tr("rubric %1 version %2 is used but missing from the project").arg(v.id).arg(v.version));
        list << *rubric.value();
    }
    return list;
}

Result<ExportReport> BatchExporter::writeAssignment(
    const AssignmentSpec &spec, const QString &fileName, const ExportOptions &options)
{
    if (spec.annotator.trimmed().isEmpty())
        return makeError(tr("an assignment needs the annotator it is for"));
    // A name the batch reader refuses would make work that can never come back.
    if (const QString problem = identifierProblem(spec.annotator, IdentifierKind::Name); !problem.isEmpty())
        return makeError(tr("the annotator's name %1").arg(problem));
    if (spec.taskIds.isEmpty())
        return makeError(tr("an assignment needs at least one task"));
    QSet<QString> seen;
    for (const QString &id : spec.taskIds) {
        if (seen.contains(id))
            return makeError(tr("task %1 is listed twice in the assignment").arg(id));
        seen.insert(id);
    }
    auto rubric = m_project.rubrics().get(spec.rubricId, spec.rubricVersion);
    if (!rubric)
        return rubric.error();
    if (!rubric.value() || rubric.value()->status != RubricStatus::Published)
        return makeError(
            tr("rubric %1 version %2 is not published in this project").arg(spec.rubricId).arg(spec.rubricVersion));
    Plan plan;
    plan.rubrics << *rubric.value();
    plan.tasks = Tasks::Listed;
    plan.taskIds = spec.taskIds;
    plan.gold = spec.withGold;
    plan.manifest.kind = BatchKind::Assignment;
    plan.manifest.rubricId = spec.rubricId;
    plan.manifest.rubricVersion = spec.rubricVersion;
    plan.manifest.annotator = spec.annotator.trimmed();
    plan.manifest.calibration = spec.withGold;
    QString scope = u"annotator=" + plan.manifest.annotator;
    if (!spec.label.isEmpty())
        scope += u"\nlabel=" + spec.label;
    if (spec.withGold)
        scope += QStringLiteral("\ncalibration");
    plan.manifest.batchId = batchformat::batchId(m_project.id(), BatchKind::Assignment, scope);
    return write(std::move(plan), fileName, options);
}

Result<ExportReport> BatchExporter::writeAnnotations(
    const QString &annotator, const QString &fileName, const ExportOptions &options)
{
    auto rubrics = rubricsOf(m_project.annotations().rubricVersions(annotator));
    if (!rubrics)
        return rubrics.error();
    Plan plan;
    plan.rubrics = *rubrics;
    plan.annotations = true;
    plan.annotator = annotator;
    plan.manifest.kind = BatchKind::Annotations;
    plan.manifest.annotator = annotator;
    if (plan.rubrics.size() == 1) {
        plan.manifest.rubricId = plan.rubrics.constFirst().id;
        plan.manifest.rubricVersion = plan.rubrics.constFirst().version;
    }
    plan.manifest.batchId = batchformat::batchId(m_project.id(), BatchKind::Annotations,
        annotator.isEmpty() ? QStringLiteral("annotators=*") : u"annotator=" + annotator);
    return write(std::move(plan), fileName, options);
}

Result<ExportReport> BatchExporter::writeGold(const QString &fileName, const ExportOptions &options)
{
    auto rubrics = rubricsOf(m_project.gold().rubricVersions());
    if (!rubrics)
        return rubrics.error();
    Plan plan;
    plan.rubrics = *rubrics;
    plan.tasks = Tasks::WithGold;
    plan.gold = true;
    plan.manifest.kind = BatchKind::Gold;
    if (plan.rubrics.size() == 1) {
        plan.manifest.rubricId = plan.rubrics.constFirst().id;
        plan.manifest.rubricVersion = plan.rubrics.constFirst().version;
    }
    plan.manifest.batchId = batchformat::batchId(m_project.id(), BatchKind::Gold, {});
    return write(std::move(plan), fileName, options);
}

Result<ExportReport> BatchExporter::writeDataset(
    const QString &fileName, const ExportOptions &options, const std::optional<ConsensusRule> &final)
{
    auto all = m_project.rubrics().all();
    if (!all)
        return all.error();
    Plan plan;
    for (const Rubric &r : *all) {
        if (r.status == RubricStatus::Published)
            plan.rubrics << r;
    }
    plan.tasks = Tasks::All;
    plan.annotations = true;
    plan.gold = true;
    plan.adjudications = true;
    plan.manifest.kind = BatchKind::Dataset;
    if (plan.rubrics.size() == 1) {
        plan.manifest.rubricId = plan.rubrics.constFirst().id;
        plan.manifest.rubricVersion = plan.rubrics.constFirst().version;
    }
    plan.finals = final;
    if (final)
        plan.manifest.consensus = final->describe();
    plan.manifest.batchId
        = batchformat::batchId(m_project.id(), BatchKind::Dataset, final ? QStringLiteral("final") : QString());
    return write(std::move(plan), fileName, options);
}

Result<void> BatchExporter::walk(const Plan &plan, Sha256 *fingerprint, JsonlWriter *writer, ExportReport &report,
    QDateTime *latestTime, const ExportOptions &options, qint64 total)
{
    const BatchStore store(m_project.database());
    qint64 done = 0;
    QString latest;
    const auto put = [&](std::string_view line) -> Result<void> {
        if (writer) {
            if (auto written = writer->write(line); !written)
                return written;
        } else {
            fingerprint->addData(line);
        }
        if ((++done & 1023) == 0) {
            if (options.cancel && options.cancel->load())
                return makeError(tr("cancelled; no file was written"));
            if (writer && options.progress)
                options.progress(done, total);
        }
        return {};
    };
    const auto rows = [&](Statement &statement, const auto &each) -> Result<void> {
        if (auto ran = statement.exec(); !ran)
            return ran;
        while (statement.next()) {
            if (auto handled = each(statement); !handled)
                return handled;
        }
        return statement.status();
    };

    for (const Rubric &rubric : plan.rubrics) {
        nlohmann::json record = rubricjson::toJson(rubric);
        // When this project published the version, so a project that imports it keeps the date.
        if (rubric.publishedAt.isValid())
            record["published_at"] = toStd(isoTime(rubric.publishedAt));
        if (auto ok = put(batchformat::recordLine("rubric", record)); !ok)
            return ok;
        keepLatest(&latest, toStd(isoTime(rubric.publishedAt)));
    }

    // Tasks never change once stored, except an authored task revised by its
    // author, whose metadata holds the revision: ids and metadata stand for
    // them in the fingerprint.
    const auto task = [&](const Statement &q) -> Result<void> {
        ++report.tasks;
        if (writer)
            return put(taskLine(q.text(TaskTable::Id), q.text(TaskTable::Context), q.text(TaskTable::Responses),
                q.text(TaskTable::Meta)));
        fingerprint->addData(q.text(TaskTable::Id));
        fingerprint->addData(std::string_view("\n", 1));
        fingerprint->addData(q.text(TaskTable::Meta));
        fingerprint->addData(std::string_view("\n", 1));
        ++done;
        return {};
    };
    switch (plan.tasks) {
    case Tasks::None:
        break;
    case Tasks::All:
    case Tasks::WithGold: {
        Statement tasks = store.exportedTasks(
            plan.tasks == Tasks::All ? BatchStore::TaskSelection::All : BatchStore::TaskSelection::WithGold);
        if (auto ok = rows(tasks, task); !ok)
            return ok;
        break;
    }
    case Tasks::Listed: {
        Statement tasks = store.exportedTasks(BatchStore::TaskSelection::ById);
        for (const QString &id : plan.taskIds) {
            const std::string key = toStd(id);
            tasks.add(std::string_view(key));
            if (auto ran = tasks.exec(); !ran)
                return ran;
            if (!tasks.next()) {
                if (auto failed = tasks.status(); !failed)
                    return failed;
                return makeError(tr("no task %1 in this project").arg(id));
            }
            auto ok = task(tasks);
            tasks.finish();
            if (!ok)
                return ok;
        }
        break;
    }
    }

    if (plan.annotations) {
        const std::string annotator = toStd(plan.annotator);
        Statement q = store.exportedAnnotations(annotator);
        auto ok = rows(q, [&](const Statement &row) -> Result<void> {
            ++report.annotations;
            if (!writer) {
                hashColumns(*fingerprint, row, AnnotationTable::ContentColumns);
                keepLatest(&latest, row.text(AnnotationTable::UpdatedAt));
                ++done;
                return {};
            }
            auto annotation = AnnotationTable::read(row);
            if (!annotation)
                return annotation.error();
            return put(batchformat::recordLine("annotation", annotationjson::annotationToJson(*annotation)));
        });
        if (!ok)
            return ok;
    }

    if (plan.gold) {
        const auto gold = [&](const Statement &row) -> Result<void> {
            ++report.gold;
            if (!writer) {
                hashColumns(*fingerprint, row, GoldTable::ColumnCount);
                keepLatest(&latest, row.text(GoldTable::CreatedAt));
                ++done;
                return {};
            }
            auto answer = GoldTable::read(row);
            if (!answer)
                return answer.error();
            return put(batchformat::recordLine("gold", annotationjson::goldToJson(*answer)));
        };
        if (plan.tasks == Tasks::Listed) {
            Statement q = store.exportedGold(true);
            for (const QString &id : plan.taskIds) {
                const std::string key = toStd(id);
                q.add(std::string_view(key));
                if (auto ok = rows(q, gold); !ok)
                    return ok;
            }
        } else {
            Statement q = store.exportedGold(false);
            if (auto ok = rows(q, gold); !ok)
                return ok;
        }
    }

    if (plan.adjudications) {
        Statement q = store.exportedAdjudications();
        auto ok = rows(q, [&](const Statement &row) -> Result<void> {
            ++report.adjudications;
            if (!writer) {
                hashColumns(*fingerprint, row, AdjudicationTable::ColumnCount);
                keepLatest(&latest, row.text(AdjudicationTable::DecidedAt));
                ++done;
                return {};
            }
            auto decision = AdjudicationTable::read(row);
            if (!decision)
                return decision.error();
            return put(batchformat::recordLine("adjudication", annotationjson::adjudicationToJson(*decision)));
        });
        if (!ok)
            return ok;
    }
    // Final answers follow from the annotations, the decisions and the rule
    // (in the manifest), so the fingerprint needs nothing more for them.
    if (plan.finals && writer) {
        FinalAnswerSource source(m_project, *plan.finals);
        AnsweredTask answered;
        while (true) {
            auto more = source.next(answered);
            if (!more)
                return more.error();
            if (!*more)
                break;
            ++report.finals;
            json record{{"task", toStd(answered.task.id)}, {"rubric", toStd(answered.lineage.rubricId)},
                {"rubric_version", answered.lineage.rubricVersion}, {"answers", answered.answers},
                {"sources", answered.lineage.sources}};
            json list = json::array();
            for (const QString &c : answered.lineage.undecided)
                list.push_back(toStd(c));
            record["undecided"] = list;
            list = json::array();
            for (const QString &a : answered.lineage.annotators)
                list.push_back(toStd(a));
            record["annotators"] = list;
            list = json::array();
            for (const QString &b : answered.lineage.batchIds)
                list.push_back(toStd(b));
            record["batch_ids"] = list;
            if (auto ok = put(batchformat::recordLine("final", record)); !ok)
                return ok;
        }
    }
    if (latestTime)
        *latestTime = parseIsoTime(latest);
    if (writer && options.progress)
        options.progress(total, total);
    return {};
}

Result<ExportReport> BatchExporter::write(Plan plan, const QString &fileName, const ExportOptions &options)
{
    // Another export of the same batch recorded while this one was written
    // took the revision: write it again under the next.
    for (int attempt = 1;; ++attempt) {
        auto staged = stage(plan, fileName, options);
        if (!staged)
            return staged.error();
        ExportReport report = staged->report;
        if (m_holding) {
            m_held.push_back(std::move(staged).value());
            return report;
        }
        std::vector<Staged> batch;
        batch.push_back(std::move(staged).value());
        auto recorded = record(batch);
        if (!recorded)
            return recorded.error();
        if (*recorded) {
            if (auto placed = putInPlace(batch); !placed)
                return placed.error();
            return report;
        }
        if (attempt == 3)
            return makeError(
                tr("other exports of this batch keep being recorded while it is written; export it again"), fileName);
    }
}

Result<BatchExporter::Staged> BatchExporter::stage(Plan &plan, const QString &fileName, const ExportOptions &options)
{
    BatchManifest &manifest = plan.manifest;
    manifest.projectId = m_project.id();
    manifest.projectName = m_project.name();
    manifest.producer = options.producer;
    manifest.tool = toolName();
    // Both passes read the same state of the project, whatever others commit meanwhile.
    Snapshot snapshot(m_project.database());
    if (!snapshot.ok())
        return snapshot.error();

    // First pass: what the batch will hold, for its time and revision.
    Sha256 fingerprint;
    ExportReport counted;
    QDateTime latest;
    if (auto ok = walk(plan, &fingerprint, nullptr, counted, &latest, options, 0); !ok)
        return ok.error();
    manifest.createdAt = latest;
    manifest.revision = 0;
    fingerprint.addData(batchformat::manifestToJson(manifest).dump());
    const QString digest = fingerprint.hexDigest();
    auto last = m_project.audit().lastExport(manifest.batchId);
    if (!last)
        return last.error();
    manifest.revision = !last.value()         ? 1
        : last.value()->fingerprint == digest ? last.value()->revision
                                              : last.value()->revision + 1;

    // Second pass: the file, beside its destination until it is recorded.
    Staged staged;
    staged.fingerprint = digest;
    staged.producer = options.producer;
    ExportReport &report = staged.report;
    report.file = fileName;
    report.format = QStringLiteral("batch");
    report.kind = batchKindName(manifest.kind);
    report.batchId = manifest.batchId;
    report.revision = manifest.revision;
    staged.writer = std::make_unique<JsonlWriter>(true);
    JsonlWriter &writer = *staged.writer;
    if (auto opened = writer.open(fileName); !opened)
        return opened.error();
    if (auto ok = writer.write(batchformat::recordLine("manifest", batchformat::manifestToJson(manifest))); !ok)
        return ok.error();
    const qint64 total = qint64(plan.rubrics.size()) + counted.tasks + counted.annotations + counted.gold
        + counted.adjudications + (plan.finals ? counted.tasks : 0);
    if (auto ok = walk(plan, nullptr, &writer, report, nullptr, options, total); !ok) {
        Error error = ok.error();
        if (error.file.isEmpty())
            error.file = fileName;
        return error;
    }
    if (options.cancel && options.cancel->load())
        return makeError(tr("cancelled; no file was written"), fileName);
    if (auto ok = writer.finish(); !ok)
        return ok.error();
    report.records = writer.lines();
    report.sha256 = writer.digest();
    staged.detail = json{{"format", "batch"}, {"kind", toStd(report.kind)}, {"batch_id", toStd(manifest.batchId)},
        {"revision", manifest.revision}, {"fingerprint", toStd(digest)},
        {"file", toStd(QFileInfo(fileName).fileName())}, {"records", report.records}, {"sha256", toStd(report.sha256)}};
    return staged;
}

} // namespace verdict
