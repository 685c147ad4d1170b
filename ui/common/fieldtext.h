#pragma once

#include <QString>

class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace verdict {

// The text of a line or plain-text field; a null string for other widgets.
QString fieldText(const QWidget *field);

// Shows `text` in the field by replacing only the part that differs and
// leaving the cursor after it, so that an edit undone or redone shows where
// it was made and the view does not jump.
void setFieldText(QLineEdit *field, const QString &text);
void setFieldText(QPlainTextEdit *field, const QString &text);

} // namespace verdict
