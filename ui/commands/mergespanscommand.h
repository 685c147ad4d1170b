#pragma once

#include "commands/answercommand.h"

#include <QStringList>

namespace verdict {

// Replaces the answer to a spans criterion with every span of several
// people's answers (`from` names them), once each.
class MergeSpansCommand final : public AnswerCommand
{
public:
    MergeSpansCommand(AnnotationSession *session, const Criterion &criterion, const QList<AnswerValue> &answers,
        const QStringList &from);
};

} // namespace verdict
