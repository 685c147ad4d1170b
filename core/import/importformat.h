#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace verdict {

// The files Verdict reads (docs/formats.md). Auto tells them apart by their first record.
enum class ImportFormat { Auto, Batch, OpenAi, Trl, Hh, Prodigy, LabelStudio, Doccano };

QString importFormatName(ImportFormat format);
std::optional<ImportFormat> importFormatFromName(const QString &name);
QStringList importFormatNames(); // every name, "auto" first
// What the user sees in a format chooser: "TRL preference pairs (JSONL)".
QString importFormatTitle(ImportFormat format);

// The format a record is written in, or Auto when none fits. `inArray` says
// the file holds a JSON array of records rather than lines.
ImportFormat formatOfRecord(const nlohmann::json &record, bool inArray);

// Reads the file's first record and tells its format; an error names the
// file, line and column when it cannot.
Result<ImportFormat> detectImportFormat(const QString &fileName);

} // namespace verdict
