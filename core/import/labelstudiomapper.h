#pragma once

#include "import/recordmapper.h"
#include "import/rubricbuilder.h"

#include <QCoreApplication>
#include <QSet>

namespace verdict {

// Label Studio JSON exports: an array of tasks with "data" and "annotations"
// (or the older "completions"). The text fields the results point at become
// the task's responses; pairwise, labels and choices results become answers
// under the built-in "import-labelstudio" rubric, credited to completed_by.
class LabelStudioMapper final : public RecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(LabelStudioMapper)

public:
    explicit LabelStudioMapper(const QString &annotator);

    Policy policy() const override;
    Result<void> map(nlohmann::json &record, const RecordPlace &place, ImportChunk &out) override;
    Result<void> finish(const RecordReader &reader, ImportChunk &out) override;
    void beginRecord() override;
    void dropRecord() override;

    static inline const QString RubricId = QStringLiteral("import-labelstudio");

private:
    void warnOnce(
        ImportChunk &out, const RecordPlace &place, const QString &key, const QString &field, const QString &message);

    QString m_annotator;
    RubricBuilder m_rubric;
    bool m_any = false;
    QSet<QString> m_warned;
    // As they were before the record being mapped.
    RubricBuilder m_savedRubric;
    QSet<QString> m_savedWarned;
};

} // namespace verdict
