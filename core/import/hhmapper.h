#pragma once

#include "import/recordmapper.h"

#include <QCoreApplication>

namespace verdict {

// Anthropic HH records: {"chosen", "rejected"} as transcripts of
// "\n\nHuman: …" and "\n\nAssistant: …" turns. The dialogue both share, up
// to a human turn, is the context; the rest of each side is a response (its
// final assistant turn the reply, the turns before it the response's earlier
// turns), and the chosen one ranks first under the imported-preference rubric.
class HhMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(HhMapper)

public:
    explicit HhMapper(const QString &annotator);

    Policy policy() const override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;

    // The turns of a transcript, or nothing when it has none.
    static std::optional<QList<Message>> transcript(const QString &text);
    // Where the context ends in two sides of a pair: after the last human
    // turn both share that both answer with an assistant turn. Nothing when
    // there is none.
    static std::optional<qsizetype> split(const QList<Message> &chosen, const QList<Message> &rejected);

private:
    QString m_annotator;
    bool m_any = false;
};

} // namespace verdict
