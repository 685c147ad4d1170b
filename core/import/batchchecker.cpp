#include "import/batchchecker.h"

#include "codecs/jsontext.h"
#include "domain/decisions.h"
#include "import/recordreader.h"

namespace verdict {

namespace {

// A problem's path under `prefix`: the answers of a criterion sit under
// "answers", a decision's answer under "answer" in place of its criterion.
QString under(const QString &prefix, const QString &field, const QString &criterion = {})
{
    if (!criterion.isEmpty() && field.startsWith(criterion)
        && (field.size() == criterion.size() || field.at(criterion.size()) == u'.'
            || field.at(criterion.size()) == u'['))
        return prefix + field.mid(criterion.size());
    return field.isEmpty() ? prefix : prefix + u'.' + field;
}

} // namespace

QString rubricKey(const QString &id, int version)
{
    return id + u'\n' + QString::number(version);
}

BatchChecker::BatchChecker(const QString &fileName)
    : m_fileName(fileName)
{ }

Error BatchChecker::at(const ImportItem &item, const QString &message, const QString &field) const
{
    Error error = makeError(message, m_fileName, int(item.line), item.column);
    error.field = field;
    if (!field.isEmpty()) {
        // The parsed record is gone: read its line again to point at the field.
        if (const auto text = RecordReader::recordAt(m_fileName, item.line)) {
            const std::size_t offset = jsontext::locate(*text, field);
            error.column = jsontext::positionOf(*text, offset).column;
        }
    }
    return error;
}

Result<void> BatchChecker::rubric(const ImportItem &item, const Rubric &rubric)
{
    const QString key = rubricKey(rubric.id, rubric.version);
    if (const auto it = m_rubrics.constFind(key); it != m_rubrics.constEnd()) {
        if (!it->sameContent(rubric))
            return at(item,
                tr("rubric %1 version %2 comes twice in this batch with different content; a published version "
                   "never changes")
                    .arg(rubric.id)
                    .arg(rubric.version),
                QStringLiteral("version"));
        return {};
    }
    m_rubrics.insert(key, rubric);
    return {};
}

const Rubric *BatchChecker::rubricOfBatch(const QString &id, int version) const
{
    const auto it = m_rubrics.constFind(rubricKey(id, version));
    return it == m_rubrics.constEnd() ? nullptr : &*it;
}

Error BatchChecker::taskTwice(const ImportItem &item, const QString &taskId, const QString &part) const
{
    return at(item,
        tr("task %1 comes twice in this file with a different %2; a task never changes, so give the changed one a "
           "new id")
            .arg(taskId, part),
        part);
}

Result<void> BatchChecker::answers(const ImportItem &item, const Rubric &rubric, const TaskShape *task,
    const nlohmann::json &answers, Completeness completeness) const
{
    const QList<Error> problems = validateAnswers(rubric, task, answers, completeness);
    if (problems.isEmpty())
        return {};
    const Error &first = problems.constFirst();
    return at(item, first.message, under(QStringLiteral("answers"), first.field));
}

Result<void> BatchChecker::annotation(
    const ImportItem &item, const Annotation &annotation, const Rubric &rubric, const TaskShape *task) const
{
    // Work in progress may leave things out; a submitted annotation answers everything required.
    const Completeness completeness
        = annotation.status == AnnotationStatus::Submitted ? Completeness::Submit : Completeness::Draft;
    return answers(item, rubric, task, annotation.answers, completeness);
}

Result<void> BatchChecker::gold(
    const ImportItem &item, const GoldAnswer &gold, const Rubric &rubric, const TaskShape *task) const
{
    // A gold answer may cover some criteria only.
    return answers(item, rubric, task, gold.answers, Completeness::Draft);
}

Result<void> BatchChecker::decision(
    const ImportItem &item, const Adjudication &decision, const Rubric &rubric, const TaskShape *task) const
{
    auto checked = checkDecisionAnswer(rubric, task, decision);
    if (checked)
        return {};
    const Error &problem = checked.error();
    if (!rubric.criterion(decision.criterion))
        return at(item, problem.message, QStringLiteral("criterion"));
    return at(item, problem.message, under(QStringLiteral("answer"), problem.field, decision.criterion));
}

} // namespace verdict
