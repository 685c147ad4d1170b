#include "workflow/authoringreview.h"

#include "codecs/jsonfields.h"

#include <QCoreApplication>

namespace verdict::authoringreview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::authoringreview", text);
}

Option option(const char *key, const QString &name, const QString &description = {})
{
    return Option{QString::fromLatin1(key), name, description, {}, {}};
}

} // namespace

QString rubricId()
{
    return QStringLiteral("authoring-review");
}

Rubric defaultRubric()
{
    Rubric rubric;
    rubric.id = rubricId();
    rubric.title = tr("Review of authored work");
    rubric.guidelines = tr("Read the example or red-team entry as the person who will train on it.\n\n"
                           "- **Accept** when every field is filled, the prompt is realistic and the ideal "
                           "response is one you would be glad to train on (for a red-team entry: the log says "
                           "exactly what was tried and what happened).\n"
                           "- **Needs changes** otherwise: say in the comments what to change, so the author "
                           "can revise without asking.");
    Criterion decision;
    decision.key = QStringLiteral("decision");
    decision.kind = CriterionKind::Choice;
    decision.title = tr("Decision");
    decision.guidance = tr("Accept the work as it is, or send it back with comments.");
    decision.options = {option("accept", tr("Accept")), option("needs-changes", tr("Needs changes"))};
    Criterion comments;
    comments.key = QStringLiteral("comments");
    comments.kind = CriterionKind::Text;
    comments.title = tr("Comments");
    comments.guidance = tr("What to change, and why. Required in practice when you ask for changes.");
    comments.required = false;
    rubric.criteria = {decision, comments};

    const auto taxonomy = [](const char *key, const QString &title, const QList<Option> &values) {
        return Taxonomy{QString::fromLatin1(key), title, values};
    };
    rubric.taxonomies = {
        taxonomy("domain", tr("Domain"),
            {option("coding", tr("Coding")), option("math", tr("Mathematics")), option("writing", tr("Writing")),
                option("science", tr("Science")), option("everyday", tr("Everyday life"))}),
        taxonomy("intent", tr("Intent"),
            {option("explain", tr("Explain")), option("solve", tr("Solve a problem")), option("create", tr("Create")),
                option("transform", tr("Transform text")), option("advise", tr("Advise"))}),
        taxonomy("difficulty", tr("Difficulty"),
            {option("easy", tr("Easy")), option("medium", tr("Medium")), option("hard", tr("Hard"))}),
        taxonomy("language", tr("Language"),
            {option("en", tr("English")), option("de", tr("German")), option("fr", tr("French")),
                option("es", tr("Spanish"))}),
        taxonomy("technique", tr("Red-team technique"),
            {option("role-play", tr("Role play")), option("obfuscation", tr("Obfuscation")),
                option("prompt-injection", tr("Prompt injection")),
                option("multi-turn-escalation", tr("Multi-turn escalation")),
                option("hypothetical", tr("Hypothetical framing"))}),
        taxonomy("harm_category", tr("Harm category"),
            {option("violence", tr("Violence")), option("self-harm", tr("Self-harm")), option("privacy", tr("Privacy")),
                option("cybercrime", tr("Cybercrime")), option("misinformation", tr("Misinformation"))}),
        taxonomy("severity", tr("Severity"),
            {option("low", tr("Low")), option("medium", tr("Medium")), option("high", tr("High")),
                option("critical", tr("Critical"))}),
    };
    return rubric;
}

QString decisionName(Decision decision)
{
    return decision == Decision::Accept ? QStringLiteral("accept") : QStringLiteral("needs-changes");
}

std::optional<Decision> decisionOf(const nlohmann::json &answers)
{
    if (!answers.is_object())
        return std::nullopt;
    const auto it = answers.find("decision");
    if (it == answers.end() || !it->is_string())
        return std::nullopt;
    if (*it == "accept")
        return Decision::Accept;
    if (*it == "needs-changes")
        return Decision::NeedsChanges;
    return std::nullopt;
}

QString commentsOf(const nlohmann::json &answers)
{
    if (!answers.is_object())
        return {};
    const auto it = answers.find("comments");
    return it != answers.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

nlohmann::json answers(Decision decision, const QString &comments)
{
    return nlohmann::json{{"decision", toStd(decisionName(decision))}, {"comments", toStd(comments)}};
}

} // namespace verdict::authoringreview
