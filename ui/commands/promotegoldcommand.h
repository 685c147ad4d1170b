#pragma once

#include "domain/annotation.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace verdict {

class Project;

// Makes a task's final answers its gold answer; undo puts back the gold
// answer it had before, or none.
class PromoteGoldCommand final : public QUndoCommand
{
public:
    PromoteGoldCommand(Project &project, GoldAnswer gold, std::optional<GoldAnswer> previous,
        std::function<void(const QString &error)> changed);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    GoldAnswer m_gold;
    std::optional<GoldAnswer> m_previous;
    std::function<void(const QString &)> m_changed;
};

} // namespace verdict
