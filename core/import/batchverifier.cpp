#include "import/batchverifier.h"

#include "codecs/jsonfields.h"
#include "domain/authoredtask.h"
#include "domain/finalanswers.h"
#include "import/batchchecker.h"
#include "import/batchrecordmapper.h"
#include "import/importpipeline.h"
#include "util/textoffsets.h"

#include <QHash>

#include <array>
#include <cstring>

namespace verdict {

namespace {

using nlohmann::json;

// A digest of a stored column, to tell two records of one task apart
// without keeping their text.
quint64 digestOf(std::string_view text, std::size_t seed = 0x5bd1e995u)
{
    return quint64(qHashBits(text.data(), text.size(), seed));
}

// A task id by two independent 64-bit digests: a million of them take a
// sixth of the memory of their text, and two ids that differ never meet.
struct IdKey
{
    quint64 first = 0;
    quint64 second = 0;
    bool operator==(const IdKey &) const = default;
};

size_t qHash(const IdKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.first, key.second);
}

IdKey keyOf(const QString &id)
{
    const QByteArray utf8 = id.toUtf8();
    const std::string_view text(utf8.constData(), std::size_t(utf8.size()));
    return IdKey{digestOf(text, 0x9e3779b9u), digestOf(text, 0x85ebca6bu)};
}

// What verify keeps of each task of the batch: digests of its parts (to find
// a task that comes twice with other content) and, when the batch also
// answers about its tasks, its responses' ids and lengths, packed.
struct SeenTask
{
    std::array<quint64, 3> parts{}; // context, responses, meta
    QByteArray responses; // per response: its length (8 bytes), its id in UTF-8, a NUL
};

QByteArray packed(const QList<TaskShape::Response> &responses)
{
    QByteArray out;
    for (const TaskShape::Response &r : responses) {
        const qint64 length = r.length;
        out.append(reinterpret_cast<const char *>(&length), sizeof length);
        out.append(r.id.toUtf8());
        out.append('\0');
    }
    return out;
}

QList<TaskShape::Response> unpacked(const QByteArray &bytes)
{
    QList<TaskShape::Response> list;
    qsizetype at = 0;
    while (at + qsizetype(sizeof(qint64)) < bytes.size()) {
        qint64 length = 0;
        std::memcpy(&length, bytes.constData() + at, sizeof length);
        at += sizeof length;
        const qsizetype end = bytes.indexOf('\0', at);
        list << TaskShape::Response{QString::fromUtf8(bytes.mid(at, end - at)), length};
        at = end + 1;
    }
    return list;
}

// What verify knows of a task's rubric versions, for its decisions.
struct DecisionBasis
{
    RubricTally submitted;
    RubricTally any;
    std::optional<RubricVersion> gold;
};

QList<TaskShape::Response> responsesOf(const TaskRow &row)
{
    QList<TaskShape::Response> list;
    const json responses = json::parse(row.responses, nullptr, false);
    if (!responses.is_array())
        return list;
    for (const json &r : responses) {
        const auto id = r.find("id");
        const auto content = r.find("content");
        if (id == r.end() || content == r.end() || !id->is_string() || !content->is_string())
            continue;
        list << TaskShape::Response{
            fromStd(id->get_ref<const std::string &>()), text::codePointCount(fromStd(content->get<std::string>()))};
    }
    return list;
}

class Verification
{
public:
    Verification(const QString &fileName, VerifyReport &report)
        : m_checker(fileName)
        , m_report(report)
    { }

    Result<void> check(const ImportItem &item)
    {
        return std::visit([&](const auto &payload) { return check(item, payload); }, item.payload);
    }

private:
    Result<void> check(const ImportItem &, const BatchManifest &manifest)
    {
        m_report.manifest = manifest;
        // Only batches that answer about their own tasks need their shapes.
        m_keepShapes = manifest.kind == BatchKind::Dataset || manifest.kind == BatchKind::Gold
            || (manifest.kind == BatchKind::Assignment && manifest.calibration);
        m_keepBases = manifest.kind == BatchKind::Dataset;
        return {};
    }

    Result<void> check(const ImportItem &item, const ImportRubric &rubric)
    {
        ++m_report.rubrics;
        return m_checker.rubric(item, rubric.rubric);
    }

    Result<void> check(const ImportItem &item, const TaskRow &row)
    {
        ++m_report.tasks;
        if (row.meta.find("\"authoring\"") != std::string::npos) {
            const auto revision = AuthoredTask::revisionIn(nlohmann::json::parse(row.meta, nullptr, false));
            if (revision && *revision > 1)
                ++m_report.revisedTasks;
        }
        const QString id = fromStd(row.id);
        const std::array<quint64, 3> parts{digestOf(row.context), digestOf(row.responses), digestOf(row.meta)};
        const IdKey key = keyOf(id);
        if (const auto it = m_tasks.constFind(key); it != m_tasks.constEnd()) {
            static const std::array<const char *, 3> names{"context", "responses", "meta"};
            for (std::size_t i = 0; i < parts.size(); ++i) {
                if (parts[i] != it->parts[i])
                    return m_checker.taskTwice(item, id, QString::fromLatin1(names[i]));
            }
            return {};
        }
        SeenTask seen;
        seen.parts = parts;
        if (m_keepShapes)
            seen.responses = packed(responsesOf(row));
        m_tasks.insert(key, std::move(seen));
        return {};
    }

    Result<void> check(const ImportItem &item, const Annotation &annotation)
    {
        ++m_report.annotations;
        if (m_keepBases) {
            DecisionBasis &basis = m_bases[annotation.taskId];
            basis.any.add(annotation.rubricId, annotation.rubricVersion);
            if (annotation.status == AnnotationStatus::Submitted)
                basis.submitted.add(annotation.rubricId, annotation.rubricVersion);
        }
        const Rubric *rubric = m_checker.rubricOfBatch(annotation.rubricId, annotation.rubricVersion);
        if (!rubric)
            return {}; // the project importing it must have the version
        const auto shape = shapeOf(annotation.taskId);
        return m_checker.annotation(item, annotation, *rubric, shape ? &*shape : nullptr);
    }

    Result<void> check(const ImportItem &item, const GoldAnswer &gold)
    {
        ++m_report.gold;
        if (m_keepBases)
            m_bases[gold.taskId].gold = RubricVersion{gold.rubricId, gold.rubricVersion};
        const Rubric *rubric = m_checker.rubricOfBatch(gold.rubricId, gold.rubricVersion);
        if (!rubric)
            return {};
        const auto shape = shapeOf(gold.taskId);
        return m_checker.gold(item, gold, *rubric, shape ? &*shape : nullptr);
    }

    Result<void> check(const ImportItem &item, const Adjudication &decision)
    {
        ++m_report.adjudications;
        if (decision.criterion.isEmpty())
            return {};
        const auto basis = m_bases.constFind(decision.taskId);
        if (basis == m_bases.constEnd())
            return {}; // the batch does not say which version: the project importing it does
        const auto version = decisionRubricVersion(basis->submitted, basis->gold, basis->any);
        const Rubric *rubric = version ? m_checker.rubricOfBatch(version->id, version->version) : nullptr;
        if (!rubric)
            return {};
        const auto shape = shapeOf(decision.taskId);
        return m_checker.decision(item, decision, *rubric, shape ? &*shape : nullptr);
    }

    Result<void> check(const ImportItem &, const batchformat::EndRecord &end)
    {
        m_report.records = end.records;
        m_report.sha256 = end.sha256;
        return {};
    }

    std::optional<TaskShape> shapeOf(const QString &taskId) const
    {
        if (!m_keepShapes)
            return std::nullopt;
        const auto it = m_tasks.constFind(keyOf(taskId));
        if (it == m_tasks.constEnd())
            return std::nullopt;
        return TaskShape{taskId, unpacked(it->responses)};
    }

    BatchChecker m_checker;
    VerifyReport &m_report;
    bool m_keepShapes = false;
    bool m_keepBases = false;
    QHash<IdKey, SeenTask> m_tasks;
    QHash<QString, DecisionBasis> m_bases;
};

} // namespace

Result<VerifyReport> BatchVerifier::verify(const QString &fileName, const std::atomic_bool *cancel)
{
    BatchRecordMapper mapper;
    VerifyReport report;
    Verification verification(fileName, report);
    auto done = ImportPipeline::run(
        fileName, mapper,
        [&](ImportChunk &chunk) -> Result<void> {
            for (const ImportItem &item : chunk.items) {
                if (auto checked = verification.check(item); !checked)
                    return checked;
            }
            return {};
        },
        cancel);
    if (!done)
        return done.error();
    return report;
}

} // namespace verdict
