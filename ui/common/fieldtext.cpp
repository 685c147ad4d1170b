#include "common/fieldtext.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

#include <utility>

namespace verdict {

namespace {

// Where `before` and `after` start and stop differing: the length of their
// common prefix, and of their common suffix after it.
std::pair<qsizetype, qsizetype> difference(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before[prefix] == after[prefix])
        ++prefix;
    // Never between the two halves of a surrogate pair.
    if (prefix > 0 && before[prefix - 1].isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    if (suffix > 0 && before[before.size() - suffix].isLowSurrogate())
        --suffix;
    return {prefix, suffix};
}

} // namespace

QString fieldText(const QWidget *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->text();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(field))
        return plain->toPlainText();
    return {};
}

void setFieldText(QLineEdit *field, const QString &text)
{
    const QString before = field->text();
    if (before == text)
        return;
    const auto [prefix, suffix] = difference(before, text);
    field->setText(text);
    field->setCursorPosition(int(text.size() - suffix));
}

void setFieldText(QPlainTextEdit *field, const QString &text)
{
    const QString before = field->toPlainText();
    if (before == text)
        return;
    const auto [prefix, suffix] = difference(before, text);
    QTextCursor cursor(field->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(before.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    field->setTextCursor(cursor);
}

} // namespace verdict
