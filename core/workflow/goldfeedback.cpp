#include "workflow/goldfeedback.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"
#include "domain/decisions.h"

namespace verdict {

namespace {

using nlohmann::json;

void addRatingDifferences(const json &yours, const json &gold, QMap<QString, int> &out)
{
    if (yours.is_number_integer() && gold.is_number_integer()) {
        out.insert(QString(), yours.get<int>() - gold.get<int>());
        return;
    }
    if (!yours.is_object() || !gold.is_object())
        return;
    for (auto it = gold.begin(); it != gold.end(); ++it) {
        const auto mine = yours.find(it.key());
        if (mine != yours.end() && mine->is_number_integer() && it->is_number_integer())
            out.insert(fromStd(it.key()), mine->get<int>() - it->get<int>());
    }
}

} // namespace

QList<GoldFeedbackItem> goldFeedback(const Rubric &rubric, const Annotation &yours, const GoldAnswer &gold)
{
    QList<GoldFeedbackItem> items;
    if (!gold.answers.is_object())
        return items;
    const json &yourAnswers = yours.answers;
    for (const Criterion &criterion : rubric.criteria) {
        const auto expected = gold.answers.find(toStd(criterion.key));
        if (expected == gold.answers.end() || expected->is_null())
            continue;
        GoldFeedbackItem item;
        item.criterion = &criterion;
        const json &goldAnswer = *expected;
        json given;
        if (yourAnswers.is_object()) {
            const auto found = yourAnswers.find(toStd(criterion.key));
            if (found != yourAnswers.end())
                given = *found;
        }
        item.same = !given.is_null() && sameAnswer(criterion, given, goldAnswer);
        if (criterion.kind == CriterionKind::Rating)
            addRatingDifferences(given, goldAnswer, item.ratingDifference);
        if (criterion.per == Scope::Response && !item.same && goldAnswer.is_object()) {
            const json none;
            for (auto it = goldAnswer.begin(); it != goldAnswer.end(); ++it) {
                const auto mine = given.is_object() ? given.find(it.key()) : given.end();
                const json &part = given.is_object() && mine != given.end() ? *mine : none;
                if (part.is_null() || !sameAnswer(criterion, json{{it.key(), part}}, json{{it.key(), it.value()}}))
                    item.differingResponses << fromStd(it.key());
            }
        }
        item.yours = answers::fromJson(criterion, given);
        item.gold = answers::fromJson(criterion, goldAnswer);
        items.append(item);
    }
    return items;
}

} // namespace verdict
