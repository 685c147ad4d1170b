#pragma once

#include "store/authoringstore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTextBrowser;

namespace verdict {

// The saved revisions of one authored task, newest first, and any two of
// them side by side: what the later one removed struck through in red on the
// left, what it added in green on the right.
class RevisionHistory final : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionHistory(QWidget *parent = nullptr);

    // Shows these revisions, comparing the last but one with the last.
    void setRevisions(const QList<TaskRevision> &revisions);
    // Compares revision numbers `from` and `to`.
    void compare(int from, int to);

    QListWidget *list() const { return m_list; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QTextBrowser *left() const { return m_left; }
    QTextBrowser *right() const { return m_right; }

private:
    void showComparison();
    const TaskRevision *revision(int number) const;

    QList<TaskRevision> m_revisions;
    QListWidget *m_list = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
};

} // namespace verdict
