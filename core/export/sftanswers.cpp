#include "export/sftanswers.h"

#include "codecs/jsonfields.h"
#include "store/project.h"

namespace verdict {

using nlohmann::json;

SftAnswers::SftAnswers(Project &project, std::unique_ptr<AnswerSource> judged)
    : m_project(project)
    , m_judged(std::move(judged))
{ }

Result<QList<AnsweredTask>> SftAnswers::acceptedExamples(Project &project)
{
    AuthoringStore &store = project.authoring();
    auto records = store.records(AuthoredKind::Sft);
    if (!records)
        return records.error();
    auto rubric = store.reviewRubric();
    if (!rubric)
        return rubric.error();
    QList<AnsweredTask> list;
    for (const AuthoredRecord &r : *records) {
        if (r.status != AuthoredStatus::Accepted)
            continue;
        AnsweredTask answered;
        answered.task = r.task.toTask();
        answered.lineage.rubricId = authoringreview::rubricId();
        answered.lineage.rubricVersion = rubric.value() ? rubric.value()->version : 0;
        json reviews = json::array();
        for (const AuthoredReview &review : r.reviews) {
            if (!review.current)
                continue;
            answered.lineage.annotators << review.reviewer;
            reviews.push_back(json{{"reviewer", toStd(review.reviewer)},
                {"decision", toStd(authoringreview::decisionName(review.decision))},
                {"comments", toStd(review.comments)}, {"review_revision", review.annotationRevision}});
        }
        json tags = json::object();
        for (auto it = r.task.tags.cbegin(); it != r.task.tags.cend(); ++it)
            tags[toStd(it.key())] = toStd(it.value());
        answered.lineage.authoring = json{
            {"author", toStd(r.task.author)}, {"revision", r.task.revision}, {"tags", tags}, {"reviews", reviews}};
        if (!r.task.derivedFrom.isEmpty())
            answered.lineage.authoring["derived_from"] = toStd(r.task.derivedFrom);
        list << std::move(answered);
    }
    return list;
}

Result<qint64> SftAnswers::count()
{
    auto judged = m_judged->count();
    if (!judged)
        return judged.error();
    if (!m_accepted) {
        auto accepted = acceptedExamples(m_project);
        if (!accepted)
            return accepted.error();
        m_accepted = std::move(accepted).value();
    }
    return *judged + m_accepted->size();
}

Result<bool> SftAnswers::next(AnsweredTask &answered)
{
    while (!m_judgedDone) {
        auto more = m_judged->next(answered);
        if (!more)
            return more.error();
        if (!*more) {
            m_judgedDone = true;
            break;
        }
        if (!answered.task.meta.contains("authoring"))
            return true;
    }
    if (!m_accepted) {
        auto accepted = acceptedExamples(m_project);
        if (!accepted)
            return accepted.error();
        m_accepted = std::move(accepted).value();
    }
    if (m_next >= m_accepted->size())
        return false;
    answered = (*m_accepted)[m_next++];
    return true;
}

} // namespace verdict
