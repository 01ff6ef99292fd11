using System.Globalization;
using Alchemist.Refinement;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>Renders a run's selective per-row fallback: the accuracy / share-of-rows curve, then what was sent and what it cost.</summary>
internal static class FallbackOutput
{
    public static void Render(IAnsiConsole console, FallbackRecord record)
    {
        var curve = record.Curve;
        if (curve.Points.Count > 1)
        {
            var table = new Table().Title("Per-row LLM fallback").AddColumns("Rows sent", "Share", "Label accuracy", "Cost");
            foreach (var point in curve.Points)
                table.AddRow(point.Rows.ToString("N0", CultureInfo.InvariantCulture), point.Share.ToString("0.0%", CultureInfo.InvariantCulture),
                    point.Accuracy is { } a ? a.ToString() : "-", Dollars.Format(point.Cost));
            ConsoleTables.Write(console, table, 2);
        }
        var judge = curve.Judge is { } j ? $"label accuracy is scored against {j}" : "nothing scores the labels (no gold and no LLM-labeled sample)";
        console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Fallback ({FallbackRecord.ModeName(record.Mode)}): {record.Rows.Count:N0} of {record.SplitRows:N0} rows of '{record.Split}' sent, {record.Answered:N0} answered") +
            (record.Pending > 0 ? FormattableString.Invariant($", {record.Pending:N0} pending{(record.BudgetStopped ? " (the budget was reached)" : "")}") : "") +
            FormattableString.Invariant($"; {record.Calls.Live} live, {record.Calls.Cached} cached, {record.Calls.Batch} batch answer(s), {record.InputTokens:N0} + {record.OutputTokens:N0} tokens, {Dollars.Format(record.Cost)}; ") +
            $"the end model trains on the LLM's answers there and the label model's elsewhere; {judge}."));
    }
}
