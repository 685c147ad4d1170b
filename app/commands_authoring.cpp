#include "clicontext.h"

#include "codecs/jsonfields.h"
#include "metrics/redteamreport.h"
#include "store/authoringstore.h"
#include "store/project.h"

namespace verdict::cli {

namespace {

using nlohmann::json;

json rateJson(int part, int whole)
{
    return whole == 0 ? json() : json(double(part) / whole);
}

QString rateText(int part, int whole)
{
    if (whole == 0)
        return tr("none reviewed");
    return tr("%1 of %2 (%3%)").arg(part).arg(whole).arg(100.0 * part / whole, 0, 'f', 0);
}

} // namespace

int runAuthoring(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
        tr("Similarity (0–1) from which two prompts count as near-duplicates (default 0.8)."), tr("T"),
        QStringLiteral("0.8"));
    parser.addOption(json);
    parser.addOption(threshold);
    if (auto exit = context.parse(parser, tr("authoring PROJECT [--threshold T] [--json]"),
            tr("Summarises the authored SFT examples and red-team entries: each task's review status and what "
               "it still lacks, near-duplicate prompts, and each author's acceptance rate."),
            1, 1))
        return *exit;
    bool ok = false;
    const double limit = parser.value(threshold).toDouble(&ok);
    if (!ok || limit <= 0 || limit > 1)
        return context.usage(tr("--threshold takes a number above 0 and at most 1"));
    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path);
    if (!project)
        return context.fail(project.error());
    AuthoringStore &store = (*project)->authoring();
    auto records = store.records();
    if (!records)
        return context.fail(records.error());
    auto duplicates = store.duplicates(limit);
    if (!duplicates)
        return context.fail(duplicates.error());
    auto acceptance = store.acceptance();
    if (!acceptance)
        return context.fail(acceptance.error());

    if (parser.isSet(json)) {
        nlohmann::json tasks = nlohmann::json::array();
        for (const AuthoredRecord &r : *records) {
            nlohmann::json missing = nlohmann::json::array();
            for (const QString &m : r.task.missingFields())
                missing.push_back(toStd(m));
            nlohmann::json reviews = nlohmann::json::array();
            for (const AuthoredReview &review : r.reviews)
                reviews.push_back({{"reviewer", toStd(review.reviewer)},
                    {"decision", toStd(authoringreview::decisionName(review.decision))},
                    {"comments", toStd(review.comments)}, {"current", review.current}});
            const char *status = r.status == AuthoredStatus::Accepted ? "accepted"
                : r.status == AuthoredStatus::NeedsChanges            ? "needs-changes"
                                                                      : "unreviewed";
            tasks.push_back({{"id", toStd(r.task.id)}, {"kind", toStd(authoredKindName(r.task.kind))},
                {"author", toStd(r.task.author)}, {"revision", r.task.revision}, {"status", status},
                {"missing", missing}, {"reviews", reviews}});
        }
        nlohmann::json pairs = nlohmann::json::array();
        for (const DuplicatePair &p : *duplicates)
            pairs.push_back({{"first", toStd(p.first)}, {"second", toStd(p.second)}, {"similarity", p.similarity}});
        nlohmann::json authors = nlohmann::json::array();
        for (const AuthorAcceptance &a : *acceptance)
            authors.push_back(
                {{"author", toStd(a.author)}, {"tasks", a.tasks}, {"reviewed", a.reviewed}, {"accepted", a.accepted},
                    {"needs_changes", a.needsChanges}, {"acceptance_rate", rateJson(a.accepted, a.reviewed)},
                    {"reviews", a.reviews}, {"reviews_accepting", a.reviewsAccepted}});
        context.printJson(
            {{"project", toStd(path)}, {"tasks", tasks}, {"near_duplicates", pairs}, {"authors", authors}});
        return Success;
    }

    QTextStream &out = context.out;
    out << tr("%1 authored task(s)").arg(records->size()) << '\n';
    for (const AuthoredRecord &r : *records) {
        const QStringList missing = r.task.missingFields();
        out << QStringLiteral("  %1  %2  %3  rev %4  %5")
                   .arg(r.task.id, authoredKindName(r.task.kind), r.task.author)
                   .arg(r.task.revision)
                   .arg(authoredStatusName(r.status));
        if (!missing.isEmpty())
            out << QStringLiteral("  (") << tr("missing: %1").arg(missing.join(QStringLiteral("; "))) << ')';
        out << '\n';
    }
    out << '\n' << tr("Near-duplicate prompts (similarity at least %1):").arg(limit) << '\n';
    if (duplicates->isEmpty())
        out << QStringLiteral("  ") << tr("none") << '\n';
    for (const DuplicatePair &p : *duplicates)
        out << QStringLiteral("  %1  %2  %3%\n").arg(p.first, p.second).arg(p.similarity * 100, 0, 'f', 0);
    out << '\n' << tr("Acceptance per author (examples accepted of those reviewed; reviews accepting):") << '\n';
    for (const AuthorAcceptance &a : *acceptance)
        out << QStringLiteral("  %1  %2  %3\n")
                   .arg(a.author, rateText(a.accepted, a.reviewed), rateText(a.reviewsAccepted, a.reviews));
    return Success;
}

int runRedTeamReport(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("out")}, tr("Write the report to FILE."), tr("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), tr("Write HTML instead of Markdown."));
    parser.addOption(output);
    parser.addOption(html);
    if (auto exit = context.parse(parser, tr("redteam-report PROJECT --out FILE [--html]"),
            tr("Writes the red-team report: entries grouped by targeted harm category and technique, with success "
               "rates and the counts behind them, and every entry listed."),
            1, 1))
        return *exit;
    if (!parser.isSet(output))
        return context.usage(tr("--out FILE is required"));
    auto project = Project::open(parser.positionalArguments().constFirst());
    if (!project)
        return context.fail(project.error());
    auto report = RedTeamReport::build(**project);
    if (!report)
        return context.fail(report.error());
    if (auto written = report->write(parser.value(output), parser.isSet(html)); !written)
        return context.fail(written.error());
    context.out << tr("%1 red-team entries; succeeded in %2; written to %3")
                       .arg(report->entries())
                       .arg(RedTeamReport::rateText(report->total()), parser.value(output))
                << '\n';
    return Success;
}

} // namespace verdict::cli
