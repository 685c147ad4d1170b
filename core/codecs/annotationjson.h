#pragma once

#include "domain/annotation.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

// The annotation, gold and adjudication records of the batch format
// (docs/batch-format.md). Readers check shapes and name the field path of
// a problem; whether the answers fit the rubric is checked on import.
namespace verdict::annotationjson {

// `defaultRubric` is the manifest's rubric id, used when the record names none.
Result<Annotation> annotationFromJson(const nlohmann::json &json, const QString &defaultRubric);
// The record without "type"; `batch` carries where the annotation first arrived.
nlohmann::json annotationToJson(const Annotation &annotation);

Result<GoldAnswer> goldFromJson(const nlohmann::json &json, const QString &defaultRubric);
nlohmann::json goldToJson(const GoldAnswer &gold);

Result<Adjudication> adjudicationFromJson(const nlohmann::json &json);
nlohmann::json adjudicationToJson(const Adjudication &decision);

} // namespace verdict::annotationjson
