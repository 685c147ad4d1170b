#include "commands/decidecommand.h"

#include "store/project.h"

namespace verdict {

DecideCommand::DecideCommand(Project &project, Adjudication decision, std::optional<Adjudication> previous,
    std::function<void(const QString &)> changed, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
    , m_decision(std::move(decision))
    , m_previous(std::move(previous))
    , m_changed(std::move(changed))
{ }

void DecideCommand::redo()
{
    const auto done = m_project.adjudications().set(m_decision);
    m_changed(done ? QString() : done.error().toString());
}

void DecideCommand::undo()
{
    const auto done = m_previous ? m_project.adjudications().set(*m_previous)
                                 : m_project.adjudications().remove(m_decision.taskId, m_decision.criterion);
    m_changed(done ? QString() : done.error().toString());
}

} // namespace verdict
