#pragma once

#include "domain/rubric.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace verdict {

// The rubric's guidelines (Markdown), scrolled to the section of the
// criterion being worked on, with that criterion's short guidance on top.
class GuidancePane final : public QWidget
{
    Q_OBJECT

public:
    explicit GuidancePane(QWidget *parent = nullptr);

    void setRubric(const Rubric &rubric);
    // Scrolls to the criterion's section and shows its guidance.
    void showCriterion(const QString &key);
    QTextBrowser *browser() const { return m_browser; }
    // The heading the view was scrolled to, for tests.
    QString shownSection() const { return m_section; }

private:
    QString m_rubricKey;
    Rubric m_rubric;
    QLabel *m_focus = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_section;
};

} // namespace verdict
