#include "domain/annotation.h"

namespace verdict {

QString annotationStatusName(AnnotationStatus status)
{
    switch (status) {
    case AnnotationStatus::Draft:
        return QStringLiteral("draft");
    case AnnotationStatus::Submitted:
        return QStringLiteral("submitted");
    case AnnotationStatus::Skipped:
        return QStringLiteral("skipped");
    case AnnotationStatus::Escalated:
        return QStringLiteral("escalated");
    }
    return {};
}

std::optional<AnnotationStatus> annotationStatusFromName(const QString &name)
{
    for (auto status : {AnnotationStatus::Draft, AnnotationStatus::Submitted, AnnotationStatus::Skipped,
             AnnotationStatus::Escalated}) {
        if (annotationStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString decisionSourceName(DecisionSource source)
{
    switch (source) {
    case DecisionSource::Annotator:
        return QStringLiteral("annotator");
    case DecisionSource::Consensus:
        return QStringLiteral("consensus");
    case DecisionSource::Lead:
        return QStringLiteral("lead");
    }
    return {};
}

std::optional<DecisionSource> decisionSourceFromName(const QString &name)
{
    for (auto source : {DecisionSource::Annotator, DecisionSource::Consensus, DecisionSource::Lead}) {
        if (decisionSourceName(source) == name)
            return source;
    }
    return std::nullopt;
}

} // namespace verdict
