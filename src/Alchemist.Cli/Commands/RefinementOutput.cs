using System.Globalization;
using Alchemist.Refinement;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>Renders a run's refinement: one row per round, then why it stopped and what it cost.</summary>
internal static class RefinementOutput
{
    public static void Render(IAnsiConsole console, RefinementRecord record)
    {
        if (record.Rounds.Count > 0)
        {
            // Few, short columns: the table must stay readable in an 80-column terminal.
            var table = new Table().Title("Refinement").AddColumns("Round", "Targets u/c/s", "Aimed at", "Kept/dropped/rejected/pending", "Coverage", "Pseudo-gold");
            foreach (var round in record.Rounds)
            {
                table.AddRow(round.Round.ToString(CultureInfo.InvariantCulture), $"{round.Uncovered}/{round.Conflicting}/{round.Unsure}",
                    Markup.Escape(string.Join(", ", round.Focus.Distinct())),
                    $"{round.CountOf(CandidateStatus.Kept)}/{round.CountOf(CandidateStatus.Dropped)}/{round.CountOf(CandidateStatus.Rejected)}/{round.CountOf(CandidateStatus.Pending)}",
                    FormattableString.Invariant($"{round.CoverageBefore:0.000}→{round.CoverageAfter:0.000}"),
                    round.PseudoGoldBefore is { } b ? FormattableString.Invariant($"{b:0.000}→{round.PseudoGoldAfter:0.000}") : "-");
            }
            ConsoleTables.Write(console, table, 0);
        }
        var kept = record.Kept.Count == 0 ? "no program kept" : $"kept {string.Join(", ", record.Kept)}";
        foreach (var d in record.Retirements ?? [])
            console.MarkupLine(Markup.Escape($"{(d.Retired ? "Retired" : "Kept")} {d.Program}: {d.Reason}."));
        console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Refinement: {kept}; stopped: {RefineStops.Describe(record.Stop)}; {record.Calls.Live} live, {record.Calls.Cached} cached, {record.Calls.Batch} batch answer(s), ") +
            FormattableString.Invariant($"{record.InputTokens:N0} + {record.OutputTokens:N0} tokens, {Dollars.Format(record.Cost)}. Every decision: {record.Rounds.Count} round(s) in refinement.json and the report.")));
    }
}
