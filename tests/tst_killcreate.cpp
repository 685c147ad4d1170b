#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace verdict;

namespace {

QString integrity(Project &project)
{
    Statement query = project.database().prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!query.exec().ok() || !query.next())
        return QStringLiteral("cannot check");
    return query.string(0);
}

// What a created project holds, leaving out what differs from one creation
// to the next (a new project's id and times).
QString content(Project &project)
{
    QStringList out;
    const auto info = project.info();
    if (!info)
        return info.error().toString();
    out << info->name << QString::number(info->tasks) << QString::number(info->goldTasks)
        << QString::number(info->adjudications);
    for (const Rubric &r : info->rubrics)
        out << QStringLiteral("%1 v%2 %3").arg(r.id).arg(r.version).arg(int(r.status));
    for (auto status :
        {AnnotationStatus::Draft, AnnotationStatus::Submitted, AnnotationStatus::Skipped, AnnotationStatus::Escalated})
        out << QString::number(info->annotationsByStatus.value(status));
    return out.join(u'\n');
}

int run(const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(VERDICT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

// Creating a project is one step: killed at any moment, `verdict init` and
// `verdict demo` leave either nothing or the whole project, and running them
// again then works.
class TestKillCreate : public QObject
{
    Q_OBJECT

private slots:
    void killedCreationLeavesNothingOrAWholeProject_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("init --rubric") << QStringList{QStringLiteral("init"), QStringLiteral("TARGET"),
            QStringLiteral("--name"), QStringLiteral("Kill test"), QStringLiteral("--rubric"),
            QStringLiteral(VERDICT_SOURCE_DIR "/resources/demo/rubric.json")};
        QTest::newRow("demo --sample-work")
            << QStringList{QStringLiteral("demo"), QStringLiteral("TARGET"), QStringLiteral("--sample-work")};
    }

    void killedCreationLeavesNothingOrAWholeProject()
    {
        QFETCH(QStringList, command);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto withTarget = [&command](const QString &target) {
            QStringList arguments = command;
            arguments.replace(arguments.indexOf(QStringLiteral("TARGET")), target);
            return arguments;
        };

        // A creation that runs to the end: what every project left behind must hold.
        const QString reference = dir.filePath(QStringLiteral("reference.verdict"));
        QElapsedTimer timer;
        timer.start();
        QString output;
        QCOMPARE(run(withTarget(reference), &output), 0);
        const qint64 whole = timer.nsecsElapsed() / 1000;
        QString expected;
        {
            auto project = Project::open(reference);
            QVERIFY2(project.ok(), qPrintable(output));
            expected = content(**project);
        }

        // Kills spread from the start of the process to a little past its usual end.
        const int kills = 40;
        int nothing = 0;
        int complete = 0;
        for (int i = 0; i < kills; ++i) {
            const QString target = dir.filePath(QStringLiteral("kill-%1.verdict").arg(i));
            QProcess process;
            process.start(QStringLiteral(VERDICT_BINARY), withTarget(target));
            QVERIFY(process.waitForStarted());
            QThread::usleep(quint64(whole * i / (kills - 4)));
            process.kill();
            QVERIFY(process.waitForFinished());

            if (QFileInfo::exists(target)) {
                auto project = Project::open(target);
                if (!project)
                    QFAIL(qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(project.error().toString())));
                QCOMPARE(integrity(**project), QStringLiteral("ok"));
                QCOMPARE(content(**project), expected);
                ++complete;
                continue;
            }
            ++nothing;
            // Nothing in the way: the same command then makes the whole project.
            QString again;
            QVERIFY2(run(withTarget(target), &again) == 0, qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(again)));
            auto project = Project::open(target);
            QVERIFY(project.ok());
            QCOMPARE(content(**project), expected);
        }
        qInfo("%d kills: %d left nothing, %d a whole project", kills, nothing, complete);

        // No half-made files are left beside the projects: reruns clear away
        // what killed creations left.
        QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeIf([](const QString &name) {
            return name.endsWith(u".verdict") || name.endsWith(u".verdict-wal") || name.endsWith(u".verdict-shm");
        });
        QVERIFY2(names.isEmpty(), qPrintable(names.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestKillCreate)
#include "tst_killcreate.moc"
