#include "import/importformat.h"

#include "codecs/jsonlineparser.h"
#include "codecs/jsontext.h"
#include "import/recordreader.h"

#include <QCoreApplication>

#include <array>

namespace verdict {

namespace {

using nlohmann::json;

constexpr std::array importFormatKeys{"auto", "batch", "openai", "trl", "hh", "prodigy", "labelstudio", "doccano"};

bool has(const json &object, const char *key)
{
    return object.contains(key);
}

bool isHhTranscript(const json &value)
{
    return value.is_string() && value.get_ref<const std::string &>().find("\n\nAssistant:") != std::string::npos;
}

} // namespace

QString importFormatName(ImportFormat format)
{
    return QString::fromLatin1(importFormatKeys[std::size_t(format)]);
}

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    for (std::size_t i = 0; i < importFormatKeys.size(); ++i) {
        if (name == QLatin1StringView(importFormatKeys[i]))
            return ImportFormat(i);
    }
    return std::nullopt;
}

QStringList importFormatNames()
{
    QStringList list;
    for (const char *name : importFormatKeys)
        list << QString::fromLatin1(name);
    return list;
}

QString importFormatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QCoreApplication::translate("verdict::importformat", "Detect from the file");
    case ImportFormat::Batch:
        return QCoreApplication::translate("verdict::importformat", "Verdict batch (JSONL)");
    case ImportFormat::OpenAi:
        return QCoreApplication::translate("verdict::importformat", "OpenAI chat messages (JSONL)");
    case ImportFormat::Trl:
        return QCoreApplication::translate("verdict::importformat", "TRL preference pairs (JSONL)");
    case ImportFormat::Hh:
        return QCoreApplication::translate("verdict::importformat", "Anthropic HH chosen/rejected (JSONL)");
    case ImportFormat::Prodigy:
        return QCoreApplication::translate("verdict::importformat", "Prodigy spans (JSONL)");
    case ImportFormat::LabelStudio:
        return QCoreApplication::translate("verdict::importformat", "Label Studio JSON export");
    case ImportFormat::Doccano:
        return QCoreApplication::translate("verdict::importformat", "doccano sequence labelling (JSONL)");
    }
    return {};
}

ImportFormat formatOfRecord(const json &record, bool inArray)
{
    if (!record.is_object())
        return ImportFormat::Auto;
    // Label Studio exports arrays of tasks: data, with annotations (or the older completions).
    if (has(record, "data") || has(record, "annotations") || has(record, "completions")
        || (inArray && has(record, "predictions")))
        return ImportFormat::LabelStudio;
    if (record.value("type", json()) == "manifest" && record.value("format", json()) == "verdict-batch")
        return ImportFormat::Batch;
    if (has(record, "messages"))
        return ImportFormat::OpenAi;
    if (has(record, "chosen") && has(record, "rejected")) {
        if (has(record, "prompt"))
            return ImportFormat::Trl;
        if (isHhTranscript(record["chosen"]))
            return ImportFormat::Hh;
        return ImportFormat::Trl; // conversational pairs with the prompt inside the turns
    }
    if (has(record, "text")) {
        const auto label = record.find("label");
        if (has(record, "spans") || has(record, "answer") || has(record, "_input_hash")
            || (label != record.end() && label->is_string()))
            return ImportFormat::Prodigy;
        if ((label != record.end() && label->is_array()) || has(record, "labels") || has(record, "entities"))
            return ImportFormat::Doccano;
        // Text alone (with its meta, and Prodigy's own _keys): Prodigy's input format in
        // JSONL; in an array, Label Studio's tasks written as their data alone.
        bool plain = true;
        for (auto it = record.begin(); it != record.end(); ++it)
            plain = plain && (it.key() == "text" || it.key() == "meta" || it.key().rfind('_', 0) == 0);
        if (plain)
            return inArray ? ImportFormat::LabelStudio : ImportFormat::Prodigy;
    }
    return ImportFormat::Auto;
}

Result<ImportFormat> detectImportFormat(const QString &fileName)
{
    RecordReader reader(RecordReader::Digest::WholeFile);
    if (auto opened = reader.open(fileName); !opened)
        return opened.error();
    if (reader.hasByteOrderMark())
        return makeError(QCoreApplication::translate("verdict::importformat",
                             "the file starts with a byte-order mark; save it as UTF-8 without one"),
            fileName, 1, 1);
    RecordChunk chunk;
    while (true) {
        auto more = reader.next(chunk);
        if (!more)
            return more.error();
        if (!*more)
            return makeError(
                QCoreApplication::translate("verdict::importformat", "the file holds no records"), fileName, 1, 1);
        for (const RecordSpan &span : chunk.records) {
            std::string_view text(chunk.data.data() + span.offset, span.size);
            if (!text.empty() && text.back() == '\r')
                text.remove_suffix(1);
            if (text.find_first_not_of(" \t") == std::string_view::npos)
                continue;
            JsonLineParser parser;
            json record;
            if (!parser.parse(text, record)) {
                const jsontext::Position p = jsontext::positionOf(text, parser.problemOffset());
                return makeError(parser.problemMessage(), fileName, int(span.line + p.line - 1),
                    p.line == 1 ? span.column + p.column - 1 : p.column);
            }
            const bool inArray = reader.layout() == RecordReader::Layout::Array;
            const ImportFormat format = formatOfRecord(record, inArray);
            if (format != ImportFormat::Auto)
                return format;
            QStringList keys;
            if (record.is_object()) {
                for (auto it = record.begin(); it != record.end(); ++it)
                    keys << QString::fromUtf8(it.key().c_str());
            }
            return makeError(QCoreApplication::translate("verdict::importformat",
                                 "cannot tell the format from the first record (keys: %1); choose it with --format: %2")
                                 .arg(keys.isEmpty() ? QCoreApplication::translate("verdict::importformat", "none")
                                                     : keys.join(QStringLiteral(", ")),
                                     importFormatNames().mid(1).join(QStringLiteral(", "))),
                fileName, int(span.line), span.column);
        }
    }
}

} // namespace verdict
