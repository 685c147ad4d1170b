#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"
#include "domain/task.h"

#include <QDialog>

class QTableWidget;

namespace verdict {

// Shown right after a submit in a calibration round: the trainer's answers
// next to the gold answer, criterion by criterion, with what differs.
class GoldFeedbackDialog final : public QDialog
{
    Q_OBJECT

public:
    GoldFeedbackDialog(const Rubric &rubric, const Task &task, const Annotation &yours, const GoldAnswer &gold,
        QWidget *parent = nullptr);

    int matched() const { return m_matched; }
    int compared() const { return m_compared; }
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
    int m_matched = 0;
    int m_compared = 0;
};

} // namespace verdict
