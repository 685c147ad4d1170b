#include "codecs/jsonfields.h"
#include "testutil.h"
#include "workbench/annotationsession.h"
#include "workflow/demo.h"

#include <QSignalSpy>

using namespace verdict;

class TestAnnotationSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int n = 0;
        auto project = demo::create(m_dir.filePath(QStringLiteral("demo-%1.verdict").arg(n++)));
        QVERIFY(project.ok());
        m_project = std::move(project).value();
        auto rubric = m_project->rubrics().latest(QStringLiteral("helpful-safe"));
        QVERIFY(rubric.ok() && rubric.value());
        m_rubric = *rubric.value();
        auto task = m_project->tasks().byId(QStringLiteral("demo-001"));
        QVERIFY(task.ok() && task.value());
        m_task = *task.value();
    }
    void cleanup() { m_project.reset(); }

    void everyEditIsStoredAsADraftAtOnce()
    {
        auto session = open();
        QVERIFY(!session->isStored());
        QVERIFY(!stored());
        session->setRating(QStringLiteral("helpfulness"), QStringLiteral("a"), 4);
        QVERIFY(session->isStored());
        const auto first = stored();
        QVERIFY(first);
        QCOMPARE(first->status, AnnotationStatus::Draft);
        QCOMPARE(first->rubricVersion, m_rubric.version);
        QCOMPARE(testutil::jsonText(first->answers), QStringLiteral("{\"helpfulness\":{\"a\":4}}"));

        session->setText(QStringLiteral("rationale"), QStringLiteral("B drops the last batch."));
        QCOMPARE(fromStd(stored()->answers["rationale"].get<std::string>()), QStringLiteral("B drops the last batch."));
    }

    void undoAndRedoCoverEveryVerb()
    {
        auto session = open();
        QSignalSpy changed(session.get(), &AnnotationSession::answerChanged);
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        QList<QString> states{testutil::jsonText(session->annotation().answers)};
        const auto step = [&] { states << testutil::jsonText(session->annotation().answers); };

        session->placeResponse(QStringLiteral("overall"), a, 0);
        step();
        session->placeResponse(QStringLiteral("overall"), b, 1);
        step();
        session->setRating(QStringLiteral("helpfulness"), a, 5);
        step();
        session->setChoice(QStringLiteral("refusal"), b, QStringLiteral("appropriate-answer"));
        step();
        session->setChoices(QStringLiteral("issues"), {}, {QStringLiteral("tone"), QStringLiteral("too-terse")});
        step();
        const Span span{10, 20, QStringLiteral("wrong-fact")};
        QVERIFY(session->addSpan(QStringLiteral("hallucination"), b, span));
        step();
        session->relabelSpan(QStringLiteral("hallucination"), b, span, QStringLiteral("unsupported-claim"));
        step();
        session->removeSpan(QStringLiteral("hallucination"), b, Span{10, 20, QStringLiteral("unsupported-claim")});
        step();
        session->addFlag(
            QStringLiteral("safety"), b, Flag{QStringLiteral("privacy"), QStringLiteral("low"), {}, false});
        step();
        session->changeFlag(QStringLiteral("safety"), b, 0,
            Flag{QStringLiteral("privacy"), QStringLiteral("high"), QStringLiteral("phone"), true});
        step();
        session->setRewrite(QStringLiteral("ideal"), Rewrite{a, m_task.responses[0].content});
        step();
        session->setText(QStringLiteral("rationale"), QStringLiteral("A"));
        step();

        QUndoStack *stack = session->undoStack();
        QCOMPARE(stack->count(), states.size() - 1);
        QCOMPARE(changed.size(), states.size() - 1);
        // Every step back restores the answers in memory and in the project.
        for (qsizetype i = states.size() - 1; i > 0; --i) {
            QVERIFY(stack->canUndo());
            stack->undo();
            QCOMPARE(testutil::jsonText(session->annotation().answers), states[i - 1]);
            QCOMPARE(testutil::jsonText(stored()->answers), states[i - 1]);
        }
        QCOMPARE(states.first(), QStringLiteral("{}"));
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack->redo();
            QCOMPARE(testutil::jsonText(stored()->answers), states[i]);
        }
        QCOMPARE(stored()->status, AnnotationStatus::Draft);
    }

    void rankingByPlaces()
    {
        auto session = open();
        const QString key = QStringLiteral("overall");
        const QString a = QStringLiteral("a");
        const QString b = QStringLiteral("b");
        // Pressing 2 first still ranks: there is nothing above it yet.
        session->placeResponse(key, a, 1);
        QCOMPARE(session->ranking(key), Ranking({{a}}));
        session->placeResponse(key, b, 0);
        QCOMPARE(session->ranking(key), Ranking({{b}, {a}}));
        session->toggleTie(key, a);
        QCOMPARE(session->ranking(key), Ranking({{b, a}}));
        session->toggleTie(key, a);
        QCOMPARE(session->ranking(key), Ranking({{b}, {a}}));
        const int steps = session->undoStack()->count();
        session->toggleTie(key, b); // alone at the top: no change, no step
        QCOMPARE(session->undoStack()->count(), steps);
        session->placeResponse(key, a, 0);
        QCOMPARE(session->ranking(key), Ranking({{a}, {b}}));
        session->unrank(key, b);
        QCOMPARE(session->ranking(key), Ranking({{a}}));
        session->unrank(key, a);
        QVERIFY(!session->annotation().answers.contains("overall"));
    }

    void typingMergesByWord()
    {
        auto session = open();
        const QString key = QStringLiteral("rationale");
        QString typed;
        for (QChar c : QStringLiteral("B loses items")) {
            typed += c;
            session->setText(key, typed);
        }
        // "B", " loses", " items"
        QCOMPARE(session->undoStack()->count(), 3);
        session->undoStack()->undo();
        QCOMPARE(session->text(key), QStringLiteral("B loses"));
        session->undoStack()->undo();
        session->undoStack()->undo();
        QCOMPARE(session->text(key), QString());
        QVERIFY(!stored()->answers.contains("rationale"));
    }

    void submitNamesWhatIsMissing()
    {
        auto session = open();
        QList<Error> problems = session->problems();
        QStringList fields;
        for (const Error &e : problems)
            fields << e.field;
        QVERIFY(fields.contains(QStringLiteral("overall")));
        QVERIFY(fields.contains(QStringLiteral("helpfulness")));
        QVERIFY(fields.contains(QStringLiteral("rationale")));
        QVERIFY(!session->submit().ok());
        QVERIFY(!stored()); // a refused submit stores nothing

        // Half done: the missing response is named.
        session->setRating(QStringLiteral("helpfulness"), QStringLiteral("a"), 4);
        bool namesB = false;
        for (const Error &e : session->problems())
            namesB = namesB || e.field == u"helpfulness.b";
        QVERIFY(namesB);

        complete(*session);
        QVERIFY(session->problems().isEmpty());
        QSignalSpy status(session.get(), &AnnotationSession::statusChanged);
        QVERIFY(session->submit().ok());
        QCOMPARE(status.size(), 1);
        QCOMPARE(stored()->status, AnnotationStatus::Submitted);
        QCOMPARE(stored()->revision, 1);
        QCOMPARE(m_project->annotations().history(m_task.id, QStringLiteral("kim"))->size(), 1);

        // An edit after submitting makes it a draft again; the submitted revision stays in the history.
        session->setRating(QStringLiteral("helpfulness"), QStringLiteral("a"), 2);
        QCOMPARE(stored()->status, AnnotationStatus::Draft);
        QCOMPARE(session->status(), AnnotationStatus::Draft);
        QCOMPARE(m_project->annotations().history(m_task.id, QStringLiteral("kim"))->size(), 1);
    }

    void skipAndEscalateNeedAReason()
    {
        auto session = open();
        QVERIFY(!session->skip(QStringLiteral("  ")).ok());
        QVERIFY(session->skip(QStringLiteral("I don't know Python")).ok());
        QCOMPARE(stored()->status, AnnotationStatus::Skipped);
        QCOMPARE(stored()->note, QStringLiteral("I don't know Python"));
        QVERIFY(!session->escalate(QString()).ok());
        QVERIFY(session->escalate(QStringLiteral("Response B leaks a phone number")).ok());
        QCOMPARE(stored()->status, AnnotationStatus::Escalated);
        QCOMPARE(stored()->note, QStringLiteral("Response B leaks a phone number"));
    }

    void reopensUnderTheRubricVersionItWasMadeUnder()
    {
        {
            auto session = open();
            session->setRating(QStringLiteral("helpfulness"), QStringLiteral("a"), 3);
        }
        Rubric next = m_rubric;
        next.version = 0;
        next.title = QStringLiteral("Helpful, honest and safe (revised)");
        QVERIFY(m_project->rubrics().publish(next, QStringLiteral("retitled"), QStringLiteral("lead")).ok());
        auto latest = m_project->rubrics().latest(m_rubric.id);
        QCOMPARE(latest.value()->version, m_rubric.version + 1);

        auto reopened = AnnotationSession::open(*m_project, m_task, *latest.value(), QStringLiteral("kim"));
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->rubric().version, m_rubric.version);
        QCOMPARE((*reopened)->rating(QStringLiteral("helpfulness"), QStringLiteral("a")), std::optional<int>(3));

        // Work on another task starts under the latest version.
        auto other = m_project->tasks().byId(QStringLiteral("demo-002"));
        auto fresh = AnnotationSession::open(*m_project, *other.value(), *latest.value(), QStringLiteral("kim"));
        QCOMPARE((*fresh)->rubric().version, m_rubric.version + 1);
    }

    void activeTimeIsStored()
    {
        auto session = open();
        session->addActiveSeconds(4.5);
        QVERIFY(session->flushActiveTime().ok());
        QVERIFY(!stored()); // nothing stored until the first edit
        session->setRating(QStringLiteral("accuracy"), QStringLiteral("b"), 2);
        QCOMPARE(stored()->activeSeconds, 4.5);
        session->addActiveSeconds(10);
        QVERIFY(session->flushActiveTime().ok());
        QCOMPARE(stored()->activeSeconds, 14.5);
        QCOMPARE(stored()->status, AnnotationStatus::Draft);
    }

private:
    std::unique_ptr<AnnotationSession> open()
    {
        auto session = AnnotationSession::open(*m_project, m_task, m_rubric, QStringLiteral("kim"));
        if (!session.ok())
            qFatal("%s", qPrintable(session.error().toString()));
        return std::move(session).value();
    }

    std::optional<Annotation> stored() const
    {
        auto found = m_project->annotations().find(m_task.id, QStringLiteral("kim"));
        return found.ok() ? found.value() : std::nullopt;
    }

    void complete(AnnotationSession &session)
    {
        session.setRanking(QStringLiteral("overall"), {{QStringLiteral("a")}, {QStringLiteral("b")}});
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
            session.setRating(QStringLiteral("helpfulness"), id, 4);
            session.setRating(QStringLiteral("accuracy"), id, 4);
            session.setChoice(QStringLiteral("refusal"), id, QStringLiteral("appropriate-answer"));
        }
        session.setText(QStringLiteral("rationale"), QStringLiteral("B drops the last, shorter batch."));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Rubric m_rubric;
    Task m_task;
};

QTEST_MAIN(TestAnnotationSession)
#include "tst_annotationsession.moc"
