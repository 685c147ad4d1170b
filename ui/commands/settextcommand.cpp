#include "commands/settextcommand.h"

#include <QCoreApplication>

namespace verdict {

SetTextCommand::SetTextCommand(AnnotationSession *session, const QString &criterion, const QString &text)
    : AnswerCommand(session, criterion, {}, text.isEmpty() ? AnswerValue() : AnswerValue::ofText(text),
        QCoreApplication::translate("verdict::SetTextCommand", "Type text"))
{ }

bool SetTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const SetTextCommand *>(other);
    if (later->m_criterion != m_criterion)
        return false;
    const QString mine = m_after.text().value_or(QString());
    const QString theirs = later->m_after.text().value_or(QString());
    if (!continuesWord(mine, theirs))
        return false;
    takeAfter(*later);
    return true;
}

} // namespace verdict
