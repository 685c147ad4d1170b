#pragma once

#include "domain/rubric.h"

#include <nlohmann/json.hpp>

#include <optional>

// The review of authored work: the rubric reviewers answer (accept, or needs
// changes with comments) and the taxonomies authors tag with.
namespace verdict::authoringreview {

// The id of the review rubric. Its latest published version holds the
// taxonomies the authoring view offers; the lead edits it in the rubric editor.
QString rubricId();

// The rubric a project starts with: decision and comments criteria, and
// taxonomies for domain, intent, difficulty, language, red-team technique,
// harm category and severity.
Rubric defaultRubric();

enum class Decision { Accept, NeedsChanges };

QString decisionName(Decision decision);
// The decision a review's answers hold, or nothing when it has none.
std::optional<Decision> decisionOf(const nlohmann::json &answers);
// The reviewer's comments, or empty.
QString commentsOf(const nlohmann::json &answers);

// The answers of a review, as the review rubric holds them.
nlohmann::json answers(Decision decision, const QString &comments);

} // namespace verdict::authoringreview
