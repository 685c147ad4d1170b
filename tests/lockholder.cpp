// Holds a project's write lock until a line arrives on standard input: the
// other program in the busy-project tests.
//
//   lockholder PROJECT

#include "store/project.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto project = verdict::Project::open(QString::fromLocal8Bit(argv[1]));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    verdict::Transaction holding((*project)->database());
    if (!holding.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(holding.error().toString()));
        return 1;
    }
    std::printf("holding\n");
    std::fflush(stdout);
    std::string line;
    std::getline(std::cin, line);
    return 0;
}
