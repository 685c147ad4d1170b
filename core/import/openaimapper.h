#pragma once

#include "import/recordmapper.h"

#include <QCoreApplication>

namespace verdict {

// OpenAI chat records ({"messages": [...]}): the last message, the
// assistant's, is the response to judge; the ones before it are the context.
class OpenAiMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiMapper)

public:
    Policy policy() const override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;

    // Reads a list of chat messages into turns; errors name `path`.
    static Result<QList<Message>> messages(const nlohmann::json &list, const QString &path);
};

} // namespace verdict
