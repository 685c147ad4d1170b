#pragma once

#include "project.h"
#include "result.h"

#include <memory>

// The demo project that ships with Verdict (resources/demo/).
namespace verdict::demo {

Result<Rubric> rubric();
Result<QList<Task>> tasks();

// Creates a project at `path` with the demo rubric published and every demo task.
Result<std::unique_ptr<Project>> create(const QString &path);

} // namespace verdict::demo
