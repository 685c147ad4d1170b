#pragma once

#include "domain/answersource.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace verdict {

class Project;

// Submitted annotations as answer sets: one annotator's, or everyone's (one
// set per annotation), by task id and then annotator.
class AnnotatorAnswers final : public AnswerSource
{
    Q_DECLARE_TR_FUNCTIONS(AnnotatorAnswers)

public:
    // `annotator` empty: every annotator's. `rubricVersion`: only annotations
    // made under that version.
    AnnotatorAnswers(Project &project, const QString &annotator, std::optional<int> rubricVersion = std::nullopt);

    Result<qint64> count() override;
    Result<bool> next(AnsweredTask &answered) override;

private:
    Project &m_project;
    QString m_annotator;
    std::string m_annotatorUtf8;
    std::optional<int> m_rubricVersion;
    Statement m_rows;
    QHash<QString, Rubric> m_rubrics;
};

} // namespace verdict
