#pragma once

#include "store/project.h"
#include "util/result.h"

#include <memory>

// The demo project that ships with Verdict (resources/demo/).
namespace verdict::demo {

Result<Rubric> rubric();
Result<QList<Task>> tasks();

// Creates a project at `path` with the demo rubric published and every demo task.
Result<std::unique_ptr<Project>> create(const QString &path);

// Sample work on the demo tasks: two annotators' annotations (kim, lee), the
// lead's gold answers and final decisions (resources/demo/*.jsonl).
Result<QList<Annotation>> sampleAnnotations();
Result<QList<GoldAnswer>> sampleGold();
Result<QList<Adjudication>> sampleAdjudications();

// The demo project the example batches in resources/demo/batches are made
// from: a fixed project id and clock, the demo rubric and tasks, and the
// sample work. Made twice, it holds the same content.
Result<std::unique_ptr<Project>> createWithSampleWork(const QString &path);

} // namespace verdict::demo
