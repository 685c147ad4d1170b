#pragma once

#include "store/authoringstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace verdict {

class Project;

// Red-team entries counted under one value (a harm category, a technique, or both).
struct RedTeamGroup
{
    QString key; // the taxonomy value's key; empty when not set
    QString title; // its name in the review rubric's taxonomy, or the key
    QString technique; // in the harm × technique table: the technique's key
    QString techniqueTitle;
    int entries = 0;
    int succeeded = 0;
    int failed = 0; // attacks the model withstood
    // succeeded / (succeeded + failed); nothing when no entry says.
    std::optional<double> successRate() const;
};

// The red-team log summed up: entries by targeted harm category, by
// technique and by both, with success rates and the counts behind them,
// and every entry listed. Written as Markdown or HTML.
class RedTeamReport final
{
    Q_DECLARE_TR_FUNCTIONS(RedTeamReport)

public:
    static Result<RedTeamReport> build(Project &project);

    int entries() const { return int(m_entries.size()); }
    const RedTeamGroup &total() const { return m_total; }
    const QList<RedTeamGroup> &byHarmCategory() const { return m_byHarm; }
    const QList<RedTeamGroup> &byTechnique() const { return m_byTechnique; }
    const QList<RedTeamGroup> &byHarmAndTechnique() const { return m_byBoth; }
    const QList<AuthoredRecord> &entryList() const { return m_entries; }

    QString markdown() const;
    QString html() const;
    // Writes markdown() or html() to `fileName` atomically.
    Result<void> write(const QString &fileName, bool asHtml) const;

    // "3 of 5 (60%)", or "no outcome recorded".
    static QString rateText(const RedTeamGroup &group);

private:
    QString m_projectName;
    RedTeamGroup m_total;
    QList<RedTeamGroup> m_byHarm;
    QList<RedTeamGroup> m_byTechnique;
    QList<RedTeamGroup> m_byBoth;
    QList<AuthoredRecord> m_entries;
    QHash<QString, QString> m_titles; // "taxonomy/key" → name
};

} // namespace verdict
