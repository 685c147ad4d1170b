#pragma once

#include "import/recordmapper.h"
#include "import/rubricbuilder.h"

#include <QCoreApplication>

namespace verdict {

// doccano exports: sequence labelling ({"text", "label": [[start, end, "L"]]}
// or {"text", "entities": [{"start_offset", "end_offset", "label"}]}) and text
// classification ({"text", "label": ["L"]}). doccano counts offsets in UTF-16
// code units, as JavaScript does; they are converted to code points.
class DoccanoMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(DoccanoMapper)

public:
    explicit DoccanoMapper(const QString &annotator);

    Policy policy() const override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;
    void beginRecord() override;
    void dropRecord() override;

    static inline const QString RubricId = QStringLiteral("import-doccano");

private:
    QString m_annotator;
    RubricBuilder m_rubric;
    bool m_any = false;
    bool m_warnedRelations = false;
    // As they were before the record being mapped.
    RubricBuilder m_savedRubric;
    bool m_savedWarnedRelations = false;
};

} // namespace verdict
