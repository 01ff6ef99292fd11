using System.CommandLine;
using System.Globalization;
using Alchemist.Data;
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
            var console = io.Error;
            var run = new RunFolder(r.GetValue(runOption)!);
            var manifest = RunManifest.Load(run);
            var split = r.GetValue(splitOption) ?? (manifest.Splits.ContainsKey("valid") ? "valid" : manifest.Splits.Keys.First());
            if (!manifest.Splits.TryGetValue(split, out var source))
                throw new AlchemistException($"{run.ManifestPath}: the run has no split '{split}' (it has {string.Join(", ", manifest.Splits.Keys)}).");
            var matrix = manifest.LoadMatrix(run, split);
            var stats = ProgramStatsFile.Load(run.ProgramStatsPath(split));
            var dataset = DatasetLoader.Load(source, manifest.LabelSet, ct);
            if (dataset.Count != matrix.Rows)
                throw new AlchemistException($"{run.LabelMatrixPath(split)} has {matrix.Rows} rows but {source.Path} now has {dataset.Count}: re-run 'alchemist apply'.");
            var summary = ProgramAnalysis.Summarize(matrix, dataset.HasGold ? dataset.Gold : null);
            if (r.GetValue(json)) io.Json(ToJson(split, summary, stats));
            else Render(console, split, summary, stats, manifest.LabelSet);
            return Task.FromResult(0);
        });
        return command;
    }

    private static object ToJson(string split, LabelMatrixSummary summary, IReadOnlyList<ProgramStats> stats) => new
    {
        split,
        rows = summary.Rows,
        coverage = summary.Coverage,
        overlap = summary.Overlap,
        conflict = summary.Conflict,
        programs = summary.Programs.Select((p, j) => new
        {
            name = p.Name,
            polarity = p.Polarity,
            coverage = p.Coverage,
            overlaps = p.Overlaps,
            conflicts = p.Conflicts,
            correct = p.Correct,
            incorrect = p.Incorrect,
            emp_acc = p.EmpiricalAccuracy,
            faults = j < stats.Count ? stats[j].FaultCount : 0,
            quarantined = j < stats.Count && stats[j].Quarantined,
        }).ToArray(),
    };

    private static void Render(IAnsiConsole console, string split, LabelMatrixSummary summary, IReadOnlyList<ProgramStats> stats, LabelSet labels)
    {
        var withGold = summary.Programs.Any(p => p.Correct is not null);
        var table = new Table().Title($"{split}: {summary.Rows} rows; coverage {summary.Coverage:P1}, overlap {summary.Overlap:P1}, conflict {summary.Conflict:P1}");
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
            if (withGold) cells.AddRange([$"{p.Correct}", $"{p.Incorrect}", F(p.EmpiricalAccuracy ?? 0)]);
            cells.Add(j < stats.Count ? (stats[j].Quarantined ? "quarantined" : $"{stats[j].FaultCount}") : "");
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
