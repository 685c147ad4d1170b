#include "common/answertext.h"

#include "util/textoffsets.h"
#include "workbench/taskview.h"

#include <QCoreApplication>
#include <QMap>

namespace verdict {

QString letterOf(const Task &task, const QString &responseId)
{
    for (qsizetype i = 0; i < task.responses.size(); ++i) {
        if (task.responses[i].id == responseId)
            return TaskView::responseLetter(int(i));
    }
    return responseId;
}

namespace {

QString optionName(const QList<Option> &options, const QString &key)
{
    for (const Option &o : options) {
        if (o.key == key)
            return o.name.isEmpty() ? o.key : o.name;
    }
    return key;
}

QString brief(QString text, int length)
{
    text = text.simplified();
    return text.size() > length ? text.left(length - 1) + u'…' : text;
}

} // namespace

QString describeResponseAnswer(const Criterion &c, const AnswerValue &value)
{
    switch (c.kind) {
    case CriterionKind::Rating: {
        const auto rating = value.rating();
        return rating ? QString::number(*rating) : QString();
    }
    case CriterionKind::Choice: {
        const auto option = value.choice();
        return option ? optionName(c.options, *option) : QString();
    }
    case CriterionKind::MultiChoice: {
        if (value.isNull())
            return QCoreApplication::translate("verdict::AnswerText", "none");
        const auto options = value.options();
        if (!options)
            return value.jsonText();
        QStringList names;
        for (const QString &key : *options)
            names << optionName(c.options, key);
        return names.isEmpty() ? QCoreApplication::translate("verdict::AnswerText", "none")
                               : names.join(QStringLiteral(", "));
    }
    case CriterionKind::Spans: {
        const auto spans = value.spans();
        if (!spans || spans->isEmpty())
            return QCoreApplication::translate("verdict::AnswerText", "none");
        QMap<QString, int> counts;
        for (const Span &s : *spans)
            ++counts[optionName(c.labels, s.label)];
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << (it.value() > 1 ? QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()) : it.key());
        return parts.join(QStringLiteral(", "));
    }
    case CriterionKind::Flags: {
        const auto flags = value.flags();
        if (!flags || flags->isEmpty())
            return QCoreApplication::translate("verdict::AnswerText", "none");
        QStringList parts;
        for (const Flag &f : *flags) {
            QString part = QStringLiteral("%1 (%2").arg(
                optionName(c.categories, f.category), optionName(c.severities, f.severity));
            if (f.escalate)
                part += u", " + QCoreApplication::translate("verdict::AnswerText", "escalate");
            parts << part + u')';
        }
        return parts.join(QStringLiteral(", "));
    }
    case CriterionKind::Text: {
        const auto text = value.text();
        return text ? brief(*text, 120) : QString();
    }
    default:
        return value.jsonText();
    }
}

QString describeAnswer(const Criterion &c, const Task &task, const AnswerValue &answer)
{
    if (answer.isNull())
        return QCoreApplication::translate("verdict::AnswerText", "not answered");
    if (c.kind == CriterionKind::Ranking) {
        const auto ranking = answer.ranking();
        if (!ranking)
            return answer.jsonText();
        QStringList groups;
        for (const QStringList &group : *ranking) {
            QStringList letters;
            for (const QString &id : group)
                letters << letterOf(task, id);
            groups << letters.join(QStringLiteral(" = "));
        }
        return groups.join(QStringLiteral(" > "));
    }
    if (c.kind == CriterionKind::Rewrite) {
        const auto rewrite = answer.rewrite();
        if (!rewrite)
            return answer.jsonText();
        const QString text = brief(rewrite->text, 100);
        return rewrite->seed.isEmpty() ? text
                                       : QCoreApplication::translate("verdict::AnswerText", "from %1: %2")
                                             .arg(letterOf(task, rewrite->seed), text);
    }
    if (c.per == Scope::Response && answer.isPerResponse()) {
        const QMap<QString, AnswerValue> responses = answer.responses();
        QStringList parts;
        for (const Response &r : task.responses) {
            const auto it = responses.find(r.id);
            const QString letter = letterOf(task, r.id);
            if (it != responses.end() && c.kind == CriterionKind::Spans) {
                // Quote what was tagged: labels alone do not tell two answers apart.
                QStringList tagged;
                for (const Span &s : it->spans().value_or(QList<Span>())) {
                    const qsizetype from = text::utf16FromCodePoint(r.content, s.start);
                    const qsizetype to = text::utf16FromCodePoint(r.content, s.end);
                    const QString quote
                        = from >= 0 && to >= from ? brief(r.content.mid(from, to - from), 40) : QString();
                    tagged << QStringLiteral("%1 “%2”").arg(optionName(c.labels, s.label), quote);
                }
                parts << QStringLiteral("%1: %2").arg(letter,
                    tagged.isEmpty() ? QCoreApplication::translate("verdict::AnswerText", "none")
                                     : tagged.join(QStringLiteral(", ")));
            } else if (it != responses.end()) {
                parts << QStringLiteral("%1: %2").arg(letter, describeResponseAnswer(c, *it));
            } else if (c.kind == CriterionKind::Spans || c.kind == CriterionKind::Flags) {
                parts << QStringLiteral("%1: %2").arg(
                    letter, QCoreApplication::translate("verdict::AnswerText", "none"));
            }
        }
        return parts.join(QStringLiteral(" · "));
    }
    return describeResponseAnswer(c, answer);
}

} // namespace verdict
