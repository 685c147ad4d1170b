#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace verdict {

enum class CriterionKind { Ranking, Rating, Choice, MultiChoice, Spans, Flags, Text, Rewrite };

// Whether a criterion is answered once for the task or once for each response.
enum class Scope { Task, Response };

QString criterionKindName(CriterionKind kind);
std::optional<CriterionKind> criterionKindFromName(const QString &name);
QString scopeName(Scope scope);
std::optional<Scope> scopeFromName(const QString &name);

struct ScaleAnchor
{
    int value = 0;
    QString label;
    QString description;
    bool operator==(const ScaleAnchor &) const = default;
};

// A choice option, a span label, a flag category or a severity.
struct Option
{
    QString key;
    QString name;
    QString description;
    QString color; // span labels: "#rrggbb"
    QString shortcut; // span labels: one key
    bool operator==(const Option &) const = default;
};

struct Criterion
{
    QString key;
    CriterionKind kind = CriterionKind::Text;
    Scope per = Scope::Task;
    QString title;
    QString guidance;
    bool required = true;

    int scaleMin = 1; // rating
    int scaleMax = 5; // rating
    QList<ScaleAnchor> anchors; // rating, one per point
    QList<Option> options; // choice, multichoice
    QList<Option> labels; // spans
    QList<Option> categories; // flags
    QList<Option> severities; // flags, least severe first
    int minLength = 0; // text

    const Option *option(const QString &key) const;
    const Option *label(const QString &key) const;
    const Option *category(const QString &key) const;
    const Option *severity(const QString &key) const;
    const ScaleAnchor *anchor(int value) const;

    bool operator==(const Criterion &) const = default;
};

// A named list of values that authored tasks are tagged with: an SFT
// example's domain, intent, difficulty and language; a red-team entry's
// technique, harm category and severity.
struct Taxonomy
{
    QString key;
    QString title;
    QList<Option> values;

    const Option *value(const QString &key) const;
    bool operator==(const Taxonomy &) const = default;
};

enum class RubricStatus { Draft, Published };

struct Rubric
{
    QString id;
    int version = 0;
    QString title;
    QString guidelines; // Markdown
    QList<Criterion> criteria;
    QList<Taxonomy> taxonomies; // optional; the authoring rubric's tags

    RubricStatus status = RubricStatus::Draft;
    QString changelog;
    QDateTime publishedAt;

    const Criterion *criterion(const QString &key) const;
    const Taxonomy *taxonomy(const QString &key) const;

    // Content equality: identity, text and criteria, not publication details.
    bool sameContent(const Rubric &other) const;
};

} // namespace verdict
