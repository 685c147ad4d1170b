# A Debian package. Shared-library dependencies are computed by
# dpkg-shlibdeps from the installed binaries; only what is loaded at run time
# without being linked (Qt's SQLite driver and platform plugins) is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME verdict)
set(CPACK_PACKAGE_VENDOR "The Verdict developers")
set(CPACK_PACKAGE_CONTACT "The Verdict developers <maintainers@verdict.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline workbench for LLM training and evaluation data")
set(CPACK_PACKAGE_DESCRIPTION "Trainers rank, score and tag model responses and write ideal answers;
leads write rubrics, hand out batches with overlap and hidden gold tasks,
measure agreement and adjudicate. No server: batch files carry work between
machines, so it works in air-gapped labelling rooms.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# A build with Verdict's own libraries shared (the dev preset, which CI
# packages) ships them in a private folder; dpkg-shlibdeps reads them from
# the build tree.
if(VERDICT_SHARED_LIBS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
        ${PROJECT_BINARY_DIR}/core ${PROJECT_BINARY_DIR}/ui ${PROJECT_BINARY_DIR}/app)
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Emoji in tasks drawn in colour instead of as empty boxes; Qt's own buttons
# and dialogs in the user's language. CI installs the package with apt, which
# takes recommendations, and checks the emoji font is there.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://verdict.io/")
set(CPACK_STRIP_FILES ON)
include(CPack)
