#include "util/result.h"

namespace verdict {

QString Error::toString() const
{
    QString location = file;
    if (!file.isEmpty() && line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    const QString text = field.isEmpty() ? message : field + u": " + message;
    return location.isEmpty() ? text : location + u": " + text;
}

} // namespace verdict
