#include "batchverifier.h"

#include "authoredtask.h"
#include "batchrecordmapper.h"
#include "importpipeline.h"

namespace verdict {

Result<VerifyReport> BatchVerifier::verify(const QString &fileName, const std::atomic_bool *cancel)
{
    BatchRecordMapper mapper;
    VerifyReport report;
    auto done = ImportPipeline::run(
        fileName, mapper,
        [&](ImportChunk &chunk) -> Result<void> {
            for (const ImportItem &item : chunk.items) {
                std::visit(
                    [&](const auto &payload) {
                        using T = std::decay_t<decltype(payload)>;
                        if constexpr (std::is_same_v<T, BatchManifest>)
                            report.manifest = payload;
                        else if constexpr (std::is_same_v<T, ImportRubric>)
                            ++report.rubrics;
                        else if constexpr (std::is_same_v<T, TaskRow>) {
                            ++report.tasks;
                            if (payload.meta.find("\"authoring\"") != std::string::npos) {
                                const auto revision
                                    = AuthoredTask::revisionIn(nlohmann::json::parse(payload.meta, nullptr, false));
                                if (revision && *revision > 1)
                                    ++report.revisedTasks;
                            }
                        } else if constexpr (std::is_same_v<T, Annotation>)
                            ++report.annotations;
                        else if constexpr (std::is_same_v<T, GoldAnswer>)
                            ++report.gold;
                        else if constexpr (std::is_same_v<T, Adjudication>)
                            ++report.adjudications;
                        else {
                            report.records = payload.records;
                            report.sha256 = payload.sha256;
                        }
                    },
                    item.payload);
            }
            return {};
        },
        cancel);
    if (!done)
        return done.error();
    return report;
}

} // namespace verdict
