#include "metrics/slicer.h"

#include "metrics/agreementanalysis.h"

#include <algorithm>

namespace verdict {

Result<Slicer> Slicer::load(const AnnotationQuery &query, const QString &field)
{
    if (field != modelSlice)
        return load(query, field, {});
    auto models = query.responseModels();
    if (!models)
        return models.error();
    return load(query, field, *models);
}

Result<Slicer> Slicer::load(
    const AnnotationQuery &query, const QString &field, const QHash<qint64, QHash<QString, QString>> &models)
{
    Slicer slicer;
    slicer.m_field = field;
    slicer.m_models = models;
    if (field.isEmpty())
        return slicer;
    if (field == modelSlice)
        return slicer;
    auto meta = query.taskMeta(field);
    if (!meta)
        return meta.error();
    slicer.m_meta = std::move(meta).value();
    return slicer;
}

QStringList Slicer::valuesFor(qint64 task, const QString &responseA, const QString &responseB) const
{
    if (m_field.isEmpty())
        return {QString()};
    if (m_field != modelSlice)
        return {m_meta.value(task)};
    const auto models = m_models.constFind(task);
    if (models == m_models.constEnd())
        return {QString()};
    QStringList values;
    if (responseA.isEmpty()) {
        for (const QString &model : *models)
            values << model;
    } else {
        values << models->value(responseA);
        if (!responseB.isEmpty())
            values << models->value(responseB);
    }
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QString Slicer::modelOf(qint64 task, const QString &response) const
{
    return m_models.value(task).value(response);
}

} // namespace verdict
