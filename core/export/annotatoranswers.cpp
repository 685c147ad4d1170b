#include "export/annotatoranswers.h"

#include "codecs/jsonfields.h"
#include "store/annotationtable.h"
#include "store/batchstore.h"
#include "store/project.h"
#include "store/tasktable.h"

namespace verdict {

AnnotatorAnswers::AnnotatorAnswers(Project &project, const QString &annotator, std::optional<int> rubricVersion)
    : m_project(project)
    , m_annotator(annotator)
    , m_annotatorUtf8(toStd(annotator))
    , m_rubricVersion(rubricVersion)
{ }

Result<qint64> AnnotatorAnswers::count()
{
    return m_project.annotations().countSubmitted(m_annotator, m_rubricVersion);
}

Result<bool> AnnotatorAnswers::next(AnsweredTask &answered)
{
    if (!m_rows.isPrepared()) {
        m_rows = BatchStore(m_project.database()).submittedAnnotations(m_annotatorUtf8, m_rubricVersion);
        if (auto done = m_rows.exec(); !done)
            return done.error();
    }
    if (!m_rows.next()) {
        if (auto done = m_rows.status(); !done)
            return done.error();
        return false;
    }

    answered = AnsweredTask();
    auto task = TaskTable::read(m_rows, AnnotationTable::ColumnCount);
    if (!task)
        return task.error();
    auto annotation = AnnotationTable::read(m_rows);
    if (!annotation)
        return annotation.error();
    answered.task = std::move(task).value();
    answered.answers = std::move(annotation->answers);

    Lineage &lineage = answered.lineage;
    lineage.annotators << annotation->annotator;
    lineage.rubricId = annotation->rubricId;
    lineage.rubricVersion = annotation->rubricVersion;
    if (!annotation->batchId.isEmpty())
        lineage.batchIds << annotation->batchId;

    const QString key = lineage.rubricId + u'\n' + QString::number(lineage.rubricVersion);
    if (!m_rubrics.contains(key)) {
        auto rubric = m_project.rubrics().get(lineage.rubricId, lineage.rubricVersion);
        if (!rubric)
            return rubric.error();
        if (!rubric.value())
            return makeError(tr("rubric %1 version %2 is missing from the project")
                                 .arg(lineage.rubricId)
                                 .arg(lineage.rubricVersion));
        m_rubrics.insert(key, *rubric.value());
    }
    answered.rubric = m_rubrics.value(key);
    return true;
}

} // namespace verdict
