#include "workflow/goldfeedback.h"

#include "codecs/jsonfields.h"
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

QList<GoldFeedbackItem> goldFeedback(const Rubric &rubric, const json &answers, const GoldAnswer &gold)
{
    QList<GoldFeedbackItem> items;
    if (!gold.answers.is_object())
        return items;
    for (const Criterion &criterion : rubric.criteria) {
        const auto expected = gold.answers.find(toStd(criterion.key));
        if (expected == gold.answers.end() || expected->is_null())
            continue;
        GoldFeedbackItem item;
        item.criterion = &criterion;
        item.gold = *expected;
        if (answers.is_object()) {
            const auto given = answers.find(toStd(criterion.key));
            if (given != answers.end())
                item.yours = *given;
        }
        item.same = !item.yours.is_null() && sameAnswer(criterion, item.yours, item.gold);
        if (criterion.kind == CriterionKind::Rating)
            addRatingDifferences(item.yours, item.gold, item.ratingDifference);
        if (criterion.per == Scope::Response && !item.same && item.gold.is_object()) {
            const json none;
            for (auto it = item.gold.begin(); it != item.gold.end(); ++it) {
                const auto mine = item.yours.is_object() ? item.yours.find(it.key()) : item.yours.end();
                const json &given = item.yours.is_object() && mine != item.yours.end() ? *mine : none;
                if (given.is_null() || !sameAnswer(criterion, json{{it.key(), given}}, json{{it.key(), it.value()}}))
                    item.differingResponses << fromStd(it.key());
            }
        }
        items.append(item);
    }
    return items;
}

} // namespace verdict
