// The source the tests' shared precompiled headers are built with (tests/CMakeLists.txt).
