#pragma once

class QAction;

namespace verdict {

// Gives the Undo and Redo actions of a window's Edit menu (made by its
// QUndoStack or QUndoGroup) their names, "undo" and "redo", and the standard
// keys (QKeySequence::Undo and Redo), with Ctrl+Shift+Z and Ctrl+Y redoing too.
void setUndoRedoKeys(QAction *undo, QAction *redo);

} // namespace verdict
