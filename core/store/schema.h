#pragma once

#include "store/database.h"

namespace verdict::schema {

// Every migration, oldest first. Add a new one at the end; never edit a
// migration that has shipped (projects in the field were made with it).
const QList<Migration> &migrations();

int currentVersion();

} // namespace verdict::schema
