#pragma once

#include "domain/task.h"
#include "workbench/sourcemap.h"

#include <QFont>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QTextDocument;

namespace verdict {

class ResponseView;

// One task: the conversation as a transcript (each role in its own colour),
// and the responses side by side, labelled A, B, C… (two to four share the
// width; more scroll sideways). Model names stay hidden unless asked for
// (blind review). Responses show as rendered Markdown or as their exact text.
// A response that carries several turns shows the turns before its final
// reply as a conversation above it, within its own column.
class TaskView final : public QWidget
{
    Q_OBJECT

public:
    explicit TaskView(QWidget *parent = nullptr);
    ~TaskView() override;

    void setTask(const Task &task);
    // Renders a task ahead (the one a trainer will most likely open next),
    // so that setTask() with it only swaps documents in.
    void prepare(const Task &task);
    QString preparedTaskId() const { return m_prepared.task.id; }
    void clear();
    const Task &task() const { return m_task; }

    void setModelNamesVisible(bool visible);
    bool modelNamesVisible() const { return m_showModels; }
    void setRawText(bool raw);
    bool rawText() const { return m_raw; }

    // "A", "B", … "Z", "AA", …
    static QString responseLetter(int index);

    int responseCount() const { return int(m_task.responses.size()); }
    // The final reply of a response, where spans and rewrites work.
    ResponseView *responseView(int index) const;
    // The turns a response carries before its final reply, shown as a
    // conversation above it; null when the response has none.
    QTextBrowser *earlierTurnsView(int index) const;
    // The conversation before the responses.
    QTextBrowser *transcript() const { return m_transcript; }
    QWidget *transcriptView() const;
    // The response last focused (0 when none was).
    int currentResponse() const { return m_current; }
    // The id of that response; empty when the task has none.
    QString currentResponseId() const;
    void focusResponse(int index);
    // A short note under a response's title ("ranked 1st · 2 spans").
    void setResponseNote(int index, const QString &note);

    // The shown transcript and responses, for tests and accessibility checks.
    QString transcriptText() const;
    QStringList responseTexts() const;
    // Per response, its earlier turns as shown (empty when it has none).
    QStringList earlierTurnsTexts() const;
    QStringList responseTitles() const;

signals:
    void currentResponseChanged(int index);
    // Fired after the responses are (re)filled, so spans can be drawn again.
    void responsesShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Prepared
    {
        Task task;
        bool raw = false;
        QFont font;
        QTextDocument *transcript = nullptr;
        QList<QTextDocument *> documents;
        QList<SourceMap> maps;
    };
    void dropPrepared();
    QTextDocument *buildTranscript(const Task &task) const;
    void rebuildResponses(bool usePrepared);
    void fillTranscript();
    void fillEarlierTurns();
    void fitEarlierTurns();
    void updateTitles();
    void updateWidths();

    Task m_task;
    Prepared m_prepared;
    bool m_showModels = false;
    bool m_raw = false;
    int m_current = 0;
    QLabel *m_header = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QScrollArea *m_scroll = nullptr;
    QSplitter *m_responses = nullptr;
    QList<QWidget *> m_panes;
    QList<QLabel *> m_titles;
    QList<QLabel *> m_notes;
    QList<ResponseView *> m_bodies;
    QList<QWidget *> m_earlierBoxes;
    QList<QLabel *> m_earlierCaptions;
    QList<QTextBrowser *> m_earlier;
    QList<QLabel *> m_replyCaptions;
};

} // namespace verdict
