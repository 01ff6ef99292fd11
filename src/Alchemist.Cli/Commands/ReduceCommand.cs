using System.CommandLine;
using Alchemist.Aggregation;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist reduce</c>: sums the shards' statistics and fits the label model from them alone.</summary>
internal static class ReduceCommand
{
    public static Command Create()
    {
        var project = new ProjectArgument();
        var shared = new LabelModelOptions();
        var name = new Option<string?>("--name") { Description = "The run folder's name under PROJECT_DIR/runs/ (default: the task's name)." };
        var command = new Command("reduce", "Sum the statistics of every finished shard and fit the label model: writes RUN/label_model.json, as aggregate does.");
        project.AddTo(command);
        foreach (var option in new Option[] { shared.LabelModel, shared.FitSplit, shared.ClassBalance, shared.Epochs, shared.LearningRate, shared.Optimizer, shared.Seed, name, shared.Json })
            command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var result = ReduceStep.Run(project.Value(r), r.GetValue(name), shared.Aggregation(r), ct);
            var model = result.Model;
            var run = ShardedProject.Load(project.Value(r), r.GetValue(name)).Run;
            if (r.GetValue(shared.Json))
                io.Json(new ReduceJson(run.Root, LabelModels.Names.NameOf(model.Requested), model.Name, result.FitSplit, model.ClassBalance.SourceName, model.ClassBalance.Prior,
                    result.Shards, result.Rows, run.LabelModelPath, model.ProgramAccuracies, model.SelectedBy, result.Quarantined, result.Seconds));
            else
            {
                foreach (var (program, reason) in result.Quarantined)
                    io.Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape($"program '{program}' did not run on every shard ({reason}); its votes there are abstains.")}");
                io.Error.MarkupLine(Markup.Escape($"{result.Shards} shards, {string.Join(", ", result.Rows.Select(s => $"{s.Key}: {s.Value} rows"))} → {model.Name} fitted on '{result.FitSplit}' " +
                    $"(prior from {model.ClassBalance.SourceName}) in {result.Seconds:0.00} s → {run.LabelModelPath}"));
            }
            return Task.FromResult(0);
        });
        return command;
    }
}

/// <summary>The <c>--json</c> object of <c>alchemist reduce</c>.</summary>
internal sealed record ReduceJson(string Run, string LabelModel, string ChosenLabelModel, string FitSplit, string ClassBalanceSource, IReadOnlyList<double> ClassBalance,
    int Shards, IReadOnlyDictionary<string, long> Rows, string LabelModelFile, IReadOnlyList<double>? ProgramAccuracies, IReadOnlyDictionary<string, double>? AutoScores,
    IReadOnlyDictionary<string, string> Quarantined, double Seconds);
