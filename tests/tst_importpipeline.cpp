#include "codecs/batchformat.h"
#include "codecs/rubricjson.h"
#include "import/importer.h"
#include "testutil.h"
#include "util/sha256.h"

#include <QFile>

using namespace verdict;
using nlohmann::json;

namespace {

constexpr qint64 MiB = 1 << 20;

// The process's resident memory: "VmRSS" now, or "VmHWM" (its peak), in bytes.
qint64 memory(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Starts measuring the peak again from what the process holds now.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// A dataset batch of `count` tasks whose first response is `bytes` long,
// written a piece at a time so that making it takes little memory.
bool writeLargeBatch(const QString &path, int count, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    Sha256 hash;
    qint64 lines = 0;
    const auto put = [&](const std::string &text) {
        hash.addData(text);
        return file.write(text.data(), qint64(text.size())) == qint64(text.size());
    };
    BatchManifest m;
    m.batchId = batchformat::batchId(QStringLiteral("large"), BatchKind::Dataset, {});
    m.kind = BatchKind::Dataset;
    m.projectId = QStringLiteral("large");
    m.projectName = QStringLiteral("Large records");
    m.producer = QStringLiteral("lead-ana");
    m.tool = QStringLiteral("verdict test");
    m.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    bool ok = put(batchformat::recordLine("manifest", batchformat::manifestToJson(m)));
    Rubric rubric = testutil::allKindsRubric();
    rubric.version = 1;
    ok = ok && put(batchformat::recordLine("rubric", rubricjson::toJson(rubric)));
    lines = 2;
    std::string words;
    for (int i = 0; words.size() < (1 << 16); ++i)
        words += "word" + std::to_string(i % 997) + (i % 13 == 12 ? ". " : " ");
    for (int t = 0; t < count && ok; ++t) {
        ok = put(R"({"type":"task","context":[{"content":"Summarise this.","role":"user"}],"id":"large-)"
            + std::to_string(t) + R"(","meta":{},"responses":[{"content":")");
        for (qint64 written = 0; ok && written < bytes; written += qint64(words.size()))
            ok = put(words.substr(0, std::size_t(std::min<qint64>(qint64(words.size()), bytes - written))));
        ok = ok
            && put(R"(","id":"a","model":"m-1"},{"content":"Short.","id":"b","model":"m-2"}]})"
                   "\n");
        ++lines;
    }
    const std::string end = batchformat::recordLine("end", batchformat::endToJson({lines, hash.hexDigest()}));
    return ok && file.write(end.data(), qint64(end.size())) == qint64(end.size());
}

} // namespace

// The import pipeline (reader, parser, store) keeps memory bounded by what it
// holds in flight, large records included (docs/batch-format.md, "Reading").
class TestImportPipeline : public QObject
{
    Q_OBJECT

private slots:
    void largeRecordsImportInBoundedMemory()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's shadow memory and quarantine change what memory is measured");
#endif
        if (memory("VmHWM:") < 0 || !resetPeak())
            QSKIP("needs /proc/self/status and /proc/self/clear_refs (Linux)");
        QTemporaryDir dir;
        const qint64 recordBytes = 48 * MiB;
        const int records = 6;
        const QString batch = dir.filePath(QStringLiteral("large.jsonl"));
        QVERIFY(writeLargeBatch(batch, records, recordBytes));
        auto project = testutil::newProject(dir);

        QVERIFY(resetPeak());
        const qint64 before = memory("VmRSS:");
        const auto imported = Importer(*project).importFile(batch, {});
        const qint64 peak = memory("VmHWM:");
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QCOMPARE(imported->counts.tasksAdded, qint64(records));
        const qint64 grew = peak - before;
        qInfo("%d records of %lld MiB: the import's peak was %lld MiB above where it started", records,
            recordBytes / MiB, grew / MiB);
        // The documented bound (docs/batch-format.md): one long record in flight
        // at a time, which parsing and storing hold about six times over,
        // beside the import's page cache.
        QVERIFY2(grew < 6 * recordBytes + 64 * MiB, qPrintable(QString::number(grew / MiB)));
    }
};

QTEST_GUILESS_MAIN(TestImportPipeline)
#include "tst_importpipeline.moc"
