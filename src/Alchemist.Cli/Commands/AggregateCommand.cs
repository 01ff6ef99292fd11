using System.CommandLine;
using Alchemist.Aggregation;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist aggregate</c>: fits a label model and writes pseudolabels (and the model) into a run folder.</summary>
internal static class AggregateCommand
{
    public static Command Create()
    {
        var shared = new LabelModelOptions();
        var output = new Option<string?>("--out") { Description = "With --data: the run folder to create from the dataset's own weak labels." };
        var command = new Command("aggregate", "Aggregate votes with a label model: writes label_model.json and SPLIT/pseudolabels.csv into the run folder.");
        shared.AddTo(command);
        command.Options.Add(output);
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var fromData = r.GetValue(shared.Data) is not null;
            var run = fromData
                ? new RunFolder(r.GetValue(output) ?? throw new AlchemistException("--data needs --out RUNDIR: the run folder to create."))
                : shared.RunFolder(r) ?? throw new AlchemistException("Give either --run RUNDIR or --data DIR --weak-labels dataset --out RUNDIR.");
            if (!fromData && r.GetValue(output) is not null) throw new AlchemistException("--out is only for --data; with --run the pseudolabels go into RUNDIR.");
            // On a run folder, the fit the run itself makes: on its LLM-labeled sample, without the programs refinement retired.
            var options = fromData ? shared.Aggregation(r) : Pipeline.RunAggregation.For(run, shared.Aggregation(r));
            var splits = shared.Load(r, options.ReadsGold, ct);
            var result = AggregateStep.Run(splits, run, options, writeInputs: fromData, ct);
            var model = result.Model;
            var summary = new
            {
                run = run.Root,
                label_model = LabelModels.Names.NameOf(model.Requested),
                chosen_label_model = model.Name,
                fit_split = result.FitSplit,
                class_balance_source = model.ClassBalance.SourceName,
                class_balance_split = model.ClassBalance.Source == ClassBalanceSource.DevGold ? model.ClassBalance.Detail : null,
                class_balance = model.ClassBalance.Prior,
                weak_labels_from_data = fromData,
                excluded_ids_file = splits.ExcludedIdsFile,
                label_model_file = run.LabelModelPath,
                splits = result.Pseudolabels.ToDictionary(s => s.Key, s => new { rows = s.Value.Rows, coverage = s.Value.Coverage, pseudolabels_file = run.PseudolabelsPath(s.Key) }),
                program_accuracies = model.ProgramAccuracies,
                auto_scores = model.SelectedBy,
                seconds = result.Seconds,
            };
            if (r.GetValue(shared.Json)) io.Json(summary);
            else
                foreach (var (name, s) in result.Pseudolabels)
                    io.Error.MarkupLine(Markup.Escape(
                        $"{name}: {s.Rows} rows, coverage {s.Coverage:P1} → {run.PseudolabelsPath(name)} ({summary.chosen_label_model}, fitted on '{result.FitSplit}', prior from {summary.class_balance_source})"));
            return Task.FromResult(0);
        });
        return command;
    }
}
