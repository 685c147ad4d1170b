#include "demo.h"

#include "jsonfields.h"
#include "jsontext.h"
#include "rubricjson.h"
#include "taskjson.h"

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

} // namespace

Result<Rubric> rubric()
{
    return rubricjson::readFile(rubricFile);
}

Result<QList<Task>> tasks()
{
    QFile file(tasksFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot open: %1").arg(file.errorString()), tasksFile);
    QList<Task> list;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const std::string_view view(text.constData(), std::size_t(text.size()));
        nlohmann::json value = nlohmann::json::parse(view, nullptr, false);
        if (value.is_discarded())
            return makeError(tr("not valid JSON"), tasksFile, line, 1);
        Result<Task> task = taskjson::fromJson(value);
        if (!task) {
            Error error = task.error();
            error.file = tasksFile;
            error.line = line;
            error.column = jsontext::positionOf(view, jsontext::locate(view, error.field)).column;
            return error;
        }
        list << std::move(task).value();
    }
    return list;
}

Result<std::unique_ptr<Project>> create(const QString &path)
{
    auto demoRubric = rubric();
    if (!demoRubric)
        return demoRubric.error();
    auto demoTasks = tasks();
    if (!demoTasks)
        return demoTasks.error();
    auto project = Project::create(path, tr("Verdict demo"));
    if (!project)
        return project.error();
    Transaction transaction((*project)->database());
    if (auto published = (*project)->rubrics().publish(*demoRubric, tr("Demo rubric"), QString()); !published)
        return published.error();
    for (const Task &task : *demoTasks) {
        if (auto inserted = (*project)->tasks().insert(task); !inserted)
            return inserted.error();
    }
    if (auto done = transaction.commit(); !done)
        return done.error();
    return project;
}

} // namespace verdict::demo
