#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;

namespace verdict {

// One response's line in a per-response editor: its letter, then the
// inputs. The row takes the keyboard focus itself (Up and Down move between
// rows) so that keys like 1–5 can act on the focused response.
class ResponseRow final : public QFrame
{
    Q_OBJECT

public:
    ResponseRow(const QString &responseId, const QString &letter, QWidget *parent = nullptr);

    const QString &responseId() const { return m_responseId; }
    QHBoxLayout *inputs() const { return m_inputs; }
    // The row holding `widget`, or null.
    static ResponseRow *of(QWidget *widget);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString m_responseId;
    QHBoxLayout *m_inputs = nullptr;
};

} // namespace verdict
