#pragma once

#include "cli.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <optional>

namespace verdict::cli {

// The command line's messages, all in the context "verdict::cli".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// What a command gets: its arguments, the output streams, and the shared
// ways of parsing options and reporting problems.
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(Context)

public:
    Context(QStringList arguments, QTextStream &out, QTextStream &err);

    QTextStream &out;
    QTextStream &err;

    // Parses this command's options. Returns an exit code when the command
    // should stop here: after --help (0) or on bad usage (2, with a message).
    // `synopsis` is what follows "verdict" on the usage line.
    std::optional<int> parse(QCommandLineParser &parser, const QString &synopsis, const QString &description,
        int minPositional, int maxPositional);

    // Prints "verdict: FILE:LINE:COLUMN: message" and returns 1.
    int fail(const Error &error);
    // Prints a usage error and returns 2.
    int usage(const QString &message);
    void printJson(const nlohmann::json &value);

    // Who is acting: the --as option where a command has one, else
    // personFromEnvironment(). When that names no one, prints a usage error
    // asking for --as and returns nothing (the command then exits with 2).
    std::optional<QString> actor(const QCommandLineParser &parser);
    static QCommandLineOption actorOption();
    // --wait SECONDS, for commands that write: how long to wait for another
    // program writing to the project (default DefaultWaitSeconds). parse() applies it.
    static QCommandLineOption waitOption();
    static constexpr int DefaultWaitSeconds = 10;

    const QStringList &arguments() const { return m_arguments; }

private:
    QStringList m_arguments; // "verdict", "COMMAND", …
    QString m_synopsis;
};

using CommandFunction = int (*)(Context &);

int runInit(Context &context);
int runInfo(Context &context);
int runDemo(Context &context);
int runRubric(Context &context);
int runImport(Context &context);
int runExport(Context &context);
int runVerify(Context &context);
int runAssign(Context &context);
int runAgreement(Context &context);
int runGoldAccuracy(Context &context);
int runCompareModels(Context &context);
int runAuthoring(Context &context);
int runRedTeamReport(Context &context);

} // namespace verdict::cli
