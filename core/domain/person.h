#pragma once

#include <QString>

namespace verdict {

// Who is at the keyboard, as far as the process can tell without asking:
// $VERDICT_PERSON, else $USER, else $USERNAME, else the login name of the
// process's user in the password database (a container or a service often
// sets neither variable). Empty when none of them names anyone; the command
// line then asks for --as and the workbench for a name.
QString personFromEnvironment();

// The login name of the process's user in the password database; empty when
// it has none.
QString loginName();

// The operating-system user, for the record of who opened a project: the login
// name, else $USER, else $USERNAME.
QString systemUser();

} // namespace verdict
