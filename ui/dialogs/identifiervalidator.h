#pragma once

#include "domain/validation.h"

#include <QValidator>

namespace verdict {

// Keeps a line edit to a valid identifier of one kind (validation.h): no
// control characters and no more than the kind's length limit can be typed
// or pasted. An empty or blank field is left for the form to judge.
class IdentifierValidator final : public QValidator
{
    Q_OBJECT

public:
    IdentifierValidator(IdentifierKind kind, QObject *parent);

    State validate(QString &input, int &position) const override;

private:
    IdentifierKind m_kind;
};

} // namespace verdict
