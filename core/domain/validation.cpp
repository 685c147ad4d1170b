#include "domain/validation.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"
#include "util/textoffsets.h"

#include <QCoreApplication>
#include <QSet>

namespace verdict {

namespace {

using nlohmann::json;

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    Validator(const Rubric &rubric, const TaskShape *task, Completeness completeness)
        : m_rubric(rubric)
        , m_task(task)
        , m_submit(completeness == Completeness::Submit)
    { }

    QList<Error> run(const json &answers)
    {
        if (!answers.is_object()) {
            problem({}, tr("answers must be an object keyed by criterion"));
            return m_problems;
        }
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (!m_rubric.criterion(fromStd(it.key())))
                problem(fromStd(it.key()),
                    tr("not a criterion of rubric %1 version %2").arg(m_rubric.id).arg(m_rubric.version));
        }
        for (const Criterion &criterion : m_rubric.criteria) {
            const auto it = answers.find(toStd(criterion.key));
            if (it == answers.end() || it->is_null()) {
                if (m_submit && criterion.required)
                    problem(criterion.key, tr("required: %1 is not answered").arg(criterion.title));
                continue;
            }
            if (criterion.per == Scope::Task)
                checkValue(criterion, *it, criterion.key, nullptr);
            else
                checkPerResponse(criterion, *it);
        }
        return m_problems;
    }

private:
    void problem(const QString &field, const QString &message)
    {
        Error error = makeError(message);
        error.field = field;
        m_problems << error;
    }

    void checkPerResponse(const Criterion &criterion, const json &value)
    {
        if (!value.is_object()) {
            problem(criterion.key,
                tr("expected an object keyed by response id, found %1").arg(JsonFields::typeName(value)));
            return;
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString id = fromStd(it.key());
            const QString path = fieldPath(criterion.key, it.key());
            if (!m_task)
                checkValue(criterion, it.value(), path, nullptr);
            else if (const TaskShape::Response *response = m_task->response(id))
                checkValue(criterion, it.value(), path, response);
            else
                problem(path, tr("task %1 has no response \"%2\"").arg(m_task->id, id));
        }
        if (!m_task || !m_submit || !criterion.required || !needsEveryResponse(criterion.kind))
            return;
        for (const TaskShape::Response &response : m_task->responses) {
            if (!value.contains(toStd(response.id)))
                problem(fieldPath(criterion.key, toStd(response.id)),
                    tr("required: %1 is not answered for response %2").arg(criterion.title, response.id));
        }
    }

    static bool needsEveryResponse(CriterionKind kind)
    {
        return kind != CriterionKind::Spans && kind != CriterionKind::Flags;
    }

    void checkValue(const Criterion &c, const json &value, const QString &path, const TaskShape::Response *response)
    {
        switch (c.kind) {
        case CriterionKind::Ranking:
            checkRanking(value, path);
            break;
        case CriterionKind::Rating:
            if (!value.is_number_integer()) {
                problem(path,
                    tr("expected a whole number from %1 to %2, found %3")
                        .arg(c.scaleMin)
                        .arg(c.scaleMax)
                        .arg(JsonFields::typeName(value)));
            } else if (const auto v = wholeNumber(value); !v || *v < c.scaleMin || *v > c.scaleMax) {
                problem(path,
                    tr("%1 is outside the scale %2–%3").arg(fromStd(value.dump())).arg(c.scaleMin).arg(c.scaleMax));
            }
            break;
        case CriterionKind::Choice:
            if (!value.is_string())
                problem(path, tr("expected one option, found %1").arg(JsonFields::typeName(value)));
            else
                checkOption(c, value, path);
            break;
        case CriterionKind::MultiChoice:
            checkMultiChoice(c, value, path);
            break;
        case CriterionKind::Spans:
            checkSpans(c, value, path, response);
            break;
        case CriterionKind::Flags:
            checkFlags(c, value, path);
            break;
        case CriterionKind::Text:
            if (!value.is_string()) {
                problem(path, tr("expected text, found %1").arg(JsonFields::typeName(value)));
            } else if (m_submit) {
                const QString text = fromStd(value.get_ref<const std::string &>()).trimmed();
                const qsizetype length = text::codePointCount(text);
                if (c.required && text.isEmpty())
                    problem(path, tr("required: %1 is empty").arg(c.title));
                else if (!text.isEmpty() && length < c.minLength)
                    problem(path,
                        tr("needs at least %n characters", nullptr, c.minLength) + u' ' + tr("(has %1)").arg(length));
            }
            break;
        case CriterionKind::Rewrite: {
            const auto rewrite = answers::rewrite(value);
            if (!rewrite) {
                problem(path, tr("expected an object with \"text\" and an optional \"seed\" response"));
            } else if (m_task && !rewrite->seed.isEmpty() && !m_task->response(rewrite->seed)) {
                problem(fieldPath(path, "seed"), tr("task %1 has no response \"%2\"").arg(m_task->id, rewrite->seed));
            } else if (m_submit && c.required && rewrite->text.trimmed().isEmpty()) {
                problem(path, tr("required: %1 is empty").arg(c.title));
            }
            break;
        }
        }
    }

    void checkOption(const Criterion &c, const json &value, const QString &path)
    {
        const QString key = fromStd(value.get_ref<const std::string &>());
        if (!c.option(key))
            problem(path, tr("unknown option \"%1\"").arg(key));
    }

    void checkRanking(const json &value, const QString &path)
    {
        const auto ranking = answers::ranking(value);
        if (!ranking) {
            problem(path, tr("expected groups of response ids, best first, like [[\"b\"],[\"a\",\"c\"]]"));
            return;
        }
        QSet<QString> seen;
        for (qsizetype g = 0; g < ranking->size(); ++g) {
            if ((*ranking)[g].isEmpty())
                problem(indexPath(path, std::size_t(g)), tr("a group of the ranking is empty"));
            for (const QString &id : (*ranking)[g]) {
                if (m_task && !m_task->response(id))
                    problem(path, tr("task %1 has no response \"%2\"").arg(m_task->id, id));
                else if (seen.contains(id))
                    problem(path, tr("response %1 is ranked twice").arg(id));
                seen.insert(id);
            }
        }
        if (!m_submit || !m_task)
            return;
        QStringList missing;
        for (const TaskShape::Response &response : m_task->responses) {
            if (!seen.contains(response.id))
                missing << response.id;
        }
        if (!missing.isEmpty())
            problem(path, tr("the ranking must place every response; missing %1").arg(missing.join(u", ")));
    }

    void checkMultiChoice(const Criterion &c, const json &value, const QString &path)
    {
        if (!value.is_array()) {
            problem(path, tr("expected a list of options, found %1").arg(JsonFields::typeName(value)));
            return;
        }
        QSet<QString> seen;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const QString itemPath = indexPath(path, i);
            if (!value[i].is_string()) {
                problem(itemPath, tr("expected an option, found %1").arg(JsonFields::typeName(value[i])));
                continue;
            }
            const QString key = fromStd(value[i].get_ref<const std::string &>());
            if (seen.contains(key))
                problem(itemPath, tr("option \"%1\" is chosen twice").arg(key));
            seen.insert(key);
            checkOption(c, value[i], itemPath);
        }
    }

    void checkSpans(const Criterion &c, const json &value, const QString &path, const TaskShape::Response *response)
    {
        const auto spans = answers::spans(value);
        if (!spans) {
            problem(path, tr("expected a list of spans like {\"start\": 0, \"end\": 5, \"label\": \"…\"}"));
            return;
        }
        // Without the task (response is null) the end cannot be checked.
        const qint64 length = response ? response->length : std::numeric_limits<qint64>::max();
        QSet<QString> seen;
        for (qsizetype i = 0; i < spans->size(); ++i) {
            const Span &span = (*spans)[i];
            const QString itemPath = indexPath(path, std::size_t(i));
            if (!c.label(span.label))
                problem(fieldPath(itemPath, "label"), tr("unknown label \"%1\"").arg(span.label));
            if (span.start < 0)
                problem(fieldPath(itemPath, "start"), tr("%1 is before the start of the text").arg(span.start));
            else if (span.end <= span.start)
                problem(itemPath, tr("the span %1–%2 is empty").arg(span.start).arg(span.end));
            else if (response && span.end > length)
                problem(fieldPath(itemPath, "end"),
                    tr("%1 is beyond the end of response %2 (%n characters)", nullptr, int(length))
                        .arg(span.end)
                        .arg(response ? response->id : QString()));
            const QString key = QString::number(span.start) + u':' + QString::number(span.end) + u':' + span.label;
            if (seen.contains(key))
                problem(itemPath, tr("the same span is tagged twice"));
            seen.insert(key);
        }
    }

    void checkFlags(const Criterion &c, const json &value, const QString &path)
    {
        const auto flags = answers::flags(value);
        if (!flags) {
            problem(path, tr("expected a list of flags like {\"category\": \"…\", \"severity\": \"…\"}"));
            return;
        }
        for (qsizetype i = 0; i < flags->size(); ++i) {
            const Flag &flag = (*flags)[i];
            const QString itemPath = indexPath(path, std::size_t(i));
            if (!c.category(flag.category))
                problem(fieldPath(itemPath, "category"), tr("unknown category \"%1\"").arg(flag.category));
            if (!c.severity(flag.severity))
                problem(fieldPath(itemPath, "severity"), tr("unknown severity \"%1\"").arg(flag.severity));
        }
    }

    const Rubric &m_rubric;
    const TaskShape *m_task; // null: not known, and what needs it is not checked
    bool m_submit;
    QList<Error> m_problems;
};

} // namespace

qsizetype maxIdentifierLength(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Id:
        return 256;
    case IdentifierKind::Name:
        return 100;
    case IdentifierKind::Key:
        return 64;
    }
    return 0;
}

QString identifierProblem(const QString &text, IdentifierKind kind)
{
    if (text.trimmed().isEmpty())
        return QCoreApplication::translate("verdict::JsonFields", "must not be empty");
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("verdict::JsonFields", "must not contain control characters");
    }
    const qsizetype length = text::codePointCount(text);
    const qsizetype limit = maxIdentifierLength(kind);
    if (length > limit)
        return QCoreApplication::translate("verdict::validation", "is %1 characters long; at most %2 are allowed")
            .arg(length)
            .arg(limit);
    return {};
}

TaskShape TaskShape::of(const Task &task)
{
    TaskShape shape;
    shape.id = task.id;
    shape.responses.reserve(task.responses.size());
    for (const verdict::Response &r : task.responses)
        shape.responses << Response{r.id, text::codePointCount(r.content)};
    return shape;
}

const TaskShape::Response *TaskShape::response(const QString &responseId) const
{
    for (const Response &r : responses) {
        if (r.id == responseId)
            return &r;
    }
    return nullptr;
}

QList<Error> validateAnswers(const Rubric &rubric, const Task &task, const json &answers, Completeness completeness)
{
    const TaskShape shape = TaskShape::of(task);
    return Validator(rubric, &shape, completeness).run(answers);
}

QList<Error> validateAnswers(
    const Rubric &rubric, const TaskShape *task, const json &answers, Completeness completeness)
{
    return Validator(rubric, task, completeness).run(answers);
}

QList<Error> validateAnswers(
    const Rubric &rubric, const Task &task, const Annotation &annotation, Completeness completeness)
{
    return validateAnswers(rubric, task, annotation.answers, completeness);
}

} // namespace verdict
