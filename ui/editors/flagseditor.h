#pragma once

#include "editors/criterioneditor.h"

class QHBoxLayout;

namespace verdict {

class FlagRow;

// Safety flags: a category and a severity per flag, a note and an Escalate
// switch; any number per response (or for the task).
class FlagsEditor final : public CriterionEditor
{
    Q_OBJECT

public:
    explicit FlagsEditor(const Criterion &criterion, QWidget *parent = nullptr);

    void refresh() override;
    void focusEditor() override;
    // Adds an empty flag to a response and puts the focus on its category.
    void addFlagTo(const QString &responseId);
    QList<FlagRow *> rows() const { return m_rows; }

protected:
    void sessionChanged() override;

private:
    void rebuild();

    QWidget *m_addButtons = nullptr;
    QHBoxLayout *m_addLayout = nullptr;
    QWidget *m_list = nullptr;
    QList<FlagRow *> m_rows;
    QStringList m_ids;
    QString m_focusNewFor;
};

} // namespace verdict
