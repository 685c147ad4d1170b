#pragma once

#include "import/recordmapper.h"
#include "import/rubricbuilder.h"

#include <QCoreApplication>

namespace verdict {

// Prodigy records ({"text", "spans", "answer", "label", "meta"}): the text is
// the one response of a task; spans (code points, as Prodigy counts), the
// answer and a text-classification label become an annotation under the
// built-in "import-prodigy" rubric.
class ProdigyMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(ProdigyMapper)

public:
    explicit ProdigyMapper(const QString &annotator);

    Policy policy() const override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;
    void beginRecord() override;
    void dropRecord() override;

    static inline const QString RubricId = QStringLiteral("import-prodigy");

private:
    QString m_annotator;
    RubricBuilder m_rubric;
    RubricBuilder m_savedRubric; // as it was before the record being mapped
    bool m_any = false;
};

} // namespace verdict
