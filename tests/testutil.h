#pragma once

#include "codecs/rubricjson.h"
#include "store/project.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Helpers shared by the store tests: a fresh project per test and small tasks.
namespace verdict::testutil {

// JSON as text, for QCOMPARE with a readable failure.
inline QString jsonText(const nlohmann::json &value)
{
    return QString::fromStdString(value.dump());
}

inline Task task(const QString &id, const QString &prompt, int responses = 2)
{
    Task t;
    t.id = id;
    t.context << Message{QStringLiteral("user"), prompt};
    for (int i = 0; i < responses; ++i)
        t.responses << Response{QString(QChar(u'a' + i)), QStringLiteral("model-%1").arg(i),
            QStringLiteral("Response %1 to %2").arg(i).arg(id)};
    t.meta = {{"language", "en"}};
    return t;
}

// tests/data/rubric-all-kinds.json: one criterion of every kind (overall,
// helpfulness 1–3, refusal, issues, hallucination, safety, rationale, ideal).
inline Rubric allKindsRubric()
{
    QFile file(QStringLiteral(VERDICT_TEST_DATA "/rubric-all-kinds.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data rubric-all-kinds.json");
    auto rubric = rubricjson::fromJson(nlohmann::json::parse(file.readAll().toStdString()));
    if (!rubric.ok())
        qFatal("rubric-all-kinds.json: %s", qPrintable(rubric.error().toString()));
    return std::move(rubric).value();
}

inline std::unique_ptr<Project> newProject(const QTemporaryDir &dir, const QString &name = QStringLiteral("p"))
{
    static int counter = 0;
    auto project = Project::create(dir.filePath(QStringLiteral("%1-%2.verdict").arg(name).arg(counter++)), name);
    if (!project.ok())
        qFatal("cannot create a project: %s", qPrintable(project.error().toString()));
    return std::move(project).value();
}

} // namespace verdict::testutil
