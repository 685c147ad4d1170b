#pragma once

// Every top-level window and dialog of the program, made on a project opened
// in `main`, for the tests that check each of them (accessibility, keyboard
// mnemonics in every language).

#include "authoring/authoringwindow.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/goldfeedbackdialog.h"
#include "dialogs/guidewindow.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "lead/adjudicationwindow.h"
#include "lead/assigndialog.h"
#include "lead/qualitydashboard.h"
#include "lead/rubriceditor.h"
#include "store/project.h"
#include "workbench/issuespanel.h"
#include "workbench/mainwindow.h"
#include "workbench/taskview.h"
#include "workbench/workbench.h"

#include <memory>
#include <vector>

namespace verdict::test {

inline std::vector<std::unique_ptr<QWidget>> everyWindow(MainWindow &main, const QString &projectPath)
{
    Project *project = main.workbench().project();
    QString rubricId;
    const auto rubrics = project->rubrics().all();
    if (rubrics && !rubrics->isEmpty())
        rubricId = rubrics->constLast().id;
    const QString person = QStringLiteral("kim");
    std::vector<std::unique_ptr<QWidget>> windows;
    windows.push_back(std::make_unique<SettingsDialog>());
    windows.push_back(std::make_unique<AboutDialog>());
    windows.push_back(std::make_unique<GuideWindow>());
    windows.push_back(std::make_unique<ShortcutsDialog>(&main));
    windows.push_back(std::make_unique<ImportDialog>());
    windows.push_back(std::make_unique<ExportDialog>(QStringList{person, QStringLiteral("lee")}));
    windows.push_back(std::make_unique<RubricEditor>(project, rubricId, person));
    windows.push_back(std::make_unique<AdjudicationWindow>(project, person));
    windows.push_back(std::make_unique<QualityDashboard>(projectPath));
    windows.push_back(std::make_unique<IssuesPanel>());
    windows.push_back(std::make_unique<AssignDialog>(*project, QStringList{person}));
    windows.push_back(std::make_unique<AuthoringWindow>(projectPath, person));
    if (rubrics && !rubrics->isEmpty()) {
        GoldAnswer gold;
        gold.answers = {{"overall", nlohmann::json::array({nlohmann::json::array({"a"})})}};
        gold.rationale = QStringLiteral("A answers it.");
        windows.push_back(
            std::make_unique<GoldFeedbackDialog>(rubrics->constLast(), main.taskView()->task(), Annotation(), gold));
    }
    return windows;
}

} // namespace verdict::test
