#include "commands/setflagscommand.h"

namespace verdict {

SetFlagsCommand::SetFlagsCommand(AnnotationSession *session, const QString &criterion, const QString &responseId,
    const QList<Flag> &flags, const QString &text, int noteOfFlag)
    : AnswerCommand(session, criterion, responseId, flags.isEmpty() ? AnswerValue() : AnswerValue::ofFlags(flags), text)
    , m_noteOfFlag(noteOfFlag)
{ }

bool SetFlagsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const SetFlagsCommand *>(other);
    if (later->m_criterion != m_criterion || later->m_responseId != m_responseId || later->m_noteOfFlag != m_noteOfFlag)
        return false;
    takeAfter(*later);
    return true;
}

} // namespace verdict
