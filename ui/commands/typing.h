#pragma once

#include <QString>

namespace verdict {

// Ids of the commands that merge with the one before them (typing).
enum CommandId { TextCommandId = 1, RewriteCommandId, FlagNoteCommandId, EditCommandId };

// Whether typing `later` after `earlier` continues the same word (or deletes
// backwards): such steps merge into one.
bool continuesWord(const QString &earlier, const QString &later);

} // namespace verdict
