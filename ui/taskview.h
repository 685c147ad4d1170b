#pragma once

#include "task.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTextBrowser;

namespace verdict {

// One task, read-only: the conversation as a transcript, and the responses
// side by side, labelled A, B, C… Model names stay hidden unless asked for
// (blind review).
class TaskView final : public QWidget
{
    Q_OBJECT

public:
    explicit TaskView(QWidget *parent = nullptr);

    void setTask(const Task &task);
    void clear();
    const Task &task() const { return m_task; }

    void setModelNamesVisible(bool visible);
    bool modelNamesVisible() const { return m_showModels; }

    // "A", "B", … "Z", "AA", …
    static QString responseLetter(int index);

    // The shown transcript and responses, for tests and accessibility checks.
    QString transcriptText() const;
    QStringList responseTexts() const;
    QStringList responseTitles() const;

private:
    void rebuildResponses();
    QString transcriptHtml() const;

    Task m_task;
    bool m_showModels = false;
    QLabel *m_header = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QSplitter *m_responses = nullptr;
    QList<QLabel *> m_titles;
    QList<QTextBrowser *> m_bodies;
};

} // namespace verdict
