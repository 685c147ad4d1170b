#pragma once

#include "store/project.h"

#include <QStringList>

// Everything a project file holds, as text: to prove that a refused or
// cancelled import left the project exactly as it was.
namespace verdict::testutil {

inline QString snapshot(Project &project)
{
    QStringList out;
    Statement tables = project.database().prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables.exec().ok())
        return QStringLiteral("<cannot list tables>");
    QStringList names;
    while (tables.next())
        names << tables.string(0);
    for (const QString &table : names) {
        out << u"[" + table + u"]";
        Statement rows = project.database().prepare(u"SELECT * FROM " + table + u" ORDER BY rowid");
        if (!rows.exec().ok())
            return u"<cannot read " + table + u">";
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.columnCount(); ++i)
                values << (rows.isNull(i) ? QStringLiteral("NULL") : rows.string(i));
            out << values.join(u'|');
        }
    }
    return out.join(u'\n');
}

} // namespace verdict::testutil
