#include "domain/decisions.h"

#include "codecs/jsonfields.h"
#include "domain/answers.h"
#include "domain/finalanswers.h"
#include "domain/validation.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace verdict {

namespace {

using nlohmann::json;

json sortedList(json list)
{
    if (list.is_array())
        std::sort(list.begin(), list.end(), [](const json &a, const json &b) { return a.dump() < b.dump(); });
    return list;
}

json normalised(const Criterion &c, const json &value)
{
    const auto one = [&c](const json &v) -> json {
        switch (c.kind) {
        case CriterionKind::Ranking:
            if (auto r = answers::ranking(v)) {
                for (QStringList &group : *r)
                    group.sort();
                return answers::toJson(*r);
            }
            return v;
        case CriterionKind::Spans:
        case CriterionKind::Flags:
        case CriterionKind::MultiChoice:
            return sortedList(v);
        default:
            return v;
        }
    };
    if (c.per == Scope::Response && value.is_object()) {
        json out = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            json v = one(it.value());
            // An empty list of spans or flags says the same as none.
            if (!((c.kind == CriterionKind::Spans || c.kind == CriterionKind::Flags) && v.is_array() && v.empty()))
                out[it.key()] = v;
        }
        return out;
    }
    return one(value);
}

std::optional<json> majorityJson(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const QString &criterion)
{
    ConsensusRule majority;
    majority.kind = ConsensusRule::Kind::Majority;
    majority.share = 0.5;
    majority.minAnnotators = 2;
    for (const CriterionOutcome &outcome : compareAnnotations(rubric, task, annotations, majority)) {
        if (outcome.criterion == criterion)
            return outcome.agreed;
    }
    return std::nullopt;
}

json mergeSpanJson(const QList<json> &answers)
{
    json merged = json::object();
    for (const json &answer : answers) {
        if (!answer.is_object())
            continue;
        for (auto it = answer.begin(); it != answer.end(); ++it) {
            json &list = merged[it.key()];
            if (!list.is_array())
                list = json::array();
            for (const json &span : it.value()) {
                if (std::find(list.begin(), list.end(), span) == list.end())
                    list.push_back(span);
            }
        }
    }
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const json &a, const json &b) {
            return std::tuple(a.value("start", 0), a.value("end", 0), a.value("label", std::string()))
                < std::tuple(b.value("start", 0), b.value("end", 0), b.value("label", std::string()));
        });
    }
    return merged;
}

} // namespace

bool sameAnswer(const Criterion &criterion, const json &a, const json &b)
{
    return normalised(criterion, a) == normalised(criterion, b);
}

bool sameAnswer(const Criterion &criterion, const AnswerValue &a, const AnswerValue &b)
{
    return sameAnswer(criterion, answers::toJson(a), answers::toJson(b));
}

std::optional<AnswerValue> majorityAnswer(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const QString &criterion)
{
    const Criterion *c = rubric.criterion(criterion);
    const auto majority = c ? majorityJson(rubric, task, annotations, criterion) : std::nullopt;
    if (!majority)
        return std::nullopt;
    return answers::fromJson(*c, *majority);
}

AnswerValue mergeSpans(const Criterion &criterion, const QList<AnswerValue> &chosen)
{
    QList<json> values;
    values.reserve(chosen.size());
    for (const AnswerValue &answer : chosen)
        values << answers::toJson(answer);
    return answers::fromJson(criterion, mergeSpanJson(values));
}

Result<void> checkDecisionAnswer(const Rubric &rubric, const TaskShape *task, const Adjudication &decision)
{
    if (decision.criterion.isEmpty())
        return {};
    if (!rubric.criterion(decision.criterion)) {
        Error error
            = makeError(QCoreApplication::translate("verdict::decisions", "rubric %1 version %2 has no criterion %3")
                            .arg(rubric.id)
                            .arg(rubric.version)
                            .arg(decision.criterion));
        error.field = decision.criterion;
        return error;
    }
    // The answer alone, checked as a submit would check it.
    const json answers{{toStd(decision.criterion), decision.answer}};
    for (const Error &problem : validateAnswers(rubric, task, answers, Completeness::Submit)) {
        if (problem.field == decision.criterion || problem.field.startsWith(decision.criterion + u'.')
            || problem.field.startsWith(decision.criterion + u'['))
            return problem;
    }
    return {};
}

Result<void> checkDecision(
    const Rubric &rubric, const Task &task, const QList<Annotation> &annotations, const Adjudication &decision)
{
    const Criterion *criterion = rubric.criterion(decision.criterion);
    const TaskShape shape = TaskShape::of(task);
    if (auto checked = checkDecisionAnswer(rubric, &shape, decision); !checked || !criterion) {
        if (!checked)
            return checked;
        return makeError(QCoreApplication::translate("verdict::decisions", "rubric %1 version %2 has no criterion %3")
                             .arg(rubric.id)
                             .arg(rubric.version)
                             .arg(decision.criterion));
    }
    const auto majority = majorityJson(rubric, task, annotations, decision.criterion);
    if (majority && !sameAnswer(*criterion, *majority, decision.answer) && decision.rationale.trimmed().isEmpty()) {
        QStringList behind;
        for (const Annotation &a : annotations) {
            const auto it = a.answers.find(toStd(decision.criterion));
            if (a.status == AnnotationStatus::Submitted && it != a.answers.end()
                && sameAnswer(*criterion, *it, *majority))
                behind << a.annotator;
        }
        Error error = makeError(QCoreApplication::translate(
            "verdict::decisions", "this overrides the majority (%1): say why in the rationale")
                                    .arg(behind.join(u", ")));
        error.field = decision.criterion;
        return error;
    }
    return {};
}

Result<QString> edgeCaseCatalogue(Project &project)
{
    auto decisions = project.adjudications().all();
    if (!decisions)
        return decisions.error();
    // criterion -> examples, in the order of the latest rubric that has the criterion
    QMap<QString, QList<Adjudication>> byCriterion;
    for (const Adjudication &d : *decisions) {
        if (d.example)
            byCriterion[d.criterion] << d;
    }
    auto rubrics = project.rubrics().all();
    if (!rubrics)
        return rubrics.error();
    const auto criterionOf = [&](const QString &key) -> const Criterion * {
        for (auto it = rubrics->crbegin(); it != rubrics->crend(); ++it) {
            if (it->status != RubricStatus::Published)
                continue;
            if (const Criterion *c = it->criterion(key))
                return c;
        }
        return nullptr;
    };
    QString md = QCoreApplication::translate("verdict::decisions", "# Edge cases") + u"\n\n"
        + QCoreApplication::translate("verdict::decisions",
            "Decisions a lead marked as examples, by criterion. Each names the task, the final answer and why.")
        + u"\n";
    for (auto it = byCriterion.cbegin(); it != byCriterion.cend(); ++it) {
        const Criterion *c = criterionOf(it.key());
        md += u"\n## " + (c ? c->title : it.key()) + u"\n\n";
        if (c && !c->guidance.isEmpty())
            md += u"> " + QString(c->guidance).replace(u'\n', QStringLiteral("\n> ")) + u"\n\n";
        for (const Adjudication &d : it.value()) {
            auto task = project.tasks().byId(d.taskId);
            const QString prompt = task && task.value() ? task.value()->prompt().simplified() : QString();
            md += u"### " + QCoreApplication::translate("verdict::decisions", "Task %1").arg(d.taskId) + u"\n\n";
            if (!prompt.isEmpty())
                md += u"> " + (prompt.size() > 300 ? prompt.left(299) + u'…' : prompt) + u"\n\n";
            md += u"- "
                + QCoreApplication::translate("verdict::decisions", "Final answer: `%1`").arg(fromStd(d.answer.dump()))
                + u'\n';
            const QString source = d.source == DecisionSource::Annotator
                ? QCoreApplication::translate("verdict::decisions", "accepted from %1").arg(d.sourceAnnotator)
                : (d.source == DecisionSource::Lead
                        ? QCoreApplication::translate("verdict::decisions", "written by the lead")
                        : QCoreApplication::translate("verdict::decisions", "by consensus"));
            md += u"- "
                + QCoreApplication::translate("verdict::decisions", "Decided by %1, %2").arg(d.decidedBy, source)
                + u'\n';
            if (!d.rationale.isEmpty())
                md += u"- " + QCoreApplication::translate("verdict::decisions", "Why: %1").arg(d.rationale) + u'\n';
            md += u'\n';
        }
    }
    if (byCriterion.isEmpty())
        md += u'\n' + QCoreApplication::translate("verdict::decisions", "No decision is marked as an example yet.")
            + u'\n';
    return md;
}

Result<GoldAnswer> goldFromFinal(
    Project &project, const Task &task, const ConsensusRule &rule, const QString &author, const QString &rationale)
{
    FinalAnswers finals(project, rule);
    auto record = finals.forTask(task);
    if (!record)
        return record.error();
    if (record->answers.isEmpty())
        return makeError(
            QCoreApplication::translate("verdict::decisions", "task %1 has no final answer yet").arg(task.id));
    GoldAnswer gold;
    gold.taskId = task.id;
    gold.rubricId = record->rubricId;
    gold.rubricVersion = record->rubricVersion;
    gold.answers = record->answersJson();
    gold.rationale = rationale;
    gold.author = author;
    return gold;
}

} // namespace verdict
