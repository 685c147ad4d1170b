#include "common/backgroundjob.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <stdexcept>

using namespace verdict;

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private slots:
    void resultArrivesOnTheJobsThread()
    {
        BackgroundJob job;
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QThread *worker = nullptr;
        QThread *deliveredOn = nullptr;
        std::optional<Result<int>> got;
        job.start(
            [&worker](JobControl &) -> Result<int> {
                worker = QThread::currentThread();
                return 42;
            },
            [&](Result<int> result) {
                deliveredOn = QThread::currentThread();
                got = std::move(result);
            });
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY(!job.isRunning());
        QVERIFY(got && got->ok());
        QCOMPARE(got->value(), 42);
        QVERIFY(worker && worker != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void progressArrivesInOrderAndEndsWithTheLatest()
    {
        BackgroundJob job;
        QSignalSpy progress(&job, &BackgroundJob::progress);
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSemaphore reported;
        QSemaphore seen;
        job.start(
            [&](JobControl &control) -> Result<void> {
                for (qint64 i = 1; i <= 3; ++i) {
                    control.setProgress(i, 3, QStringLiteral("step %1").arg(i));
                    reported.release();
                    seen.acquire(); // one report at a time, so none is folded into the next
                }
                return {};
            },
            [](Result<void>) {});
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(reported.tryAcquire(1, 10000));
            QTRY_COMPARE(progress.size(), i);
            seen.release();
        }
        QVERIFY(finished.wait(10000));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(2).at(0).toLongLong(), 3);
        QCOMPARE(progress.at(2).at(1).toLongLong(), 3);
        QCOMPARE(progress.at(2).at(2).toString(), QStringLiteral("step 3"));
        QCOMPARE(progress.at(0).at(2).toString(), QStringLiteral("step 1"));
    }

    void manyReportsAreFoldedIntoTheLatest()
    {
        BackgroundJob job;
        QSignalSpy progress(&job, &BackgroundJob::progress);
        QSemaphore release;
        job.start(
            [&](JobControl &control) -> Result<void> {
                for (qint64 i = 1; i <= 100000; ++i)
                    control.setProgress(i, 100000);
                release.acquire();
                return {};
            },
            [](Result<void>) {});
        QTRY_VERIFY(!progress.isEmpty() && progress.constLast().at(0).toLongLong() == 100000);
        QVERIFY(progress.size() < 100000);
        release.release();
        job.waitForFinished();
    }

    void cancelStopsTheWorkAndItsResultStillComes()
    {
        BackgroundJob job;
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSemaphore started;
        std::optional<Result<int>> got;
        job.start(
            [&started](JobControl &control) -> Result<int> {
                started.release();
                int rounds = 0;
                while (!control.isCancelled()) {
                    QThread::msleep(1);
                    ++rounds;
                }
                if (!control.cancelFlag()->load())
                    return makeError(QStringLiteral("the flag and isCancelled() disagree"));
                return makeError(QStringLiteral("cancelled after %1 rounds").arg(rounds));
            },
            [&got](Result<int> result) { got = std::move(result); });
        QVERIFY(started.tryAcquire(1, 10000));
        QVERIFY(!job.isCancelled());
        job.cancel();
        QVERIFY(job.isCancelled());
        QVERIFY(finished.wait(10000));
        QVERIFY(got && !got->ok());
        QVERIFY2(got->error().message.startsWith(u"cancelled after"), qPrintable(got->error().message));
    }

    void errorsAndExceptionsArriveAsErrors()
    {
        BackgroundJob job;
        std::optional<Result<QString>> got;
        const auto keep = [&got](Result<QString> result) { got = std::move(result); };

        job.start(
            [](JobControl &) -> Result<QString> {
                return makeError(QStringLiteral("no such file"), QStringLiteral("a.jsonl"), 3);
            },
            keep);
        job.waitForFinished();
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().message, QStringLiteral("no such file"));
        QCOMPARE(got->error().file, QStringLiteral("a.jsonl"));
        QCOMPARE(got->error().line, 3);

        got.reset();
        job.start([](JobControl &) -> Result<QString> { throw std::runtime_error("out of cheese"); }, keep);
        job.waitForFinished();
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().message, QStringLiteral("out of cheese"));

        got.reset();
        job.start([](JobControl &) -> Result<QString> { throw 7; }, keep);
        job.waitForFinished();
        QVERIFY(got && !got->ok());
        QVERIFY(!got->error().message.isEmpty());
    }

    void waitForFinishedHandsTheResultOverAtOnce()
    {
        BackgroundJob job;
        QSignalSpy finished(&job, &BackgroundJob::finished);
        auto value = std::make_unique<int>(0);
        job.start(
            [](JobControl &) -> Result<std::shared_ptr<int>> {
                QThread::msleep(50);
                return std::make_shared<int>(7);
            },
            [&value](Result<std::shared_ptr<int>> result) { *value = **result; });
        job.waitForFinished();
        QCOMPARE(*value, 7);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        // The result was handed over once: the queued delivery finds nothing to do.
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        job.waitForFinished(); // nothing running: returns at once
    }

    void aNewStartDropsTheRunItReplaces()
    {
        BackgroundJob job;
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QList<int> got;
        const auto keep = [&got](Result<int> result) { got << (result ? *result : -1); };
        QSemaphore started;
        job.start(
            [&started](JobControl &control) -> Result<int> {
                started.release();
                while (!control.isCancelled())
                    QThread::msleep(1);
                return 1;
            },
            keep);
        QVERIFY(started.tryAcquire(1, 10000));
        job.start([](JobControl &) -> Result<int> { return 2; }, keep);
        QVERIFY(finished.wait(10000));
        QTest::qWait(50);
        QCOMPARE(got, QList<int>{2});
        QCOMPARE(finished.size(), 1);
    }

    void doneMayStartTheNextRun()
    {
        BackgroundJob job;
        QList<int> got;
        std::function<void(Result<int>)> next = [&](Result<int> result) {
            got << *result;
            if (got.size() < 3)
                job.start([n = got.size()](JobControl &) -> Result<int> { return int(n); }, next);
        };
        job.start([](JobControl &) -> Result<int> { return 0; }, next);
        QTRY_COMPARE(got, (QList<int>{0, 1, 2}));
        QTRY_VERIFY(!job.isRunning());
    }

    void destroyingTheJobCancelsAndWaits()
    {
        auto finishedWork = std::make_shared<std::atomic_bool>(false);
        bool delivered = false;
        QSemaphore started;
        {
            BackgroundJob job;
            job.start(
                [&started, finishedWork](JobControl &control) -> Result<int> {
                    started.release();
                    while (!control.isCancelled())
                        QThread::msleep(1);
                    *finishedWork = true;
                    return 0;
                },
                [&delivered](Result<int>) { delivered = true; });
            QVERIFY(started.tryAcquire(1, 10000));
        }
        QVERIFY(finishedWork->load());
        QTest::qWait(20);
        QVERIFY(!delivered);
    }

    void abandonDropsTheResult()
    {
        BackgroundJob job;
        QSignalSpy finished(&job, &BackgroundJob::finished);
        QSignalSpy progress(&job, &BackgroundJob::progress);
        bool delivered = false;
        job.start(
            [](JobControl &control) -> Result<int> {
                control.setProgress(1, 2);
                return 0;
            },
            [&delivered](Result<int>) { delivered = true; });
        job.abandon();
        QVERIFY(!job.isRunning());
        QTest::qWait(20);
        QVERIFY(!delivered);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(progress.size(), 0);
    }

    void runsAtTheChosenPriority()
    {
        BackgroundJob job;
        job.setObjectName(QStringLiteral("low-job"));
        job.setPriority(QThread::LowPriority);
        QThread::Priority priority = QThread::InheritPriority;
        QString name;
        job.start(
            [&](JobControl &) -> Result<void> {
                priority = QThread::currentThread()->priority();
                name = QThread::currentThread()->objectName();
                return {};
            },
            [](Result<void>) {});
        job.waitForFinished();
        QCOMPARE(priority, QThread::LowPriority);
        QCOMPARE(name, QStringLiteral("low-job"));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
