using System.CommandLine;
using System.Globalization;
using Alchemist.Labeling;
using Alchemist.Pipeline;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist analyze</c>: Snorkel's <c>lf_summary</c> table for one split of a run.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var runOption = new Option<string>("--run") { Description = "The run folder written by 'alchemist apply'.", Required = true };
        var splitOption = new Option<string?>("--split") { Description = "The split to analyse (default: valid when the run has it, else its first split)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of the table." };
        var command = new Command("analyze", "Per-program polarity, coverage, overlaps, conflicts and (with gold labels) accuracy.");
        foreach (var option in new Option[] { runOption, splitOption, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var run = new RunFolder(r.GetValue(runOption)!);
            // The analysis stage of `alchemist run`, reporting one split.
            var analysis = AnalyzeStep.Run(run, r.GetValue(splitOption), ct);
            if (r.GetValue(json)) io.Json(analysis);
            else Render(io.Error, analysis, RunManifest.Load(run).LabelSet);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Render(IAnsiConsole console, SplitAnalysis summary, LabelSet labels)
    {
        var withGold = summary.Programs.Any(p => p.Correct is not null);
        var table = new Table().Title($"{summary.Split}: {summary.Rows} rows; coverage {summary.Coverage:P1}, overlap {summary.Overlap:P1}, conflict {summary.Conflict:P1}");
        foreach (var header in new[] { "Program", "Polarity", "Coverage", "Overlaps", "Conflicts" }) table.AddColumn(header);
        if (withGold) foreach (var header in new[] { "Correct", "Incorrect", "Emp. Acc." }) table.AddColumn(header);
        table.AddColumn("Faults");
        for (var j = 0; j < summary.Programs.Count; j++)
        {
            var p = summary.Programs[j];
            var cells = new List<string>
            {
                Markup.Escape(p.Name), Markup.Escape("[" + string.Join(", ", p.Polarity.Select(labels.NameOf)) + "]"),
                F(p.Coverage), F(p.Overlaps), F(p.Conflicts),
            };
            if (withGold) cells.AddRange([$"{p.Correct}", $"{p.Incorrect}", F(p.EmpAcc ?? 0)]);
            cells.Add(p.Quarantined ? "quarantined" : $"{p.Faults}");
            table.AddRow(cells.ToArray());
        }
        ConsoleTables.Write(console, table, 0);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
