#include "import/foreignrecord.h"

#include "codecs/jsonfields.h"
#include "import/importpipeline.h"
#include "store/taskrow.h"
#include "util/sha256.h"

#include <QCoreApplication>

#include <vector>

namespace verdict::foreign {

using nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("verdict::foreign", text);
}

} // namespace

QString contentId(const QString &prefix, const json &content)
{
    return prefix + u'-' + Sha256::hexDigest(content.dump()).left(16);
}

Task textTask(const QString &prefix, const QString &text, const json *meta)
{
    Task task;
    task.responses << Response{QStringLiteral("a"), {}, text};
    if (meta)
        task.meta = *meta;
    task.id = contentId(prefix, json{{"text", toStd(text)}, {"meta", task.meta}});
    return task;
}

Pair pair(const QString &chosen, const QString &rejected)
{
    return pair(Response{{}, {}, chosen}, Response{{}, {}, rejected});
}

Pair pair(Response chosen, Response rejected)
{
    const auto key = [](const Response &r) {
        std::vector<QByteArray> texts{r.content.toUtf8()};
        for (const Message &m : r.earlierTurns)
            texts.insert(texts.end(), {m.content.toUtf8(), m.role.toUtf8()});
        return texts;
    };
    Pair p;
    const bool chosenFirst = key(chosen) <= key(rejected);
    p.chosen = chosenFirst ? QStringLiteral("a") : QStringLiteral("b");
    p.rejected = chosenFirst ? QStringLiteral("b") : QStringLiteral("a");
    chosen.id = p.chosen;
    rejected.id = p.rejected;
    if (chosenFirst)
        p.responses << std::move(chosen) << std::move(rejected);
    else
        p.responses << std::move(rejected) << std::move(chosen);
    return p;
}

Annotation annotation(
    const QString &taskId, const QString &annotator, const QString &rubricId, json answers, AnnotationStatus status)
{
    Annotation a;
    a.taskId = taskId;
    a.annotator = annotator;
    a.rubricId = rubricId;
    a.rubricVersion = 0;
    a.answers = std::move(answers);
    a.status = status;
    a.revision = 1;
    return a;
}

QString annotator(const QString &own, const QString &chosen, const QString &format)
{
    if (!own.trimmed().isEmpty())
        return own.trimmed();
    if (!chosen.trimmed().isEmpty())
        return chosen.trimmed();
    return format;
}

void push(ImportChunk &out, const RecordPlace &place, const Task &task)
{
    out.items.push_back(ImportItem{place.line, place.column, TaskRow::fromTask(task)});
}

void push(ImportChunk &out, const RecordPlace &place, Annotation annotation)
{
    out.items.push_back(ImportItem{place.line, place.column, std::move(annotation)});
}

void warn(ImportChunk &out, const RecordPlace &place, const QString &message)
{
    out.warnings << makeError(message, place.file, int(place.line), place.column);
}

void warn(ImportChunk &out, const RecordPlace &place, const QString &field, const QString &message)
{
    out.warnings << ImportPipeline::place(fieldError(field, message), place);
}

Result<QString> identifier(const QString &value, const QString &field, IdentifierKind kind)
{
    if (const QString problem = identifierProblem(value, kind); !problem.isEmpty())
        return fieldError(field, problem);
    return value;
}

Result<QString> contentText(const json &content, const QString &path)
{
    if (content.is_null())
        return QString();
    if (content.is_string())
        return fromStd(content.get_ref<const std::string &>());
    if (!content.is_array())
        return fieldError(
            path, tr("expected text or a list of text parts, found %1").arg(JsonFields::typeName(content)));
    QStringList parts;
    for (std::size_t i = 0; i < content.size(); ++i) {
        const json &part = content[i];
        const QString partPath = indexPath(path, i);
        if (part.is_string()) {
            parts << fromStd(part.get_ref<const std::string &>());
            continue;
        }
        const auto type = part.is_object() ? part.find("type") : part.end();
        const auto text = part.is_object() ? part.find("text") : part.end();
        if (!part.is_object() || text == part.end() || !text->is_string() || (type != part.end() && *type != "text"))
            return fieldError(partPath, tr("only text parts can be imported"));
        parts << fromStd(text->get_ref<const std::string &>());
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace verdict::foreign
