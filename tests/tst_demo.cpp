#include "domain/validation.h"
#include "testutil.h"
#include "util/textoffsets.h"
#include "workflow/demo.h"

#include <QSet>

using namespace verdict;

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void tasksCoverWhatTheDemoPromises()
    {
        const auto tasks = demo::tasks();
        QVERIFY2(tasks.ok(), qPrintable(tasks.ok() ? QString() : tasks.error().toString()));
        QVERIFY(tasks->size() >= 30);
        QSet<QString> ids;
        QSet<QString> languages;
        QSet<QString> codeLanguages;
        bool emoji = false;
        for (const Task &task : *tasks) {
            QVERIFY2(!ids.contains(task.id), qPrintable(task.id));
            ids.insert(task.id);
            QVERIFY(task.responses.size() >= 2 && task.responses.size() <= 4);
            languages.insert(QString::fromStdString(task.meta.value("language", std::string())));
            for (const Response &r : task.responses) {
                for (const char *lang : {"python", "cpp", "sql", "json"}) {
                    if (r.content.contains(u"```" + QLatin1StringView(lang)))
                        codeLanguages.insert(QLatin1StringView(lang));
                }
                emoji = emoji || text::codePointCount(r.content) != r.content.size();
            }
        }
        QCOMPARE(codeLanguages.size(), 4);
        QVERIFY(languages.size() >= 2); // at least one non-English task
        QVERIFY(emoji);
    }

    void createsAProjectWithRubricAndTasks()
    {
        QTemporaryDir dir;
        const auto project = demo::create(dir.filePath(QStringLiteral("demo.verdict")));
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error().toString()));
        const auto info = (*project)->info();
        QVERIFY(info.ok());
        QCOMPARE(info->tasks, qint64(demo::tasks()->size()));
        QCOMPARE(info->rubrics.size(), 1);
        QCOMPARE(info->rubrics.first().status, RubricStatus::Published);
    }

    void emptyAnswersNameEveryRequiredCriterion()
    {
        const auto rubric = demo::rubric();
        QVERIFY(rubric.ok());
        const auto tasks = demo::tasks();
        const auto problems = validateAnswers(*rubric, tasks->first(), nlohmann::json::object(), Completeness::Submit);
        QStringList fields;
        for (const Error &e : problems)
            fields << e.field;
        for (const Criterion &c : rubric->criteria) {
            if (c.required)
                QVERIFY2(fields.contains(c.key), qPrintable(c.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
