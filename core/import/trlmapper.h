#pragma once

#include "import/recordmapper.h"
#include "import/rubricbuilder.h"

#include <QCoreApplication>

namespace verdict {

// TRL preference pairs: {"prompt", "chosen", "rejected"} as plain text or as
// lists of chat messages, or with the prompt left implicit in shared turns.
// Each pair is a task with two responses and a ranking answer.
class TrlMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(TrlMapper)

public:
    explicit TrlMapper(const QString &annotator);

    Policy policy() const override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;

    // The built-in rubric of imported preferences, shared with HH files.
    static RubricBuilder preferenceRubric();
    static inline const QString RubricId = QStringLiteral("import-preference");
    static inline const QString Criterion = QStringLiteral("preference");

private:
    QString m_annotator;
    bool m_any = false;
};

} // namespace verdict
