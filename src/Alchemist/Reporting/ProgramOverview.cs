using System.Globalization;
using System.Text;
using Alchemist.Aggregation;
using Alchemist.Labeling;
using static Alchemist.Reporting.HtmlReport;

namespace Alchemist.Reporting;

/// <summary>
/// The report's first section: one row per program, the ones a reviewer disabled included, with what is needed to approve
/// or switch it off at a glance (coverage, votes per class, the label model's estimate of its accuracy, accuracy on gold
/// when known, conflicts, faults, status), and how to disable one.
/// </summary>
internal static class ProgramOverview
{
    /// <summary>Appends the overview of the programs of <paramref name="run"/>, measured on <paramref name="split"/>.</summary>
    public static void Write(StringBuilder html, RunFolder run, RunManifest manifest, FittedLabelModel model, string split)
    {
        var analysis = ArtifactJson.Load<LabelMatrixSummary>(run.AnalysisPath(split));
        var votes = LabelMatrixFile.Load(run.LabelMatrixPath(split));
        var stats = manifest.Splits.Keys.Select(s => ProgramStatsFile.Load(run.ProgramStatsPath(s))).ToArray();
        var labels = manifest.LabelSet;
        html.Append("<h2 id=\"overview\">Programs at a glance</h2><table class=\"overview\">");
        Header(html, ["program", "status", $"coverage ({split})", .. labels.Names.Select(n => $"votes {n}"), "estimated accuracy", $"accuracy on gold ({split})", "conflicts", "faults"]);
        for (var j = 0; j < manifest.Programs.Count; j++)
        {
            var p = analysis.Programs[j];
            var faults = stats.Sum(s => s[j].FaultCount);
            var quarantined = stats.Select(s => s[j].QuarantineReason).FirstOrDefault(q => q is not null);
            var perClass = new int[labels.Count];
            for (var r = 0; r < votes.Rows; r++)
                if (votes[r, j] is var v and >= 0 && v < perClass.Length) perClass[v]++;
            var status = quarantined is not null ? $"<span class=\"bad\">quarantined: {E(quarantined)}</span>"
                : model.IgnoredPrograms.Contains(p.Name) ? "<span class=\"bad\">retired by refinement: the label model ignores its votes</span>" : "enabled";
            TextRow(html, 2, [$"<a href=\"#program-{E(p.Name)}\">{E(p.Name)}</a>", status, P(p.Coverage),
                .. perClass.Select(c => c.ToString("N0", CultureInfo.InvariantCulture)),
                F(model.AccuracyOf(p.Name)), F(p.EmpiricalAccuracy), P(p.Conflicts), faults == 0 ? "0" : $"<span class=\"bad\">{faults:N0}</span>"]);
        }
        foreach (var name in manifest.Disabled ?? [])
            html.Append("<tr class=\"off\"><td class=\"l\">").Append(E(name)).Append("</td><td class=\"l\">disabled</td>")
                .Append(string.Concat(Enumerable.Repeat("<td>–</td>", labels.Count + 5))).Append("</tr>");
        html.Append("</table><p class=\"note\">Estimated accuracy: the label model's estimate from the votes alone (no gold). ")
            .Append("Conflicts: share of rows where this program votes and another program votes differently. ")
            .Append("To switch a program off, add its name to <code>disabled:</code> in <code>alchemist.yaml</code> (e.g. <code>disabled: [")
            .Append(E(manifest.Programs.Count > 0 ? manifest.Programs[0] : "001-none")).Append("]</code>) and run <code>alchemist run</code> again; ")
            .Append("the file stays in the programs folder, and removing the name switches it back on.</p>");
    }
}
