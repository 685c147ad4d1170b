#include "commands/typing.h"

namespace verdict {

bool continuesWord(const QString &earlier, const QString &later)
{
    if (later.size() <= earlier.size() || !later.startsWith(earlier))
        return later.size() < earlier.size() && earlier.startsWith(later); // deleting backwards
    const QStringView added = QStringView(later).mid(earlier.size());
    for (QChar c : added) {
        if (c.isSpace())
            return false;
    }
    return true;
}

} // namespace verdict
