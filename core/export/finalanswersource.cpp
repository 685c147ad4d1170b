#include "export/finalanswersource.h"

#include "codecs/jsonfields.h"
#include "store/project.h"

namespace verdict {

using nlohmann::json;

FinalAnswerSource::FinalAnswerSource(Project &project, ConsensusRule rule, std::optional<int> rubricVersion)
    : m_project(project)
    , m_final(project, rule)
    , m_rubricVersion(rubricVersion)
{ }

Result<qint64> FinalAnswerSource::count()
{
    return m_project.tasks().count();
}

json FinalAnswerSource::sourcesJson(const FinalRecord &record)
{
    json sources = json::object();
    for (const FinalAnswer &a : record.answers) {
        json source{{"source", a.gold ? std::string("gold") : toStd(decisionSourceName(a.source))}};
        if (!a.sourceAnnotator.isEmpty())
            source["annotator"] = toStd(a.sourceAnnotator);
        if (!a.decidedBy.isEmpty())
            source["decided_by"] = toStd(a.decidedBy);
        if (!a.rationale.isEmpty())
            source["rationale"] = toStd(a.rationale);
        sources[toStd(a.criterion)] = source;
    }
    return sources;
}

Result<bool> FinalAnswerSource::next(AnsweredTask &answered)
{
    if (m_next < 0) {
        auto ids = m_project.tasks().ids();
        if (!ids)
            return ids.error();
        m_ids = std::move(ids).value();
        m_next = 0;
    }
    while (m_next < m_ids.size()) {
        auto task = m_project.tasks().byId(m_ids.at(m_next++));
        if (!task)
            return task.error();
        if (!task.value())
            continue;
        auto record = m_final.forTask(*task.value());
        if (!record)
            return record.error();
        if (record->answers.isEmpty() || record->rubricId.isEmpty())
            continue;
        if (m_rubricVersion && record->rubricVersion != *m_rubricVersion)
            continue;
        const QString key = record->rubricId + u'\n' + QString::number(record->rubricVersion);
        if (!m_rubrics.contains(key)) {
            auto rubric = m_project.rubrics().get(record->rubricId, record->rubricVersion);
            if (!rubric)
                return rubric.error();
            if (!rubric.value())
                return makeError(tr("task %1: rubric %2 version %3 is missing from the project")
                                     .arg(record->taskId, record->rubricId)
                                     .arg(record->rubricVersion));
            m_rubrics.insert(key, *rubric.value());
        }
        answered = AnsweredTask();
        answered.task = std::move(*task.value());
        answered.rubric = m_rubrics.value(key);
        answered.answers = record->answersJson();
        answered.lineage.annotators = record->annotators;
        answered.lineage.rubricId = record->rubricId;
        answered.lineage.rubricVersion = record->rubricVersion;
        answered.lineage.batchIds = record->batchIds;
        answered.lineage.sources = sourcesJson(*record);
        answered.lineage.undecided = record->undecided;
        return true;
    }
    return false;
}

} // namespace verdict
