#pragma once

#include "export/answerformatter.h"

namespace verdict {

// One line per response with its per-response answers: ratings under
// "scores", choices under "choices". Responses with neither give no line.
class RatingsFormatter final : public AnswerFormatter
{
public:
    QString name() const override;
    void format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report) override;
};

} // namespace verdict
