#pragma once

#include "domain/task.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace verdict {

// What an authored task is: a supervised fine-tuning example (a prompt, its
// context and the ideal response) or a red-team log entry (an adversarial
// prompt and what the model answered).
enum class AuthoredKind { Sft, RedTeam };

QString authoredKindName(AuthoredKind kind);
std::optional<AuthoredKind> authoredKindFromName(const QString &name);

// A task someone wrote, in the terms of the authoring view. It is stored as
// an ordinary Task (toTask()): the system prompt and turns are the context,
// the ideal or observed response is the one response, and everything else
// lives in the task's meta under "authoring" (docs/user-guide.md).
struct AuthoredTask
{
    Q_DECLARE_TR_FUNCTIONS(AuthoredTask)

public:
    QString id;
    AuthoredKind kind = AuthoredKind::Sft;
    QString author;
    int revision = 0; // 0 until first saved
    QString derivedFrom; // the task this one varies, if any
    QString systemPrompt;
    QList<Message> turns; // the conversation up to the response, oldest first
    QString response; // SFT: the ideal response; red team: what the model answered
    QString model; // red team: the model that answered
    QMap<QString, QString> tags; // taxonomy key → value key (domain, intent, difficulty, language…)

    // Red team.
    QString technique;
    QString harmCategory;
    QString severity;
    std::optional<bool> succeeded;
    QString notes; // what triggered the failure

    // The response id the stored task uses for the response.
    static QString responseId(AuthoredKind kind);

    Task toTask() const;
    // The authored task a stored task holds, or nothing when it was not authored here.
    static std::optional<AuthoredTask> fromTask(const Task &task);
    // The revision a task's meta gives under "authoring", or nothing.
    static std::optional<qint64> revisionIn(const nlohmann::json &meta);
    // Starts a new task of `kind` from an existing one ("duplicate and vary"):
    // its context, and its ideal or first response (the turns that response
    // carries before its reply join the conversation).
    static AuthoredTask variationOf(const Task &task, AuthoredKind kind);

    // The last user turn (what duplicates are found on), or the last turn.
    QString prompt() const;
    // The required fields that are empty, as messages a person can act on.
    QStringList missingFields() const;
    // What a reviewer needs beside the conversation: author, revision, tags
    // and the red-team log, one line each.
    QStringList details() const;
    // The whole task as readable text, for comparing two revisions.
    QString text() const;

    bool sameContent(const AuthoredTask &other) const;
};

} // namespace verdict
