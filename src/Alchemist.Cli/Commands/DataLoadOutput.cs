using Alchemist.Data;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>Says how many rows loading left out and why, with the first few of each kind: no row disappears silently.</summary>
internal static class DataLoadOutput
{
    /// <summary>One line per source that left rows out (the sides of a holdout share one load, so one line), then its examples.</summary>
    public static void Render(IAnsiConsole console, IEnumerable<DataLoadReport> loads)
    {
        foreach (var load in loads.Where(l => l.LeftOut).DistinctBy(l => l.Source))
        {
            var parts = new List<string>();
            if (load.Skipped > 0) parts.Add($"{load.Skipped:N0} bad row(s) skipped (skip_bad_rows)");
            if (load.Dropped > 0) parts.Add($"{load.Dropped:N0} row(s) dropped on purpose (label_map / excluded ids)");
            console.MarkupLine($"[yellow]{Markup.Escape($"{load.Source}: {string.Join(", ", parts)}; for example:")}[/]");
            foreach (var issue in load.Examples)
                console.MarkupLine(Markup.Escape($"  {issue.Kind.ToString().ToLowerInvariant()} row {issue.Row}{(issue.Field is { } f ? $", field '{f}'" : "")}: {issue.Problem}"));
        }
    }
}
