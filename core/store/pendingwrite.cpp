#include "store/pendingwrite.h"

namespace verdict {

bool PendingWrite::replaces(const PendingWrite &previous) const
{
    if (annotation.taskId != previous.annotation.taskId || annotation.annotator != previous.annotation.annotator
        || activeSecondsOnly != previous.activeSecondsOnly)
        return false;
    return activeSecondsOnly
        || (annotation.status == AnnotationStatus::Draft && previous.annotation.status == AnnotationStatus::Draft);
}

bool PendingWrite::isIn(const std::optional<Annotation> &stored) const
{
    if (!stored)
        return false;
    if (activeSecondsOnly)
        return stored->activeSeconds == annotation.activeSeconds
            || (stored->updatedAt.isValid() && stored->updatedAt >= at);
    // A submit, skip or escalation is stored once its revision is there;
    // the time tells it from an older revision that arrived some other way.
    const bool laterOrSameTime = stored->updatedAt.isValid() && stored->updatedAt >= at;
    if (annotation.status != AnnotationStatus::Draft)
        return stored->revision >= annotation.revision && laterOrSameTime;
    // A draft is stored when a later submit is, or when the row is that
    // draft; storing a draft again only rewrites it, so in doubt it is written.
    if (stored->revision > annotation.revision)
        return laterOrSameTime;
    return stored->revision == annotation.revision && stored->status == annotation.status
        && stored->answers == annotation.answers && stored->note == annotation.note
        && stored->rubricId == annotation.rubricId && stored->rubricVersion == annotation.rubricVersion;
}

} // namespace verdict
