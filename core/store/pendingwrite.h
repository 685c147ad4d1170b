#pragma once

#include "domain/annotation.h"

#include <QDateTime>

#include <optional>

namespace verdict {

// A write of the workbench that waits for a busy project (another program
// holding its write lock): a person's annotation as it will be stored, or
// only its active time, and when it was made, which is the time it is stored
// with.
struct PendingWrite
{
    // As AnnotationStore::save will store it: revision raised and times set
    // for a submit, skip or escalation. For an active time only: the task,
    // the annotator and the seconds.
    Annotation annotation;
    QDateTime at; // when it was made, to the second
    bool activeSecondsOnly = false;

    // Whether this write, made right after `previous`, leaves nothing of it
    // to store: both are drafts (or both active times) of the same annotation.
    bool replaces(const PendingWrite &previous) const;

    // Whether `stored`, the project's current row of this annotation, already
    // holds this write or a later one (the write was made before a crash that
    // came after it was stored): storing it again would count a submit twice
    // or put back an older state.
    bool isIn(const std::optional<Annotation> &stored) const;
};

} // namespace verdict
