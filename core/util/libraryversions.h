#pragma once

#include <QString>

namespace verdict {

// The versions of the libraries Verdict runs on, for the About dialog and
// `verdict --version --verbose`.
class LibraryVersions final
{
public:
    // Qt as loaded now (qVersion()) and as compiled against (QT_VERSION_STR).
    static QString qtRuntime();
    static QString qtBuild();
    // SQLite as Qt's SQLite driver loads it (`select sqlite_version()`), or
    // an empty string when the driver is missing.
    static QString sqlite();
    // The JSON library as compiled in (nlohmann/json, header-only): its name and version.
    static QString jsonLibrary();
    static QString jsonLibraryVersion();
};

} // namespace verdict
