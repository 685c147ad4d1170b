#include "commands/promotegoldcommand.h"

#include "store/project.h"

#include <QCoreApplication>

namespace verdict {

PromoteGoldCommand::PromoteGoldCommand(
    Project &project, GoldAnswer gold, std::optional<GoldAnswer> previous, std::function<void(const QString &)> changed)
    : QUndoCommand(QCoreApplication::translate("verdict::PromoteGoldCommand", "Promote %1 to gold").arg(gold.taskId))
    , m_project(project)
    , m_gold(std::move(gold))
    , m_previous(std::move(previous))
    , m_changed(std::move(changed))
{ }

void PromoteGoldCommand::redo()
{
    const auto done = m_project.gold().set(m_gold);
    m_changed(done ? QString() : done.error().toString());
}

void PromoteGoldCommand::undo()
{
    const auto done = m_previous ? m_project.gold().set(*m_previous) : m_project.gold().remove(m_gold.taskId);
    m_changed(done ? QString() : done.error().toString());
}

} // namespace verdict
