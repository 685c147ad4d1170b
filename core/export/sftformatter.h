#pragma once

#include "export/answerformatter.h"

namespace verdict {

// OpenAI chat records for supervised fine-tuning: the context, then the
// ideal response (a non-empty rewrite) or else the response ranked alone at
// the top. A task with neither gives no record. An authored SFT example
// gives its own ideal response, with its authoring lineage.
class SftFormatter final : public AnswerFormatter
{
public:
    QString name() const override;
    void format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report) override;
};

} // namespace verdict
