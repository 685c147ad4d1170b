#pragma once

#include "export/answerformatter.h"

namespace verdict {

// Prodigy records, one per response: its text, the spans of every spans
// criterion (code points, as Prodigy counts) and "answer": "accept", with the
// lineage in "meta" and the annotator in "_annotator_id".
class ProdigyFormatter final : public AnswerFormatter
{
public:
    QString name() const override;
    void format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report) override;
};

} // namespace verdict
