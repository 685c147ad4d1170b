#pragma once

#include "cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <nlohmann/json.hpp>

// Runs the command line in-process, as `verdict ARGUMENTS…` would, for the CLI tests.
namespace verdict::testutil {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    nlohmann::json parsed() const { return nlohmann::json::parse(out.toStdString()); }
};

inline Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = cli::run(QStringList{QStringLiteral("verdict")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace verdict::testutil
