#include "testutil.h"
#include "workbench/queuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace verdict;

class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_project = testutil::newProject(m_dir);
        Transaction transaction(m_project->database());
        // More than a few windows of rows, so fetching crosses window edges.
        for (int i = 1; i <= 1000; ++i)
            QVERIFY(m_project->tasks()
                        .insert(testutil::task(
                            QStringLiteral("t-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Prompt %1").arg(i)))
                        .ok());
        QVERIFY(transaction.commit().ok());
    }
    void cleanupTestCase() { m_project.reset(); }

    void showsEveryTaskInOrder()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get(), QStringLiteral("kim"));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
        for (int row : {0, 255, 256, 511, 777, 999}) {
            const QString id = QStringLiteral("t-%1").arg(row + 1, 4, 10, QLatin1Char('0'));
            QCOMPARE(model.index(row, QueueModel::IdColumn).data().toString(), id);
            QCOMPARE(
                model.index(row, QueueModel::PromptColumn).data().toString(), QStringLiteral("Prompt %1").arg(row + 1));
            QCOMPARE(model.index(row, QueueModel::StatusColumn).data().toString(), QStringLiteral("New"));
            QCOMPARE(model.rowOf(model.rowIdAt(row)), row);
        }
        QCOMPARE(model.headerData(QueueModel::PromptColumn, Qt::Horizontal).toString(), QStringLiteral("Prompt"));
    }

    void statusChangeShowsAfterRefresh()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get(), QStringLiteral("lee"));
        const QModelIndex status = model.index(300, QueueModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("New"));
        Annotation a;
        a.taskId = model.index(300, QueueModel::IdColumn).data().toString();
        a.annotator = QStringLiteral("lee");
        a.status = AnnotationStatus::Submitted;
        QVERIFY(m_project->annotations().save(a).ok());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshTask(model.rowIdAt(300));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.data().toString(), QStringLiteral("Done"));
        QCOMPARE(status.data(QueueModel::StatusRole).toInt(), int(QueueStatus::Submitted));

        TaskFilter filter;
        filter.status = QueueStatus::Submitted;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, QueueModel::IdColumn).data().toString(), a.taskId);
        filter.status = QueueStatus::New;
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 999);
        QCOMPARE(model.rowOf(model.rowIdAt(0)), 0);
    }

    void textFilter()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project.get(), QStringLiteral("kim"));
        TaskFilter filter;
        filter.text = QStringLiteral("prompt 99");
        model.setFilter(filter);
        // Prompt 99, Prompt 990–999.
        QCOMPARE(model.rowCount(), 11);
        filter.text.clear();
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1000);
    }

    // An assignment arranged the queue: rows come in its order, and each row
    // id still finds its row.
    void anArrangedQueueFindsItsRows()
    {
        auto project = testutil::newProject(m_dir, QStringLiteral("arranged"));
        QList<qint64> rows;
        for (int i = 1; i <= 5; ++i)
            rows << project->tasks().insert(testutil::task(QStringLiteral("a-%1").arg(i), QStringLiteral("P"))).value();
        QVERIFY(project->tasks().arrange({rows[4], rows[2], rows[0]}).ok());
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get(), QStringLiteral("kim"));
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << model.index(row, QueueModel::IdColumn).data().toString();
            QCOMPARE(model.rowOf(model.rowIdAt(row)), row);
        }
        QCOMPARE(ids.join(u' '), QStringLiteral("a-5 a-2 a-3 a-4 a-1"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshTask(rows[0]);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 4);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
