#pragma once

#include "recordmapper.h"

#include <QCoreApplication>

namespace verdict {

// Anthropic HH records: {"chosen", "rejected"} as transcripts of
// "\n\nHuman: …" and "\n\nAssistant: …" turns. The dialogue both share is the
// context, their two final assistant turns the responses, and the chosen one
// a ranking answer under the imported-preference rubric.
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

private:
    QString m_annotator;
    bool m_any = false;
};

} // namespace verdict
