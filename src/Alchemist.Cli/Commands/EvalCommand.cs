using System.CommandLine;
using Alchemist.Aggregation;
using Alchemist.Evaluation;
using Alchemist.Pipeline;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist eval</c>: fits a label model on one split's votes and scores it on another split's gold labels.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var shared = new LabelModelOptions();
        var split = new Option<string?>("--split") { Description = "Split whose gold labels score the model (default: test when the run has it, else valid, else its only split)." };
        var tieBreak = ChoiceOption.Create("--tie-break", TieBreakPolicy.Names, TieBreakKind.Prior,
            "How ties and uncovered rows become answers: prior (most probable class a priori), random (seeded hash), lowest (lowest id, as WRENCH's argmax), abstain (counts as wrong).");
        var positive = new Option<int>("--positive-class") { Description = "Positive class id for binary F1.", DefaultValueFactory = _ => 1 };
        var endModel = new Option<bool>("--end-model") { Description = "Score the run's distilled end model (RUNDIR/end_model.bin, needs --run) instead of a label model." };
        var command = new Command("eval", "Evaluate a label model on a split's gold labels (scores on all rows and on covered rows), or with --end-model the run's distilled end model.");
        shared.AddTo(command);
        Examples.Add(command, "alchemist eval --run my-task/runs/my-task", "alchemist eval --run my-task/runs/my-task --end-model", "alchemist eval --data ../shared/data/youtube --weak-labels dataset --label-model snorkel");
        command.Options.Add(split);
        command.Options.Add(tieBreak);
        command.Options.Add(positive);
        command.Options.Add(endModel);
        var groupField = new Option<string?>("--group-field") { Description = "A column of the scored split's data naming each row's group (e.g. class × background): adds average, worst-group accuracy and the gap." };
        command.Options.Add(groupField);
        command.Validators.Add(v =>
        {
            if (v.GetValue(endModel) && v.GetValue(shared.Run) is null) v.AddError("--end-model needs --run RUNDIR (the run the model was distilled in).");
        });
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            if (r.GetValue(endModel))
            {
                EndModelEvalOutput.Run(io, r.GetValue(shared.Run)!, r.GetValue(split), r.GetValue(positive), r.GetValue(shared.Json), ct);
                return Task.FromResult(0);
            }
            var splits = shared.Load(r, loadGold: true, ct);
            var options = new EvaluateOptions(r.GetValue(shared.ClassBalance)!, r.GetValue(shared.Seed), WithEndModel: false, r.GetValue(tieBreak),
                r.GetValue(shared.LabelModel), shared.Snorkel(r), r.GetValue(shared.FitSplit), r.GetValue(positive), r.GetValue(groupField));
            var run = shared.RunFolder(r);
            // An aggregated run gets its evaluation.json from the very step `run` runs, with these options (run's are the defaults).
            if (run is not null && File.Exists(run.LabelModelPath))
                EvaluateStep.Run(run, options with { WithEndModel = File.Exists(run.EndModelPath) }, ct);
            var result = EvaluateStep.Score(splits, DefaultSplit.Choose(r.GetValue(split), splits.Splits.Keys.ToArray()), options, ct);
            // A run with a recorded zero-shot baseline on this split: programs and zero-shot side by side.
            var baseline = run is null ? null : ZeroShotComparison.Load(run) is { } b && b.Split == result.EvalSplit ? b : null;
            if (r.GetValue(shared.Json))
                io.Json(LabelModelEvalJson.Of(result, splits, baseline));
            else
            {
                Render(io.Error, result, splits);
                if (baseline is not null) ZeroShotComparison.Render(io.Error, baseline, result.ChosenLabelModel, result.All, null, ZeroShotComparison.Synthesis(run!));
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Render(IAnsiConsole console, LabelModelEvaluation e, VoteSplits splits)
    {
        var model = e.LabelModel == e.ChosenLabelModel ? e.LabelModel : $"{e.LabelModel} → {e.ChosenLabelModel}";
        var table = new Table().Title(Markup.Escape($"{model}: fitted on '{e.FitSplit}' votes, scored on '{e.EvalSplit}' gold ({splits.Origin})"));
        foreach (var header in new[] { "Rows", "n", "Accuracy", "F1 (binary)", "F1 (macro)", "Coverage", "Brier", "ECE" }) table.AddColumn(header);
        foreach (var (name, s) in new[] { ("all", e.All), ("covered", e.Covered) })
            table.AddRow(name, $"{s.N}", $"{s.Accuracy:F4}", s.F1Binary is { } f ? $"{f:F4}" : "-", $"{s.F1Macro:F4}", $"{s.Coverage:F4}", $"{s.Brier:F4}", $"{s.Ece:F4}");
        ConsoleTables.Write(console, table);
        if (e.Groups is { } g)
            console.MarkupLine(Markup.Escape($"Groups: average accuracy {g.Average:F4}, worst group {g.WorstGroup:F4} ({g.WorstGroupName}), gap {g.Gap:F4}."));
        var balance = string.Join(", ", e.ClassBalance.Prior.Select(p => p.ToString("F3")));
        console.MarkupLine(Markup.Escape($"Class balance [{balance}] from {e.ClassBalance.SourceName}{(e.ClassBalance.Detail is { } d ? $" ({d})" : "")}; ties and uncovered rows: {e.TieBreak.Name}."));
    }
}
