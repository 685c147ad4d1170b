#include "workflow/demo.h"

#include "codecs/annotationjson.h"
#include "codecs/jsonfields.h"
#include "codecs/jsontext.h"
#include "codecs/rubricjson.h"
#include "codecs/taskjson.h"
#include "util/fixedclock.h"

#include <QCoreApplication>
#include <QFile>

namespace verdict::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::demo", text);
}

const QString rubricFile = QStringLiteral(":/verdict/demo/rubric.json");
const QString tasksFile = QStringLiteral(":/verdict/demo/tasks.jsonl");

// Reads a JSONL resource record by record; errors carry the line and column.
template<typename T, typename Read>
Result<QList<T>> readRecords(const QString &fileName, Read read)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot open: %1").arg(file.errorString()), fileName);
    QList<T> list;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const std::string_view view(text.constData(), std::size_t(text.size()));
        const nlohmann::json value = nlohmann::json::parse(view, nullptr, false);
        if (value.is_discarded())
            return makeError(tr("not valid JSON"), fileName, line, 1);
        Result<T> record = read(value);
        if (!record) {
            Error error = record.error();
            error.file = fileName;
            error.line = line;
            error.column = jsontext::positionOf(view, jsontext::locate(view, error.field)).column;
            return error;
        }
        list << std::move(record).value();
    }
    return list;
}

// The demo rubric and tasks, and whatever `more` adds, in a project made in one step.
Result<std::unique_ptr<Project>> build(const QString &path, const QString &id, const Project::Fill &more = {})
{
    auto demoRubric = rubric();
    if (!demoRubric)
        return demoRubric.error();
    auto demoTasks = tasks();
    if (!demoTasks)
        return demoTasks.error();
    return Project::create(path, tr("Verdict demo"), schema::migrations(), id, [&](Project &project) -> Result<void> {
        if (auto published = project.rubrics().publish(*demoRubric, tr("Demo rubric"), QString()); !published)
            return published.error();
        for (const Task &task : *demoTasks) {
            if (auto inserted = project.tasks().insert(task); !inserted)
                return inserted.error();
        }
        return more ? more(project) : Result<void>();
    });
}

} // namespace

Result<Rubric> rubric()
{
    return rubricjson::readFile(rubricFile);
}

Result<QList<Task>> tasks()
{
    return readRecords<Task>(tasksFile, [](const nlohmann::json &value) { return taskjson::fromJson(value); });
}

Result<std::unique_ptr<Project>> create(const QString &path)
{
    return build(path, {});
}

Result<QList<Annotation>> sampleAnnotations()
{
    return readRecords<Annotation>(QStringLiteral(":/verdict/demo/annotations.jsonl"),
        [](const nlohmann::json &value) { return annotationjson::annotationFromJson(value, {}); });
}

Result<QList<GoldAnswer>> sampleGold()
{
    return readRecords<GoldAnswer>(QStringLiteral(":/verdict/demo/gold.jsonl"),
        [](const nlohmann::json &value) { return annotationjson::goldFromJson(value, {}); });
}

Result<QList<Adjudication>> sampleAdjudications()
{
    return readRecords<Adjudication>(QStringLiteral(":/verdict/demo/adjudications.jsonl"),
        [](const nlohmann::json &value) { return annotationjson::adjudicationFromJson(value); });
}

Result<std::unique_ptr<Project>> createWithSampleWork(const QString &path)
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
    const QString id = QStringLiteral("5d3c9a4e-6f1b-4c2a-8e7d-9b0a1c2d3e4f");
    auto annotations = sampleAnnotations();
    if (!annotations)
        return annotations.error();
    auto gold = sampleGold();
    if (!gold)
        return gold.error();
    auto decisions = sampleAdjudications();
    if (!decisions)
        return decisions.error();
    return build(path, id, [&](Project &project) -> Result<void> {
        for (const Annotation &a : *annotations) {
            if (auto done = project.annotations().store(a); !done)
                return done;
        }
        for (const GoldAnswer &g : *gold) {
            if (auto done = project.gold().set(g); !done)
                return done;
        }
        for (const Adjudication &d : *decisions) {
            if (auto done = project.adjudications().set(d); !done)
                return done;
        }
        return {};
    });
}

} // namespace verdict::demo
