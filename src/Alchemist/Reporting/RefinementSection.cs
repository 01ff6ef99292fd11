using System.Globalization;
using System.Text;
using Alchemist.Refinement;
using static Alchemist.Reporting.HtmlReport;

namespace Alchemist.Reporting;

/// <summary>
/// The report's refinement section: the LLM-labeled sample (what it cost, how the label model scores on it) and every
/// round with every candidate and the gate's numbers, so a reviewer sees why each refined program is in or out.
/// </summary>
internal static class RefinementSection
{
    public static void Write(StringBuilder html, RunFolder run)
    {
        var record = RefinementRecord.Load(run);
        var sample = PseudoGold.Load(run);
        if (record is null && sample is null) return;
        html.Append("<h2 id=\"refinement\">Refinement</h2>");
        if (sample is not null)
            html.Append("<p>LLM-labeled sample (pseudo-gold): ").Append(sample.Answered).Append(" of ").Append(sample.Rows.Count).Append(" rows of '").Append(E(sample.Split))
                .Append("' answered zero-shot, ").Append(E(Dollars.Format(sample.Cost))).Append(" (").Append(sample.InputTokens.ToString("N0", CultureInfo.InvariantCulture)).Append(" + ")
                .Append(sample.OutputTokens.ToString("N0", CultureInfo.InvariantCulture)).Append(" tokens). It chooses nothing by itself: the gate estimates a candidate's accuracy on it, ")
                .Append("and a round that lowers the label model's accuracy on it is undone.</p>");
        if (record is null) return;
        var s = record.Settings;
        html.Append("<p>").Append(record.Rounds.Count).Append(" round(s) on '").Append(E(record.Split)).Append("', ").Append(s.ProgramsPerRound).Append(" program(s) per round, ")
            .Append(s.SampleRows).Append(" missed rows shown per request; kept ").Append(record.Kept.Count == 0 ? "none" : E(string.Join(", ", record.Kept)))
            .Append(". Stopped: ").Append(E(RefineStops.Describe(record.Stop))).Append(". Calls: ")
            .Append(E($"{record.Calls.Live} live, {record.Calls.Cached} cached, {record.Calls.Batch} from batch files; {record.InputTokens:N0} + {record.OutputTokens:N0} tokens, {Dollars.Format(record.Cost)}"))
            .Append(".</p><p class=\"note\">The gate keeps a candidate when it votes on at least ").Append(s.MinTargetVotes)
            .Append(" target rows, is no near duplicate (agreeing on ").Append(P(s.DuplicateAgreement)).Append(" or more of the rows both vote on, when those are most of its votes) and its estimated accuracy is at least ")
            .Append(F(s.MinAccuracy)).Append(". Kept programs are in the programs folder; dropped and rejected ones in its <code>rejected/</code> folder, each with these numbers in its header. ")
            .Append("To switch a kept one off, add it to <code>disabled:</code> in alchemist.yaml.</p>");
        foreach (var round in record.Rounds)
        {
            html.Append("<h3>Round ").Append(round.Round).Append("</h3><p class=\"note\">Targets: ").Append(round.Uncovered).Append(" uncovered, ").Append(round.Conflicting)
                .Append(" conflicting, ").Append(round.Unsure).Append(" unsure rows. Coverage ").Append(F(round.CoverageBefore)).Append(" → ").Append(F(round.CoverageAfter))
                .Append(round.PseudoGoldBefore is { } b ? $"; label model on the pseudo-gold sample {F(b)} → {F(round.PseudoGoldAfter)}" : "").Append(".</p><table>");
            Header(html, "candidate", "aimed at", "status", "votes", "target votes", "newly covered", "estimated accuracy", "closest agreement", "why");
            foreach (var c in round.Candidates)
            {
                var g = c.Gate;
                html.Append(c.Status == CandidateStatus.Kept ? "<tr class=\"chosen\">" : "<tr>");
                html.Append("<td class=\"l\">").Append(E(c.Name)).Append("</td><td class=\"l\">").Append(E(c.Focus)).Append("</td><td class=\"l\">")
                    .Append(E(c.Status.ToString().ToLowerInvariant())).Append("</td>");
                foreach (var cell in new[]
                {
                    g?.Votes.ToString(CultureInfo.InvariantCulture) ?? "–", g?.TargetVotes.ToString(CultureInfo.InvariantCulture) ?? "–",
                    g?.NewlyCovered.ToString(CultureInfo.InvariantCulture) ?? "–",
                    g?.Accuracy is { } a ? $"{F(a)} on {g.AccuracySupport} ({E(g.AccuracySource)})" : "–",
                    g?.DuplicateAgreement is { } d ? F(d) : "–",
                })
                    html.Append("<td>").Append(cell).Append("</td>");
                html.Append("<td class=\"l\">").Append(E(c.Reason)).Append("</td></tr>");
            }
            html.Append("</table>");
        }
        if (record.Retirements is { } review)
        {
            html.Append("<h3>Programs below the floor after the rounds</h3><p class=\"note\">With <code>drop_harmful</code>, every program is estimated as the gate estimates a candidate; ")
                .Append("those below ").Append(F(s.MinAccuracy)).Append(" are reviewed worst first, and one is retired (the label model ignores its votes; its file stays) unless leaving it out lowers ")
                .Append("the label model's accuracy on the LLM-labeled sample. ").Append(review.Count == 0 ? "No program was below the floor." : "").Append("</p>");
            if (review.Count > 0)
            {
                html.Append("<table>");
                Header(html, "program", "decision", "estimated accuracy", "label model on the sample with → without", "why");
                foreach (var d in review)
                    html.Append(d.Retired ? "<tr class=\"chosen\">" : "<tr>").Append("<td class=\"l\">").Append(E(d.Program)).Append("</td><td class=\"l\">")
                        .Append(d.Retired ? "retired" : "kept").Append("</td><td>").Append(F(d.Accuracy)).Append(" on ").Append(d.Support).Append(" (").Append(E(d.Source)).Append(")</td><td>")
                        .Append(d.PseudoGoldWith is { } w ? $"{F(w)} → {(d.PseudoGoldWithout is { } wo ? F(wo) : "–")}" : "–").Append("</td><td class=\"l\">").Append(E(d.Reason)).Append("</td></tr>");
                html.Append("</table>");
            }
        }
    }
}
