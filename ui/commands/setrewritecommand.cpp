#include "commands/setrewritecommand.h"

namespace verdict {

SetRewriteCommand::SetRewriteCommand(
    AnnotationSession *session, const QString &criterion, const Rewrite &rewrite, const QString &text, bool typing)
    : AnswerCommand(session, criterion, {},
        rewrite.text.isEmpty() && rewrite.seed.isEmpty() ? AnswerValue() : AnswerValue::ofRewrite(rewrite), text)
    , m_typing(typing)
{ }

bool SetRewriteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const SetRewriteCommand *>(other);
    if (later->m_criterion != m_criterion)
        return false;
    const auto mine = m_after.rewrite();
    const auto theirs = later->m_after.rewrite();
    if (!mine || !theirs || mine->seed != theirs->seed || !continuesWord(mine->text, theirs->text))
        return false;
    takeAfter(*later);
    return true;
}

} // namespace verdict
