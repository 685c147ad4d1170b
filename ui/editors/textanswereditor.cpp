#include "editors/textanswereditor.h"

#include "common/accentcolor.h"
#include "util/textoffsets.h"
#include "workbench/annotationsession.h"
#include "workbench/texteditfilter.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace verdict {

TextAnswerEditor::TextAnswerEditor(const Criterion &criterion, QWidget *parent)
    : CriterionEditor(criterion, parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"text-" + criterion.key);
    m_edit->setAccessibleName(criterion.title);
    m_edit->setAccessibleDescription(criterion.guidance.isEmpty() ? tr("Your answer in words") : criterion.guidance);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(
        criterion.guidance.isEmpty() ? criterion.title : QString(criterion.guidance).remove(u'*'));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 4 + 14);
    TextEditFilter::install(m_edit);
    body()->addWidget(m_edit);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setAlignment(Qt::AlignRight);
    body()->addWidget(m_count);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCount();
        if (!m_refreshing && session())
            session()->setText(m_criterion.key, m_edit->toPlainText());
    });
    updateCount();
}

void TextAnswerEditor::refresh()
{
    const QString text = session() ? session()->text(m_criterion.key) : QString();
    if (m_edit->toPlainText() != text) {
        m_refreshing = true;
        const int position = m_edit->textCursor().position();
        m_edit->setPlainText(text);
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::min<int>(position, int(text.size())));
        m_edit->setTextCursor(cursor);
        m_refreshing = false;
    }
    updateCount();
}

void TextAnswerEditor::updateCount()
{
    const qsizetype length = text::codePointCount(m_edit->toPlainText().trimmed());
    const QColor muted = palette().color(QPalette::PlaceholderText);
    if (m_criterion.minLength > 0) {
        m_count->setText(tr("%1 / at least %2 characters").arg(length).arg(m_criterion.minLength));
        AccentColor::apply(m_count, length >= m_criterion.minLength ? QColor(0x2e, 0x8b, 0x57) : muted);
    } else {
        m_count->setText(tr("%n character(s)", nullptr, int(length)));
        AccentColor::apply(m_count, muted);
    }
}

void TextAnswerEditor::focusEditor()
{
    m_edit->setFocus(Qt::TabFocusReason);
}

} // namespace verdict
