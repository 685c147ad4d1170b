# Precompiled headers: nlohmann/json and the Qt headers nearly every source
# includes are parsed once per target instead of once per file, which roughly
# halves the header work of a full build. Sources still include what they use;
# configure with -DVERDICT_PCH=OFF to check that they build without it.
option(VERDICT_PCH "Precompile the headers most sources include" ON)

set(VERDICT_PCH_CORE_HEADERS
    <algorithm> <functional> <map> <memory> <optional> <string> <string_view> <vector>
    <nlohmann/json.hpp>
    <QCoreApplication> <QDateTime> <QFile> <QFileInfo> <QHash> <QList> <QMap> <QSet>
    <QSqlQuery> <QString> <QStringList> <QVariant>)
set(VERDICT_PCH_WIDGETS_HEADERS
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMainWindow> <QMenu>
    <QPlainTextEdit> <QPushButton> <QSplitter> <QTableView> <QTextBrowser> <QTimer>
    <QToolButton> <QVBoxLayout> <QWidget>)
set(VERDICT_PCH_TEST_HEADERS <QSignalSpy> <QTemporaryDir> <QTest>)

# verdict_precompile(TARGET [WIDGETS] [TEST]): the core headers, plus the
# Widgets ones and the test ones where asked.
function(verdict_precompile target)
    if(NOT VERDICT_PCH)
        return()
    endif()
    cmake_parse_arguments(ARG "WIDGETS;TEST" "" "" ${ARGN})
    set(headers ${VERDICT_PCH_CORE_HEADERS})
    if(ARG_WIDGETS)
        list(APPEND headers ${VERDICT_PCH_WIDGETS_HEADERS})
    endif()
    if(ARG_TEST)
        list(APPEND headers ${VERDICT_PCH_TEST_HEADERS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# Unity builds: the libraries' sources are compiled sixteen to a translation
# unit, so the templates they share (nlohmann/json, Qt containers) are
# instantiated and optimised once per batch instead of once per file. A full
# build takes about a third of the compile time it did (docs/performance.md).
# Names private to a source file must therefore be unique within its library;
# configure with -DVERDICT_UNITY_BUILD=OFF for the quickest rebuild of a single
# edited file.
option(VERDICT_UNITY_BUILD "Compile the libraries' sources in batches" ON)

function(verdict_unity target)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ${VERDICT_UNITY_BUILD} UNITY_BUILD_BATCH_SIZE 16)
endfunction()
