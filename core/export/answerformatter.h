#pragma once

#include "domain/answersource.h"
#include "export/exportreport.h"

#include <string>
#include <vector>

namespace verdict {

// Turns one set of answers into the lines of a training-data format.
class AnswerFormatter
{
public:
    virtual ~AnswerFormatter() = default;
    virtual QString name() const = 0;
    // Appends the record lines (each ending in a line feed) for `answered`;
    // counts what gave no line in report.skipped.
    virtual void format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report) = 0;

    // The lineage keys every record carries where the format allows them.
    static nlohmann::json lineage(const AnsweredTask &answered);
    // The first criterion of `kind` the answers hold, or null.
    static const Criterion *answeredCriterion(const AnsweredTask &answered, CriterionKind kind);
    // One JSON record as a line.
    static std::string line(const nlohmann::json &record);
};

} // namespace verdict
