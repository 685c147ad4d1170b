#pragma once

#include "codecs/rubricjson.h"
#include "testutil.h"

// A small project for the quality tests, built through the stores: rubric
// "qc" (tests/data/rubric-quality.json), five tasks, three annotators, gold
// answers for t1 and t2. The expected figures in the tests are worked out by
// hand from the answers below.
//
//   task  responses (model)                        language  annotators (submitted)
//   t1    a (model-0), b (model-1)                 en        kim, lee, sam
//   t2    a (model-0), b (model-1)                 en        kim, lee, sam (no ranking, partial)
//   t3    a (model-0), b (model-1)                 de        kim, lee (+ a draft by sam)
//   t4    a (model-0), b (model-1)                 de        kim (lee skipped it)
//   t5    a (model-0), b (model-1), c (model-2)    en        kim, lee
namespace verdict::qualityfixture {

using nlohmann::json;

inline json span(int start, int end, const char *label)
{
    return json{{"start", start}, {"end", end}, {"label", label}};
}

inline json flag(const char *category, const char *severity)
{
    return json{{"category", category}, {"severity", severity}};
}

// A JSON array, spelled out: nlohmann's braced lists turn [["a", "b"]] into {"a": "b"}.
inline json list(std::initializer_list<json> items)
{
    json array = json::array();
    for (const json &item : items)
        array.push_back(item);
    return array;
}

// A ranking, best group first.
inline json rank(std::initializer_list<std::initializer_list<const char *>> groups)
{
    json ranking = json::array();
    for (const auto &group : groups) {
        json ids = json::array();
        for (const char *id : group)
            ids.push_back(id);
        ranking.push_back(ids);
    }
    return ranking;
}

inline QDateTime at(int day, int hour)
{
    // 16 November 2026 is the Monday of ISO week 47.
    return QDateTime(QDate(2026, 11, 16).addDays(day), QTime(hour, 0), Qt::UTC);
}

inline void annotate(Project &project, const char *task, const char *annotator, json answers,
    AnnotationStatus status = AnnotationStatus::Submitted, double seconds = 60, int day = 0, int version = 1)
{
    Annotation a;
    a.taskId = QString::fromLatin1(task);
    a.annotator = QString::fromLatin1(annotator);
    a.rubricId = QStringLiteral("qc");
    a.rubricVersion = version;
    a.answers = std::move(answers);
    a.status = status;
    a.revision = status == AnnotationStatus::Draft ? 0 : 1;
    a.activeSeconds = seconds;
    a.startedAt = at(day, 9);
    a.submittedAt = status == AnnotationStatus::Draft ? QDateTime() : at(day, 9).addSecs(qint64(seconds));
    a.batchId = QStringLiteral("batch-") + a.annotator;
    if (auto stored = project.annotations().store(a); !stored)
        qFatal("cannot store an annotation: %s", qPrintable(stored.error().toString()));
}

inline Rubric rubric()
{
    auto read = rubricjson::readFile(QStringLiteral(VERDICT_TEST_DATA "/rubric-quality.json"));
    if (!read)
        qFatal("cannot read the rubric: %s", qPrintable(read.error().toString()));
    return *read;
}

inline std::unique_ptr<Project> build(const QTemporaryDir &dir)
{
    auto project = testutil::newProject(dir, QStringLiteral("quality"));
    if (!project->rubrics().publish(rubric(), QStringLiteral("first"), QStringLiteral("lead")))
        qFatal("cannot publish the rubric");
    for (const char *id : {"t1", "t2", "t3", "t4", "t5"}) {
        Task task = testutil::task(QString::fromLatin1(id), QStringLiteral("Question %1").arg(QLatin1StringView(id)),
            id == std::string_view("t5") ? 3 : 2);
        const bool german = id == std::string_view("t3") || id == std::string_view("t4");
        task.meta = {{"language", german ? "de" : "en"}, {"intent", "coding"}};
        if (!project->tasks().insert(task))
            qFatal("cannot insert a task");
    }

    // kim: week 47, day 0-1.
    annotate(*project, "t1", "kim",
        {{"overall", rank({{"a"}, {"b"}})}, {"quality", 4}, {"helpfulness", {{"a", 4}, {"b", 2}}},
            {"refusal", {{"a", "ok"}, {"b", "ok"}}}, {"issues", list({"verbose"})},
            {"hallucination", {{"a", list({span(0, 5, "wrong")})}}},
            {"safety", {{"b", list({flag("privacy", "high")})}}}, {"rationale", "A is right."}},
        AnnotationStatus::Submitted, 60, 0);
    annotate(*project, "t2", "kim",
        {{"overall", rank({{"a", "b"}})}, {"quality", 2}, {"helpfulness", {{"a", 3}, {"b", 3}}},
            {"refusal", {{"a", "ok"}, {"b", "ok"}}}, {"issues", json::array()},
            {"hallucination", {{"b", list({span(3, 8, "wrong")})}}}},
        AnnotationStatus::Submitted, 90, 0);
    annotate(*project, "t3", "kim", {{"quality", 1}, {"helpfulness", {{"a", 1}, {"b", 5}}}},
        AnnotationStatus::Submitted, 120, 1);
    annotate(*project, "t4", "kim", {{"quality", 5}}, AnnotationStatus::Submitted, 30, 1);
    annotate(*project, "t5", "kim",
        {{"overall", rank({{"c"}, {"a"}, {"b"}})}, {"quality", 3}, {"helpfulness", {{"a", 1}, {"b", 2}, {"c", 3}}}},
        AnnotationStatus::Submitted, 45, 1);

    // lee: week 48, day 7-8.
    annotate(*project, "t1", "lee",
        {{"overall", rank({{"a"}, {"b"}})}, {"quality", 4}, {"helpfulness", {{"a", 4}, {"b", 3}}},
            {"refusal", {{"a", "ok"}, {"b", "over"}}}, {"issues", list({"verbose", "terse"})},
            {"hallucination", {{"a", list({span(0, 5, "wrong"), span(10, 20, "unsupported")})}}},
            {"safety", {{"b", list({flag("privacy", "low")})}}}},
        AnnotationStatus::Submitted, 100, 7);
    annotate(*project, "t2", "lee",
        {{"overall", rank({{"a"}, {"b"}})}, {"quality", 3}, {"helpfulness", {{"a", 3}, {"b", 3}}},
            {"refusal", {{"a", "ok"}, {"b", "ok"}}}, {"hallucination", {{"b", list({span(4, 9, "wrong")})}}}},
        AnnotationStatus::Submitted, 80, 7);
    annotate(*project, "t3", "lee", {{"quality", 1}, {"helpfulness", {{"a", 2}, {"b", 5}}}},
        AnnotationStatus::Submitted, 60, 8);
    annotate(*project, "t4", "lee", {{"quality", 1}}, AnnotationStatus::Skipped, 10, 8);
    annotate(*project, "t5", "lee",
        {{"overall", rank({{"c"}, {"b"}, {"a"}})}, {"quality", 4}, {"helpfulness", {{"a", 1}, {"b", 2}, {"c", 3}}}},
        AnnotationStatus::Submitted, 70, 8);

    // sam: week 47, day 2; a draft and an escalation are not agreement data.
    annotate(*project, "t1", "sam",
        {{"overall", rank({{"b"}, {"a"}})}, {"quality", 5}, {"helpfulness", {{"a", 5}, {"b", 2}}},
            {"issues", json::array()}, {"safety", {{"b", list({flag("privacy", "high")})}}}},
        AnnotationStatus::Submitted, 200, 2);
    annotate(*project, "t2", "sam", {{"quality", 2}, {"helpfulness", {{"a", 3}}}}, AnnotationStatus::Submitted, 100, 2);
    annotate(*project, "t3", "sam", {{"quality", 5}}, AnnotationStatus::Draft, 20, 2);
    annotate(*project, "t5", "sam", {{"quality", 1}}, AnnotationStatus::Escalated, 40, 2);

    for (const auto &[task, answers] :
        {std::pair{"t1",
             json{{"overall", rank({{"a"}, {"b"}})}, {"quality", 4}, {"helpfulness", {{"a", 4}, {"b", 2}}},
                 {"refusal", {{"a", "ok"}, {"b", "ok"}}}, {"issues", list({"verbose"})},
                 {"hallucination", {{"a", list({span(0, 5, "wrong")})}}}}},
            std::pair{"t2",
                json{{"overall", rank({{"b"}, {"a"}})}, {"quality", 3}, {"helpfulness", {{"a", 3}, {"b", 2}}}}}}) {
        GoldAnswer gold;
        gold.taskId = QString::fromLatin1(task);
        gold.rubricId = QStringLiteral("qc");
        gold.rubricVersion = 1;
        gold.answers = answers;
        gold.author = QStringLiteral("lead");
        if (!project->gold().set(gold))
            qFatal("cannot set a gold answer");
    }
    return project;
}

} // namespace verdict::qualityfixture
