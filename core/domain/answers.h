#pragma once

#include "domain/annotation.h"
#include "domain/rubric.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <variant>

// Typed answers: the answers an annotation holds are one JSON value per
// criterion in the shapes of docs/batch-format.md; AnswerValue is one of them
// as its criterion's kind holds it, and answers::fromJson() and
// answers::toJson() are its codec.
namespace verdict {

// Groups of response ids, best first; ids in one group tie.
using Ranking = QList<QStringList>;

// A labelled stretch of a response, in code points, end exclusive.
struct Span
{
    qint64 start = 0;
    qint64 end = 0;
    QString label;
    auto operator<=>(const Span &) const = default;
};

struct Flag
{
    QString category;
    QString severity;
    QString note;
    bool escalate = false;
    bool operator==(const Flag &) const = default;
};

// An ideal response, seeded from one of the responses (or written from scratch).
struct Rewrite
{
    QString seed; // response id, or empty
    QString text;
    bool operator==(const Rewrite &) const = default;
};

class AnswerValue;

namespace answers {

// These return nothing when the value does not have the expected shape.
std::optional<Ranking> ranking(const nlohmann::json &value);
std::optional<QList<Span>> spans(const nlohmann::json &value);
std::optional<QList<Flag>> flags(const nlohmann::json &value);
std::optional<Rewrite> rewrite(const nlohmann::json &value);

nlohmann::json toJson(const Ranking &ranking);
nlohmann::json toJson(const QList<Span> &spans);
nlohmann::json toJson(const QList<Flag> &flags);
nlohmann::json toJson(const Rewrite &rewrite);

// The part of a per-response answer that belongs to one response, or null.
const nlohmann::json *forResponse(const nlohmann::json &answer, const QString &responseId);

// The place (0 = best) of each response in a ranking; ties share a place.
QHash<QString, int> places(const Ranking &ranking);

// Reads a criterion's answer: for a per-response criterion an object keyed
// by response id, one value per response; otherwise one value, as
// valueFromJson() reads it.
AnswerValue fromJson(const Criterion &criterion, const nlohmann::json &value);
// Reads one value of a criterion of `kind`: the task's, or one response's
// part of a per-response answer. Null is no answer.
AnswerValue valueFromJson(CriterionKind kind, const nlohmann::json &value);
nlohmann::json toJson(const AnswerValue &value);

// The annotation's answer to `criterion`, or with a response id that
// response's part of a per-response answer; null when there is none.
AnswerValue get(const Annotation &annotation, const Criterion &criterion, const QString &responseId = {});
// Sets the annotation's answer to `criterion`, or with a response id that
// response's part of it; a null value removes it (and a per-response answer
// left with no response).
void set(Annotation &annotation, const QString &criterion, const QString &responseId, const AnswerValue &value);
// Whether the annotation holds an entry for `criterion`, even a null one.
bool contains(const Annotation &annotation, const QString &criterion);

// A decision's answer, read as an answer to `criterion`.
AnswerValue get(const Adjudication &decision, const Criterion &criterion);
void set(Adjudication &decision, const AnswerValue &value);

} // namespace answers

// One answer to a criterion as its kind holds it: the groups of a ranking, a
// rating, a choice, the options of a multichoice, spans, flags, a text or a
// rewrite. A per-response criterion's answer holds one such value per
// response. A default-constructed value is no answer (null in JSON).
//
// A value read from JSON keeps that JSON when its typed form would write
// other JSON back (another tool's flag without "escalate", a span with
// fields of its own, a value of the wrong shape), and is written back as it
// came: copying or restoring an answer never changes it. Its typed form is
// what answers::spans() and the other views read from it; a value of the
// wrong shape has none, and validateAnswers() says what is wrong with it.
class AnswerValue
{
public:
    AnswerValue() = default;

    static AnswerValue ofRanking(const Ranking &ranking);
    static AnswerValue ofRating(int rating);
    static AnswerValue ofChoice(const QString &option);
    static AnswerValue ofOptions(const QStringList &options);
    static AnswerValue ofSpans(const QList<Span> &spans);
    static AnswerValue ofFlags(const QList<Flag> &flags);
    static AnswerValue ofText(const QString &text);
    static AnswerValue ofRewrite(const Rewrite &rewrite);
    // A per-response criterion's answer: each response's value, by response id.
    static AnswerValue ofResponses(CriterionKind kind, const QMap<QString, AnswerValue> &values);

    bool isNull() const;
    // The kind of the criterion it answers; Text for a null value that was never given one.
    CriterionKind kind() const { return m_kind; }
    bool isPerResponse() const { return m_perResponse; }

    // The value as its kind holds it; nothing when it is of another kind,
    // null, per response, or of the wrong shape.
    std::optional<Ranking> ranking() const;
    std::optional<int> rating() const;
    std::optional<QString> choice() const;
    std::optional<QStringList> options() const; // multichoice
    std::optional<QList<Span>> spans() const;
    std::optional<QList<Flag>> flags() const;
    std::optional<QString> text() const;
    std::optional<Rewrite> rewrite() const;

    // A per-response answer's values by response id (a response read with a
    // null value has a null one); empty for any other value.
    QMap<QString, AnswerValue> responses() const { return m_responses; }
    // One response's value; null when it has none.
    AnswerValue response(const QString &responseId) const { return m_responses.value(responseId); }

    // The value as JSON text: how a value of the wrong shape is shown.
    QString jsonText() const;

    // Whether the two are written as the same JSON.
    bool operator==(const AnswerValue &other) const;

private:
    friend AnswerValue answers::fromJson(const Criterion &criterion, const nlohmann::json &value);
    friend AnswerValue answers::valueFromJson(CriterionKind kind, const nlohmann::json &value);
    friend nlohmann::json answers::toJson(const AnswerValue &value);

    template<typename T>
    std::optional<T> form(CriterionKind kind) const;

    // Choice and text both hold a QString; the kind tells them apart.
    using Form = std::variant<std::monostate, Ranking, int, QString, QStringList, QList<Span>, QList<Flag>, Rewrite>;
    // One answer (not per response) of `kind`.
    static AnswerValue single(CriterionKind kind, Form form);

    CriterionKind m_kind = CriterionKind::Text;
    Form m_form;
    bool m_perResponse = false;
    QMap<QString, AnswerValue> m_responses;
    std::optional<nlohmann::json> m_read; // as read, when the typed form writes other JSON
};

} // namespace verdict
