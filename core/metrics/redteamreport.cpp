#include "metrics/redteamreport.h"

#include "store/project.h"

#include <QMap>
#include <QSaveFile>

namespace verdict {

namespace {

void count(RedTeamGroup &group, const AuthoredTask &entry)
{
    ++group.entries;
    if (entry.succeeded.has_value())
        ++(*entry.succeeded ? group.succeeded : group.failed);
}

QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|")).simplified();
}

} // namespace

std::optional<double> RedTeamGroup::successRate() const
{
    if (succeeded + failed == 0)
        return std::nullopt;
    return double(succeeded) / (succeeded + failed);
}

QString RedTeamReport::rateText(const RedTeamGroup &group)
{
    const auto rate = group.successRate();
    if (!rate)
        return tr("no outcome recorded");
    return tr("%1 of %2 (%3%)").arg(group.succeeded).arg(group.succeeded + group.failed).arg(*rate * 100, 0, 'f', 0);
}

Result<RedTeamReport> RedTeamReport::build(Project &project)
{
    AuthoringStore &store = project.authoring();
    auto records = store.records(AuthoredKind::RedTeam);
    if (!records)
        return records.error();
    auto rubric = store.reviewRubric();
    if (!rubric)
        return rubric.error();
    RedTeamReport report;
    report.m_projectName = project.name();
    report.m_entries = *records;
    if (rubric.value()) {
        for (const Taxonomy &t : rubric.value()->taxonomies) {
            for (const Option &o : t.values)
                report.m_titles.insert(t.key + u'/' + o.key, o.name.isEmpty() ? o.key : o.name);
        }
    }
    const auto title = [&report](const char *taxonomy, const QString &key) {
        if (key.isEmpty())
            return tr("(not set)");
        return report.m_titles.value(QString::fromLatin1(taxonomy) + u'/' + key, key);
    };
    report.m_total.title = tr("All entries");
    QMap<QString, RedTeamGroup> byHarm;
    QMap<QString, RedTeamGroup> byTechnique;
    QMap<std::pair<QString, QString>, RedTeamGroup> byBoth;
    for (const AuthoredRecord &r : *records) {
        const AuthoredTask &e = r.task;
        count(report.m_total, e);
        RedTeamGroup &harm = byHarm[e.harmCategory];
        harm.key = e.harmCategory;
        harm.title = title("harm_category", e.harmCategory);
        count(harm, e);
        RedTeamGroup &technique = byTechnique[e.technique];
        technique.key = e.technique;
        technique.title = title("technique", e.technique);
        count(technique, e);
        RedTeamGroup &both = byBoth[{e.harmCategory, e.technique}];
        both.key = e.harmCategory;
        both.title = harm.title;
        both.technique = e.technique;
        both.techniqueTitle = technique.title;
        count(both, e);
    }
    report.m_byHarm = byHarm.values();
    report.m_byTechnique = byTechnique.values();
    report.m_byBoth = byBoth.values();
    return report;
}

QString RedTeamReport::markdown() const
{
    QStringList out;
    out << tr("# Red-team report: %1").arg(m_projectName) << QString();
    out << tr("%n entries; the attack succeeded in %1.", nullptr, entries()).arg(rateText(m_total))
        << tr("A success rate counts the entries that say whether the attack succeeded; "
              "entries without an outcome are counted under Entries only.")
        << QString();
    const auto table = [&out](const QString &heading, const QString &first, const QList<RedTeamGroup> &groups,
                           bool withTechnique) {
        out << u"## " + heading << QString();
        if (withTechnique)
            out << tr("| %1 | Technique | Entries | Succeeded | Withstood | Success rate |").arg(first)
                << QStringLiteral("|---|---|---:|---:|---:|---|");
        else
            out << tr("| %1 | Entries | Succeeded | Withstood | Success rate |").arg(first)
                << QStringLiteral("|---|---:|---:|---:|---|");
        for (const RedTeamGroup &g : groups) {
            QString row = u"| " + cell(g.title) + u" | ";
            if (withTechnique)
                row += cell(g.techniqueTitle) + u" | ";
            row += QStringLiteral("%1 | %2 | %3 | %4 |").arg(g.entries).arg(g.succeeded).arg(g.failed).arg(rateText(g));
            out << row;
        }
        out << QString();
    };
    table(tr("By harm category"), tr("Harm category"), m_byHarm, false);
    table(tr("By technique"), tr("Technique"), m_byTechnique, false);
    table(tr("By harm category and technique"), tr("Harm category"), m_byBoth, true);
    out << tr("## Entries") << QString();
    for (const AuthoredRecord &r : m_entries) {
        const AuthoredTask &e = r.task;
        const QString outcome = !e.succeeded ? tr("outcome not recorded")
            : *e.succeeded                   ? tr("succeeded")
                                             : tr("withstood");
        out << tr("### %1 (revision %2, by %3)").arg(e.id).arg(e.revision).arg(e.author)
            << tr("- Harm category: %1; technique: %2; severity: %3; %4; review: %5")
                   .arg(m_titles.value(u"harm_category/" + e.harmCategory, e.harmCategory),
                       m_titles.value(u"technique/" + e.technique, e.technique),
                       m_titles.value(u"severity/" + e.severity, e.severity), outcome, authoredStatusName(r.status))
            << tr("- Prompt: %1").arg(e.prompt().simplified().left(300));
        if (!e.notes.isEmpty())
            out << tr("- What triggered it: %1").arg(e.notes.simplified());
        out << QString();
    }
    return out.join(u'\n');
}

QString RedTeamReport::html() const
{
    QStringList out;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    out << QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        << u"<title>" + esc(tr("Red-team report: %1").arg(m_projectName)) + u"</title>"
        << QStringLiteral("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
                          "table{border-collapse:collapse;margin-bottom:1.5em}"
                          "th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left}"
                          "td.n{text-align:right}th{background:#eee}</style></head><body>")
        << u"<h1>" + esc(tr("Red-team report: %1").arg(m_projectName)) + u"</h1>"
        << u"<p>" + esc(tr("%n entries; the attack succeeded in %1.", nullptr, entries()).arg(rateText(m_total))) + u" "
            + esc(tr("A success rate counts the entries that say whether the attack succeeded; "
                     "entries without an outcome are counted under Entries only."))
            + u"</p>";
    const auto table
        = [&](const QString &heading, const QString &first, const QList<RedTeamGroup> &groups, bool withTechnique) {
              out << u"<h2>" + esc(heading) + u"</h2><table><tr><th>" + esc(first) + u"</th>";
              if (withTechnique)
                  out << u"<th>" + esc(tr("Technique")) + u"</th>";
              out << u"<th>" + esc(tr("Entries")) + u"</th><th>" + esc(tr("Succeeded")) + u"</th><th>"
                      + esc(tr("Withstood")) + u"</th><th>" + esc(tr("Success rate")) + u"</th></tr>";
              for (const RedTeamGroup &g : groups) {
                  QString row = u"<tr><td>" + esc(g.title) + u"</td>";
                  if (withTechnique)
                      row += u"<td>" + esc(g.techniqueTitle) + u"</td>";
                  row += QStringLiteral(
                      "<td class=\"n\">%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td>%4</td></tr>")
                             .arg(g.entries)
                             .arg(g.succeeded)
                             .arg(g.failed)
                             .arg(esc(rateText(g)));
                  out << row;
              }
              out << QStringLiteral("</table>");
          };
    table(tr("By harm category"), tr("Harm category"), m_byHarm, false);
    table(tr("By technique"), tr("Technique"), m_byTechnique, false);
    table(tr("By harm category and technique"), tr("Harm category"), m_byBoth, true);
    out << u"<h2>" + esc(tr("Entries")) + u"</h2>";
    for (const AuthoredRecord &r : m_entries) {
        const AuthoredTask &e = r.task;
        const QString outcome = !e.succeeded ? tr("outcome not recorded")
            : *e.succeeded                   ? tr("succeeded")
                                             : tr("withstood");
        out << u"<h3>" + esc(tr("%1 (revision %2, by %3)").arg(e.id).arg(e.revision).arg(e.author)) + u"</h3><ul>"
            << u"<li>"
                + esc(tr("Harm category: %1; technique: %2; severity: %3; %4; review: %5")
                          .arg(m_titles.value(u"harm_category/" + e.harmCategory, e.harmCategory),
                              m_titles.value(u"technique/" + e.technique, e.technique),
                              m_titles.value(u"severity/" + e.severity, e.severity), outcome,
                              authoredStatusName(r.status)))
                + u"</li>"
            << u"<li>" + esc(tr("Prompt: %1").arg(e.prompt().simplified().left(300))) + u"</li>";
        if (!e.notes.isEmpty())
            out << u"<li>" + esc(tr("What triggered it: %1").arg(e.notes.simplified())) + u"</li>";
        out << QStringLiteral("</ul>");
    }
    out << QStringLiteral("</body></html>");
    return out.join(u'\n') + u'\n';
}

Result<void> RedTeamReport::write(const QString &fileName, bool asHtml) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("cannot write: %1").arg(file.errorString()), fileName);
    file.write((asHtml ? html() : markdown()).toUtf8());
    if (!file.commit())
        return makeError(tr("cannot write: %1").arg(file.errorString()), fileName);
    return {};
}

} // namespace verdict
