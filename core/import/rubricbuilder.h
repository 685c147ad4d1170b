#pragma once

#include "domain/rubric.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace verdict {

// Builds the rubric a foreign import attaches its answers to (docs/formats.md):
// one criterion per kind of answer the file holds, with the span labels and
// options seen in it. Labels become slugs ("ORG" → "org"); the source's own
// spelling is kept as the label's name.
class RubricBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(RubricBuilder)

public:
    RubricBuilder(const QString &id, const QString &title, const QString &guidelines);

    // Declares a criterion; declaring it again changes nothing.
    void addCriterion(const QString &key, CriterionKind kind, Scope per, const QString &title);
    // The key of a span label or an option of a criterion, added when new.
    QString labelKey(const QString &criterion, const QString &label);
    // Adds a fixed option under its own key.
    void addOption(const QString &criterion, const QString &key, const QString &name);

    bool isEmpty() const { return m_criteria.isEmpty(); }
    // The rubric as seen so far (version 0: the import publishes it).
    Rubric rubric() const;

    // A slug for a source label: lowercase letters, digits, '.', '_' and '-'.
    static QString slug(const QString &label);
    // The union of two versions of one import rubric: criteria by key, labels
    // and options by key (a kept key keeps its first name).
    static Rubric merge(const Rubric &base, const Rubric &incoming);

private:
    struct Entry
    {
        Criterion criterion;
        QMap<QString, QString> labels; // key → name, in key order
        QHash<QString, QString> keyOf; // name → key
    };
    QString m_id;
    QString m_title;
    QString m_guidelines;
    QList<Entry> m_criteria;
    // Looking up does not detach the shared data of a copy (a mapper keeps one per record).
    const Entry *find(const QString &key) const;
    Entry *findForChange(const QString &key);
};

} // namespace verdict
