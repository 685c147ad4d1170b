#pragma once

#include "domain/annotation.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace verdict {

class Project;

// Records a lead's decision on one criterion of one task; undo puts back the
// decision that was there before, or none. `changed` runs after each
// change, with the error text when the store refused it.
class DecideCommand final : public QUndoCommand
{
public:
    DecideCommand(Project &project, Adjudication decision, std::optional<Adjudication> previous,
        std::function<void(const QString &error)> changed, const QString &text);

    void redo() override;
    void undo() override;

private:
    Project &m_project;
    Adjudication m_decision;
    std::optional<Adjudication> m_previous;
    std::function<void(const QString &)> m_changed;
};

} // namespace verdict
