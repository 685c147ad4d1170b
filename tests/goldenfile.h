#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Golden files: a test compares what it made with a file in tests/data; with
// VERDICT_UPDATE_GOLDEN=1 in the environment it rewrites the file instead
// (then review the diff before committing it).
namespace verdict::golden {

inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The records of a batch file: every line but the manifest and the end record.
inline QByteArray records(const QByteArray &batch)
{
    const qsizetype first = batch.indexOf('\n') + 1;
    const qsizetype last = batch.lastIndexOf('\n', batch.size() - 2) + 1;
    return first > 0 && last > first ? batch.mid(first, last - first) : QByteArray();
}

// Compares `actual` with the golden file, line by line for a readable failure.
inline bool matches(const QByteArray &actual, const QString &path)
{
    if (qEnvironmentVariableIntValue("VERDICT_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size())
            qFatal("cannot write %s", qPrintable(path));
        qWarning("rewrote %s", qPrintable(path));
        return true;
    }
    const QByteArray expected = read(path);
    if (expected.isEmpty()) {
        qWarning("missing golden file %s", qPrintable(path));
        return false;
    }
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i)) {
            qWarning("%s:%lld differs\n  expected: %s\n  actual:   %s", qPrintable(path), qlonglong(i + 1),
                e.value(i).left(400).constData(), a.value(i).left(400).constData());
            return false;
        }
    }
    return true;
}

} // namespace verdict::golden
