#pragma once

#include "domain/rubric.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

// The rubric file format, specified in docs/rubric-format.md.
namespace verdict::rubricjson {

// Reads and checks a rubric. Errors name the field path ("criteria[2].scale.max: …").
Result<Rubric> fromJson(const nlohmann::json &json);

// The rubric as JSON; keys come out sorted, so the same rubric gives the same text.
nlohmann::json toJson(const Rubric &rubric);

// Checks a rubric made in memory (in the rubric editor) as the reader would
// check it written out: the reader is the judge of what a valid rubric is.
Result<void> check(const Rubric &rubric);

// The taxonomies member alone, as stored beside the criteria.
nlohmann::json taxonomiesToJson(const QList<Taxonomy> &taxonomies);
Result<QList<Taxonomy>> taxonomiesFromJson(const nlohmann::json &value);

// Reads a rubric file; errors carry the file, line and column.
Result<Rubric> readFile(const QString &fileName);

// Parses rubric text; `fileName` is only used in error messages.
Result<Rubric> parse(const QByteArray &text, const QString &fileName);

} // namespace verdict::rubricjson
