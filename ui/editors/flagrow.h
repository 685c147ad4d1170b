#pragma once

#include "domain/answers.h"
#include "domain/rubric.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace verdict {

// One safety flag being edited: category, severity, Escalate, remove, note.
class FlagRow final : public QFrame
{
    Q_OBJECT

public:
    FlagRow(const Criterion &criterion, const QString &responseId, int index, const QString &letter,
        QWidget *parent = nullptr);

    const QString &responseId() const { return m_responseId; }
    int index() const { return m_index; }
    void showFlag(const Flag &flag);
    Flag flag() const;
    QComboBox *category() const { return m_category; }
    QComboBox *severity() const { return m_severity; }
    QLineEdit *note() const { return m_note; }
    QCheckBox *escalate() const { return m_escalate; }

signals:
    void edited(bool noteOnly);
    void removeRequested();

private:
    QString m_responseId;
    int m_index;
    QComboBox *m_category = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_escalate = nullptr;
    QLineEdit *m_note = nullptr;
    bool m_showing = false;
};

} // namespace verdict
