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
#include "store/sqlitestatement.h"
#include "util/sha256.h"
#include "util/timeutil.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

namespace verdict {

namespace {

using nlohmann::json;

QString toolName()
{
    return QStringLiteral("verdict " VERDICT_VERSION);
}

// Adds a row's column texts to a fingerprint, each ended so that no two rows read alike.
void hashColumns(Sha256 &hash, const SqliteStatement &row, int columns)
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

const char *const annotationColumns
    = "SELECT t.external_id, a.annotator, a.rubric_id, a.rubric_version, a.answers, a.status, a.revision, "
      "a.started_at, a.submitted_at, a.updated_at, a.active_seconds, a.note, a.batch_id "
      "FROM annotation a JOIN task t ON t.id = a.task_id ";
const char *const goldColumns = "SELECT t.external_id, g.rubric_id, g.rubric_version, g.answers, g.rationale, "
                                "g.author, g.created_at FROM gold g JOIN task t ON t.id = g.task_id ";
const char *const adjudicationColumns
    = "SELECT t.external_id, d.criterion, d.answer, d.source, d.source_annotator, d.rationale, d.decided_by, "
      "d.decided_at, d.example FROM adjudication d JOIN task t ON t.id = d.task_id ";

Annotation annotationFrom(const SqliteStatement &q)
{
    Annotation a;
    a.taskId = fromStd(q.text(0));
    a.annotator = fromStd(q.text(1));
    a.rubricId = fromStd(q.text(2));
    a.rubricVersion = int(q.integer(3));
    a.answers = json::parse(q.text(4), nullptr, false);
    a.status = annotationStatusFromName(fromStd(q.text(5))).value_or(AnnotationStatus::Draft);
    a.revision = int(q.integer(6));
    a.startedAt = parseIsoTime(fromStd(q.text(7)));
    a.submittedAt = parseIsoTime(fromStd(q.text(8)));
    a.updatedAt = parseIsoTime(fromStd(q.text(9)));
    a.activeSeconds = q.real(10);
    a.note = fromStd(q.text(11));
    a.batchId = fromStd(q.text(12));
    return a;
}

GoldAnswer goldFrom(const SqliteStatement &q)
{
    GoldAnswer g;
    g.taskId = fromStd(q.text(0));
    g.rubricId = fromStd(q.text(1));
    g.rubricVersion = int(q.integer(2));
    g.answers = json::parse(q.text(3), nullptr, false);
    g.rationale = fromStd(q.text(4));
    g.author = fromStd(q.text(5));
    g.createdAt = parseIsoTime(fromStd(q.text(6)));
    return g;
}

Adjudication adjudicationFrom(const SqliteStatement &q)
{
    Adjudication d;
    d.taskId = fromStd(q.text(0));
    d.criterion = fromStd(q.text(1));
    d.answer = json::parse(q.text(2), nullptr, false);
    d.source = decisionSourceFromName(fromStd(q.text(3))).value_or(DecisionSource::Lead);
    d.sourceAnnotator = fromStd(q.text(4));
    d.rationale = fromStd(q.text(5));
    d.decidedBy = fromStd(q.text(6));
    d.decidedAt = parseIsoTime(fromStd(q.text(7)));
    d.example = q.integer(8) != 0;
    return d;
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
    BatchStore store(m_project.database());
    for (Staged &batch : batches) {
        auto last = store.lastExport(batch.report.batchId);
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

Result<QList<Rubric>> BatchExporter::referencedRubrics(const QString &table, const QString &annotator)
{
    QString sql = u"SELECT DISTINCT rubric_id, rubric_version FROM " + table;
    if (!annotator.isEmpty())
        sql += u" WHERE annotator = ?";
    sql += u" ORDER BY rubric_id, rubric_version";
    QSqlQuery query = m_project.database().prepare(sql);
    if (!annotator.isEmpty())
        query.addBindValue(annotator);
    if (auto done = m_project.database().run(query); !done)
        return done.error();
    QList<Rubric> list;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const int version = query.value(1).toInt();
        auto rubric = m_project.rubrics().get(id, version);
        if (!rubric)
            return rubric.error();
        if (!rubric.value())
            return makeError(tr("rubric %1 version %2 is used but missing from the project").arg(id).arg(version));
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
    auto rubrics = referencedRubrics(QStringLiteral("annotation"), annotator);
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
    auto rubrics = referencedRubrics(QStringLiteral("gold"), {});
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
    auto *db = static_cast<sqlite3 *>(m_project.database().sqliteHandle());
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
    const auto rows = [&](SqliteStatement &statement, const auto &each) -> Result<void> {
        while (true) {
            auto row = statement.step();
            if (!row)
                return row.error();
            if (!*row)
                return {};
            if (auto handled = each(statement); !handled)
                return handled;
        }
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
    const auto task = [&](const SqliteStatement &q) -> Result<void> {
        ++report.tasks;
        if (writer)
            return put(taskLine(q.text(0), q.text(1), q.text(2), q.text(3)));
        fingerprint->addData(q.text(0));
        fingerprint->addData(std::string_view("\n", 1));
        fingerprint->addData(q.text(3));
        fingerprint->addData(std::string_view("\n", 1));
        ++done;
        return {};
    };
    SqliteStatement tasks;
    switch (plan.tasks) {
    case Tasks::None:
        break;
    case Tasks::All:
    case Tasks::WithGold: {
        const char *sql = plan.tasks == Tasks::All
            ? "SELECT external_id, context, responses, meta FROM task ORDER BY external_id"
            : "SELECT t.external_id, t.context, t.responses, t.meta FROM task t JOIN gold g ON g.task_id = t.id "
              "ORDER BY t.external_id";
        if (auto ok = tasks.prepare(db, sql); !ok)
            return ok;
        if (auto ok = rows(tasks, task); !ok)
            return ok;
        break;
    }
    case Tasks::Listed: {
        if (auto ok
            = tasks.prepare(db, "SELECT external_id, context, responses, meta FROM task WHERE external_id = ?1");
            !ok)
            return ok;
        for (const QString &id : plan.taskIds) {
            const std::string key = toStd(id);
            tasks.bind(1, key);
            auto row = tasks.step();
            if (!row)
                return row.error();
            if (!*row)
                return makeError(tr("no task %1 in this project").arg(id));
            auto ok = task(tasks);
            tasks.reset();
            if (!ok)
                return ok;
        }
        break;
    }
    }

    if (plan.annotations) {
        SqliteStatement q;
        std::string sql = annotationColumns;
        sql += plan.annotator.isEmpty() ? "" : "WHERE a.annotator = ?1 ";
        sql += "ORDER BY t.external_id, a.annotator";
        if (auto ok = q.prepare(db, sql.c_str()); !ok)
            return ok;
        const std::string annotator = toStd(plan.annotator);
        if (!plan.annotator.isEmpty())
            q.bind(1, annotator);
        auto ok = rows(q, [&](const SqliteStatement &row) -> Result<void> {
            ++report.annotations;
            if (!writer) {
                hashColumns(*fingerprint, row, 13);
                keepLatest(&latest, row.text(9));
                ++done;
                return {};
            }
            return put(batchformat::recordLine("annotation", annotationjson::annotationToJson(annotationFrom(row))));
        });
        if (!ok)
            return ok;
    }

    if (plan.gold) {
        SqliteStatement q;
        const auto gold = [&](const SqliteStatement &row) -> Result<void> {
            ++report.gold;
            if (!writer) {
                hashColumns(*fingerprint, row, 7);
                keepLatest(&latest, row.text(6));
                ++done;
                return {};
            }
            return put(batchformat::recordLine("gold", annotationjson::goldToJson(goldFrom(row))));
        };
        if (plan.tasks == Tasks::Listed) {
            const std::string sql = std::string(goldColumns) + "WHERE t.external_id = ?1";
            if (auto ok = q.prepare(db, sql.c_str()); !ok)
                return ok;
            for (const QString &id : plan.taskIds) {
                const std::string key = toStd(id);
                q.bind(1, key);
                auto ok = rows(q, gold);
                q.reset();
                if (!ok)
                    return ok;
            }
        } else {
            const std::string sql = std::string(goldColumns) + "ORDER BY t.external_id";
            if (auto ok = q.prepare(db, sql.c_str()); !ok)
                return ok;
            if (auto ok = rows(q, gold); !ok)
                return ok;
        }
    }

    if (plan.adjudications) {
        SqliteStatement q;
        const std::string sql = std::string(adjudicationColumns) + "ORDER BY t.external_id, d.criterion";
        if (auto ok = q.prepare(db, sql.c_str()); !ok)
            return ok;
        auto ok = rows(q, [&](const SqliteStatement &row) -> Result<void> {
            ++report.adjudications;
            if (!writer) {
                hashColumns(*fingerprint, row, 9);
                keepLatest(&latest, row.text(7));
                ++done;
                return {};
            }
            return put(
                batchformat::recordLine("adjudication", annotationjson::adjudicationToJson(adjudicationFrom(row))));
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
    BatchStore store(m_project.database());
    auto last = store.lastExport(manifest.batchId);
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
