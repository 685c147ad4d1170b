#pragma once

#include "export/answerformatter.h"

namespace verdict {

// TRL preference pairs from ranking answers: every pair of responses in
// different groups (or the best group against the rest), never a tie; plain
// text or conversational (lists of messages).
class TrlFormatter final : public AnswerFormatter
{
public:
    enum class Pairs { All, BestVsRest };
    enum class Style { Plain, Conversational };

    TrlFormatter(Pairs pairs, Style style);

    QString name() const override;
    void format(const AnsweredTask &answered, std::vector<std::string> &lines, ExportReport &report) override;

    // The prompt as one text: a lone user turn as it is, longer contexts as a
    // transcript of "Role: text" paragraphs.
    static QString plainPrompt(const QList<Message> &context);
    // A response as one text: its reply as it is, or, when it carries earlier
    // turns, those and the reply as a transcript like plainPrompt's.
    static QString plainSide(const Response &response);

private:
    static QString transcript(const QList<Message> &turns);

    Pairs m_pairs;
    Style m_style;
};

} // namespace verdict
