#pragma once

#include <QStringList>
#include <QTextStream>

// The headless command line: `verdict COMMAND …`. Commands run without a
// display and reach the product through the core library only.
namespace verdict::cli {

enum ExitCode { Success = 0, BadInput = 1, BadUsage = 2 };

// Whether `verdict ARG…` is a headless invocation rather than the workbench.
bool isHeadless(const QStringList &arguments);

// Runs a command line (arguments[0] is the program) and returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace verdict::cli
