#include "domain/person.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace verdict {

QString loginName()
{
#ifdef Q_OS_UNIX
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(std::size_t(size > 0 ? size : 16384));
    passwd entry{};
    passwd *found = nullptr;
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name).trimmed();
#endif
    return {};
}

QString personFromEnvironment()
{
    for (const char *variable : {"VERDICT_PERSON", "USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return loginName();
}

QString systemUser()
{
    const QString login = loginName();
    return login.isEmpty() ? qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")) : login;
}

} // namespace verdict
