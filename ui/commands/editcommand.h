#pragma once

#include "commands/typing.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace verdict {

// One edit of a document that an editor holds by value (a rubric draft, an
// authored task): the value before and after it, and the editor's function
// that shows a value (leaving alone what the form already shows, as after the
// edit itself). `Value` has sameContent(). Typing in one field merges into one
// step per word, as SetTextCommand does.
template<typename Value>
class EditCommand final : public QUndoCommand
{
public:
    using Show = std::function<void(const Value &)>;

    // `field` names the field typed in and `typed` its text after the edit;
    // both are empty for an edit that is not typing.
    EditCommand(
        Show show, Value before, Value after, const QString &text, const QString &field = {}, const QString &typed = {})
        : QUndoCommand(text)
        , m_show(std::move(show))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
        , m_typed(typed)
    { }

    void redo() override { m_show(m_after); }
    void undo() override { m_show(m_before); }

    int id() const override { return m_field.isEmpty() ? -1 : EditCommandId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *later = dynamic_cast<const EditCommand *>(other);
        if (!later || later->m_field != m_field || !continuesWord(m_typed, later->m_typed))
            return false;
        m_after = later->m_after;
        m_typed = later->m_typed;
        setObsolete(m_before.sameContent(m_after));
        return true;
    }

private:
    Show m_show;
    Value m_before;
    Value m_after;
    QString m_field;
    QString m_typed;
};

} // namespace verdict
