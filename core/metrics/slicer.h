#pragma once

#include "store/annotationquery.h"
#include "util/result.h"

#include <QHash>
#include <QStringList>

namespace verdict {

// Puts units into slices: by a task metadata key (language, intent,
// risk_tier, source…) or by "model", the model of the response(s) a unit is
// about. A task-level unit belongs to the slice of every model in the task.
class Slicer final
{
public:
    Slicer() = default;

    // Reads what `field` needs; an empty field slices nothing.
    static Result<Slicer> load(const AnnotationQuery &query, const QString &field);
    // The same, reusing models already read.
    static Result<Slicer> load(
        const AnnotationQuery &query, const QString &field, const QHash<qint64, QHash<QString, QString>> &models);

    bool active() const { return !m_field.isEmpty(); }
    const QString &field() const { return m_field; }

    // The slices a unit is in: its task's metadata value ("" when not set),
    // or the models of the given responses (of all the task's responses when none is given).
    QStringList valuesFor(qint64 task, const QString &responseA = {}, const QString &responseB = {}) const;
    // The model of one response, "" when unknown.
    QString modelOf(qint64 task, const QString &response) const;

private:
    QString m_field;
    QHash<qint64, QString> m_meta;
    QHash<qint64, QHash<QString, QString>> m_models;
};

} // namespace verdict
