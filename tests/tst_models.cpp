#include "editors/rankingmodel.h"
#include "editors/spanlistmodel.h"
#include "testutil.h"
#include "workbench/annotationsession.h"
#include "workbench/queuemodel.h"
#include "workflow/demo.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace verdict;

// Every item model of the workbench under QAbstractItemModelTester, driven
// by edits, undo and redo.
class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        static int n = 0;
        auto project = demo::create(m_dir.filePath(QStringLiteral("m-%1.verdict").arg(n++)));
        QVERIFY(project.ok());
        m_project = std::move(project).value();
        m_rubric = *m_project->rubrics().latest(QStringLiteral("helpful-safe")).value();
        // A task with four responses exercises ties and moves.
        const auto tasks = demo::tasks();
        QVERIFY(tasks.ok());
        for (const Task &t : tasks.value()) {
            if (t.responses.size() == 4) {
                m_task = *m_project->tasks().byId(t.id).value();
                break;
            }
        }
        QCOMPARE(m_task.responses.size(), 4);
        auto session = AnnotationSession::open(*m_project, m_task, m_rubric, QStringLiteral("kim"));
        QVERIFY(session.ok());
        m_session = std::move(session).value();
    }
    void cleanup()
    {
        m_session.reset();
        m_project.reset();
    }

    void rankingModelFollowsEditsUndoAndRedo()
    {
        RankingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get(), QStringLiteral("overall"));
        connect(m_session.get(), &AnnotationSession::answerChanged, &model, [&model] { model.refresh(); });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.summary(), QString());
        const QStringList ids = m_task.responseIds();
        const auto order = [&model] {
            QStringList list;
            for (int r = 0; r < model.rowCount(); ++r)
                list << model.index(r).data(RankingModel::LetterRole).toString()
                        + QString::number(model.index(r).data(RankingModel::PlaceRole).toInt());
            return list.join(u' ');
        };
        const QPersistentModelIndex d = model.index(3);
        m_session->placeResponse(QStringLiteral("overall"), ids[3], 0);
        QCOMPARE(order(), QStringLiteral("D1 A0 B0 C0"));
        QCOMPARE(d.row(), 0); // the persistent index follows its response
        m_session->placeResponse(QStringLiteral("overall"), ids[1], 1);
        m_session->placeResponse(QStringLiteral("overall"), ids[0], 2);
        m_session->toggleTie(QStringLiteral("overall"), ids[0]);
        QCOMPARE(order(), QStringLiteral("D1 B2 A2 C0"));
        QCOMPARE(model.summary(), QStringLiteral("D  >  B = A"));

        // Drag C onto D: tie; drag A to the top gap: its own first place.
        std::unique_ptr<QMimeData> c(model.mimeData({model.index(3)}));
        QVERIFY(model.dropMimeData(c.get(), Qt::MoveAction, -1, -1, model.index(0)));
        QCOMPARE(order(), QStringLiteral("D1 C1 B2 A2"));
        std::unique_ptr<QMimeData> a(model.mimeData({model.index(3)}));
        QVERIFY(model.dropMimeData(a.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(order(), QStringLiteral("A1 D2 C2 B3"));

        QUndoStack *stack = m_session->undoStack();
        stack->undo();
        QCOMPARE(order(), QStringLiteral("D1 C1 B2 A2"));
        stack->undo();
        stack->undo();
        QCOMPARE(order(), QStringLiteral("D1 B2 A3 C0"));
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(order(), QStringLiteral("A0 B0 C0 D0"));
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(order(), QStringLiteral("A1 D2 C2 B3"));
    }

    void spanListFollowsEditsUndoAndRedo()
    {
        SpanListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get(), QStringLiteral("hallucination"));
        connect(m_session.get(), &AnnotationSession::answerChanged, &model, [&model] { model.refresh(); });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QString key = QStringLiteral("hallucination");
        const QStringList ids = m_task.responseIds();
        QVERIFY(m_session->addSpan(key, ids[1], Span{5, 9, QStringLiteral("wrong-fact")}));
        QVERIFY(m_session->addSpan(key, ids[0], Span{0, 4, QStringLiteral("personal-data")}));
        QVERIFY(m_session->addSpan(key, ids[1], Span{1, 3, QStringLiteral("unsupported-claim")}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.entry(0).responseId, ids[0]);
        QCOMPARE(model.entry(1).span.start, 1); // reading order within a response
        QVERIFY(model.index(2).data().toString().startsWith(u"B · Wrong fact · “"));
        m_session->relabelSpan(key, ids[1], Span{5, 9, QStringLiteral("wrong-fact")}, QStringLiteral("personal-data"));
        QCOMPARE(model.entry(2).span.label, QStringLiteral("personal-data"));
        m_session->removeSpan(key, ids[0], Span{0, 4, QStringLiteral("personal-data")});
        QCOMPARE(model.rowCount(), 2);
        const int removals = int(removed.size());
        QUndoStack *stack = m_session->undoStack();
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(removed.size() > removals);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(ids[1], Span{5, 9, QStringLiteral("personal-data")}), 1);
    }

    void queueModelFollowsSubmitsUndoAndRedo()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get(), QStringLiteral("kim"));
        const int row = model.rowOf(m_task.rowId);
        QVERIFY(row >= 0);
        connect(m_session.get(), &AnnotationSession::saved, &model, [&] { model.refreshTask(m_task.rowId); });
        const QModelIndex status = model.index(row, QueueModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("New"));
        m_session->setRating(QStringLiteral("helpfulness"), m_task.responses[0].id, 3);
        QCOMPARE(status.data().toString(), QStringLiteral("Draft"));
        QVERIFY(m_session->skip(QStringLiteral("unfamiliar framework")).ok());
        QCOMPARE(status.data().toString(), QStringLiteral("Skipped"));
        m_session->undoStack()->undo(); // an edit after a skip is a draft again
        QCOMPARE(status.data().toString(), QStringLiteral("Draft"));
        m_session->undoStack()->redo();
        QCOMPARE(status.data().toString(), QStringLiteral("Draft"));

        TaskFilter filter;
        filter.status = QueueStatus::Draft;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        filter.status.reset();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 36);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    Rubric m_rubric;
    Task m_task;
    std::unique_ptr<AnnotationSession> m_session;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
