#include "dialogs/identifiervalidator.h"

namespace verdict {

IdentifierValidator::IdentifierValidator(IdentifierKind kind, QObject *parent)
    : QValidator(parent)
    , m_kind(kind)
{ }

QValidator::State IdentifierValidator::validate(QString &input, int &) const
{
    if (input.trimmed().isEmpty())
        return Intermediate;
    return identifierProblem(input, m_kind).isEmpty() ? Acceptable : Invalid;
}

} // namespace verdict
