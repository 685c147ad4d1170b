#include "domain/authoredtask.h"

#include "codecs/jsonfields.h"

namespace verdict {

using nlohmann::json;

namespace {

QString stringAt(const json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? fromStd(it->get<std::string>()) : QString();
}

// Takes the conversation of a task into `a`: a leading system message is the
// system prompt, the rest and the turns the first response carries are the
// turns, and that response is the one written (with its model, for red-team).
void takeConversation(const Task &task, AuthoredTask &a)
{
    for (qsizetype i = 0; i < task.context.size(); ++i) {
        if (i == 0 && task.context[i].role == u"system")
            a.systemPrompt = task.context[i].content;
        else
            a.turns << task.context[i];
    }
    if (!task.responses.isEmpty()) {
        a.turns << task.responses.constFirst().earlierTurns;
        a.response = task.responses.constFirst().content;
        if (a.kind == AuthoredKind::RedTeam)
            a.model = task.responses.constFirst().model;
    }
}

} // namespace

QString authoredKindName(AuthoredKind kind)
{
    return kind == AuthoredKind::Sft ? QStringLiteral("sft") : QStringLiteral("redteam");
}

std::optional<AuthoredKind> authoredKindFromName(const QString &name)
{
    if (name == u"sft")
        return AuthoredKind::Sft;
    if (name == u"redteam")
        return AuthoredKind::RedTeam;
    return std::nullopt;
}

QString AuthoredTask::responseId(AuthoredKind kind)
{
    return kind == AuthoredKind::Sft ? QStringLiteral("ideal") : QStringLiteral("response");
}

Task AuthoredTask::toTask() const
{
    Task task;
    task.id = id;
    if (!systemPrompt.trimmed().isEmpty())
        task.context << Message{QStringLiteral("system"), systemPrompt};
    task.context << turns;
    task.responses << Response{responseId(kind), kind == AuthoredKind::RedTeam ? model : author, response};

    json authoring{{"kind", toStd(authoredKindName(kind))}, {"author", toStd(author)}, {"revision", revision}};
    if (!derivedFrom.isEmpty())
        authoring["derived_from"] = toStd(derivedFrom);
    json tagObject = json::object();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
        if (!it.value().isEmpty())
            tagObject[toStd(it.key())] = toStd(it.value());
    }
    authoring["tags"] = tagObject;
    if (kind == AuthoredKind::RedTeam) {
        json redteam{{"technique", toStd(technique)}, {"harm_category", toStd(harmCategory)},
            {"severity", toStd(severity)}, {"notes", toStd(notes)}};
        redteam["succeeded"] = succeeded ? json(*succeeded) : json(nullptr);
        authoring["redteam"] = std::move(redteam);
    }
    // Tags also sit at the top of meta, where slicing by metadata finds them.
    task.meta = tagObject;
    task.meta["authoring"] = std::move(authoring);
    return task;
}

std::optional<qint64> AuthoredTask::revisionIn(const json &meta)
{
    if (!meta.is_object())
        return std::nullopt;
    const auto authoring = meta.find("authoring");
    if (authoring == meta.end() || !authoring->is_object())
        return std::nullopt;
    const auto revision = authoring->find("revision");
    if (revision == authoring->end() || !revision->is_number_integer())
        return std::nullopt;
    return wholeNumber(*revision);
}

std::optional<AuthoredTask> AuthoredTask::fromTask(const Task &task)
{
    const auto found = task.meta.is_object() ? task.meta.find("authoring") : task.meta.end();
    if (!task.meta.is_object() || found == task.meta.end() || !found->is_object())
        return std::nullopt;
    const json &authoring = *found;
    const auto kind = authoredKindFromName(stringAt(authoring, "kind"));
    if (!kind)
        return std::nullopt;
    AuthoredTask a;
    a.id = task.id;
    a.kind = *kind;
    a.author = stringAt(authoring, "author");
    if (const auto r = authoring.find("revision"); r != authoring.end() && r->is_number_integer()) {
        // A revision Verdict could not write (or count on from) is read as none rather than cut.
        if (const auto v = wholeNumber(*r); v && *v >= 0 && *v < std::numeric_limits<int>::max())
            a.revision = int(*v);
    }
    a.derivedFrom = stringAt(authoring, "derived_from");
    if (const auto t = authoring.find("tags"); t != authoring.end() && t->is_object()) {
        for (auto it = t->begin(); it != t->end(); ++it) {
            if (it->is_string())
                a.tags.insert(fromStd(it.key()), fromStd(it->get<std::string>()));
        }
    }
    takeConversation(task, a);
    if (const auto r = authoring.find("redteam"); r != authoring.end() && r->is_object()) {
        a.technique = stringAt(*r, "technique");
        a.harmCategory = stringAt(*r, "harm_category");
        a.severity = stringAt(*r, "severity");
        a.notes = stringAt(*r, "notes");
        if (const auto s = r->find("succeeded"); s != r->end() && s->is_boolean())
            a.succeeded = s->get<bool>();
    }
    return a;
}

AuthoredTask AuthoredTask::variationOf(const Task &task, AuthoredKind kind)
{
    AuthoredTask a;
    a.kind = kind;
    a.derivedFrom = task.id;
    if (const auto authored = fromTask(task)) {
        a = *authored;
        a.kind = kind;
        a.id.clear();
        a.author.clear();
        a.revision = 0;
        a.derivedFrom = task.id;
        return a;
    }
    takeConversation(task, a);
    if (task.meta.is_object()) {
        for (const char *key : {"domain", "intent", "difficulty", "language"}) {
            const QString value = stringAt(task.meta, key);
            if (!value.isEmpty())
                a.tags.insert(QString::fromLatin1(key), value);
        }
    }
    return a;
}

QString AuthoredTask::prompt() const
{
    for (qsizetype i = turns.size() - 1; i >= 0; --i) {
        if (turns[i].role == u"user")
            return turns[i].content;
    }
    return turns.isEmpty() ? QString() : turns.constLast().content;
}

QStringList AuthoredTask::missingFields() const
{
    QStringList missing;
    if (turns.isEmpty())
        missing << tr("the conversation has no turns; add the prompt");
    for (qsizetype i = 0; i < turns.size(); ++i) {
        if (turns[i].content.trimmed().isEmpty())
            missing << tr("turn %1 (%2) is empty").arg(i + 1).arg(turns[i].role);
    }
    if (!turns.isEmpty() && turns.constLast().role != u"user")
        missing << tr("the last turn should be the user's prompt, not %1").arg(turns.constLast().role);
    if (kind == AuthoredKind::Sft) {
        if (response.trimmed().isEmpty())
            missing << tr("the ideal response is empty");
        for (const char *key : {"domain", "intent", "difficulty", "language"}) {
            if (tags.value(QString::fromLatin1(key)).isEmpty())
                missing << tr("no %1 tag").arg(QString::fromLatin1(key));
        }
    } else {
        if (response.trimmed().isEmpty())
            missing << tr("the model's response is empty; paste it or import it from a file");
        if (technique.isEmpty())
            missing << tr("no technique");
        if (harmCategory.isEmpty())
            missing << tr("no targeted harm category");
        if (severity.isEmpty())
            missing << tr("no severity");
        if (!succeeded)
            missing << tr("not said whether the attack succeeded");
        if (succeeded.value_or(false) && notes.trimmed().isEmpty())
            missing << tr("the attack succeeded but the notes do not say what triggered it");
    }
    return missing;
}

QStringList AuthoredTask::details() const
{
    QStringList lines;
    lines << (kind == AuthoredKind::Sft ? tr("SFT example by %1, revision %2").arg(author).arg(revision)
                                        : tr("Red-team entry by %1, revision %2").arg(author).arg(revision));
    QStringList tagTexts;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        tagTexts << tr("%1: %2").arg(it.key(), it.value());
    if (!tagTexts.isEmpty())
        lines << tr("Tags: %1").arg(tagTexts.join(QStringLiteral(", ")));
    if (kind == AuthoredKind::RedTeam) {
        lines << tr("Technique: %1; harm category: %2; severity: %3").arg(technique, harmCategory, severity)
              << tr("Attack succeeded: %1")
                     .arg(!succeeded      ? tr("not said")
                             : *succeeded ? tr("yes")
                                          : tr("no"));
        if (!notes.isEmpty())
            lines << tr("What triggered it: %1").arg(notes);
    }
    return lines;
}

QString AuthoredTask::text() const
{
    QStringList lines;
    if (!systemPrompt.isEmpty())
        lines << tr("System: %1").arg(systemPrompt);
    for (const Message &m : turns)
        lines << tr("%1: %2").arg(m.role, m.content);
    lines << (kind == AuthoredKind::Sft ? tr("Ideal response: %1").arg(response)
                                        : tr("Model response (%1): %2").arg(model, response));
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        lines << tr("Tag %1: %2").arg(it.key(), it.value());
    if (kind == AuthoredKind::RedTeam) {
        lines << tr("Technique: %1").arg(technique) << tr("Harm category: %1").arg(harmCategory)
              << tr("Severity: %1").arg(severity)
              << tr("Succeeded: %1")
                     .arg(!succeeded      ? tr("not said")
                             : *succeeded ? tr("yes")
                                          : tr("no"))
              << tr("Notes: %1").arg(notes);
    }
    return lines.join(u"\n\n");
}

bool AuthoredTask::sameContent(const AuthoredTask &other) const
{
    return kind == other.kind && systemPrompt == other.systemPrompt && turns == other.turns
        && response == other.response && model == other.model && tags == other.tags && technique == other.technique
        && harmCategory == other.harmCategory && severity == other.severity && succeeded == other.succeeded
        && notes == other.notes && derivedFrom == other.derivedFrom;
}

} // namespace verdict
