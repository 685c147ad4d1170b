#pragma once

#include "store/project.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

// Everything a project file holds, as text: to prove that a refused or
// cancelled import left the project exactly as it was.
namespace verdict::testutil {

inline QString snapshot(Project &project)
{
    QStringList out;
    QSqlQuery tables = project.database().prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!project.database().run(tables).ok())
        return QStringLiteral("<cannot list tables>");
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        out << u"[" + table + u"]";
        QSqlQuery rows = project.database().prepare(u"SELECT * FROM " + table + u" ORDER BY rowid");
        if (!project.database().run(rows).ok())
            return u"<cannot read " + table + u">";
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << (rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
            out << values.join(u'|');
        }
    }
    return out.join(u'\n');
}

} // namespace verdict::testutil
