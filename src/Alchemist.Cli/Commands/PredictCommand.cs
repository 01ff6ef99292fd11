using System.CommandLine;
using System.Globalization;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist predict</c>: labels new data with a distilled end model, locally, with no API calls: parses the options
/// into <see cref="PredictOptions"/>, runs <see cref="PredictStep"/> (which streams the input in chunks) with rows/s on
/// the way, and renders its <see cref="PredictResult"/>; or, for a project with a shard plan, predicts shards:
/// <c>predict PROJECT_DIR --shard K</c> (K also from a job array's variable) or every shard as local processes, then
/// gathers them with <c>--out</c> (<see cref="ShardPredict"/>).
/// </summary>
internal static class PredictCommand
{
    public static Command Create()
    {
        var project = new Argument<string?>("PROJECT_DIR")
        {
            Description = "With a shard plan (alchemist plan): the project folder whose shards to predict; default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        // An unknown option would otherwise be taken for the optional folder.
        project.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', ..] value }]) result.AddError($"Unrecognized command or argument '{value}'");
        });
        var shard = new Option<int?>("--shard") { Description = $"With PROJECT_DIR: predict only shard K of the plan (default: from {string.Join(", ", ShardApplyStep.IndexVariables)})." };
        var parallel = new Option<int>("--parallel") { Description = "With PROJECT_DIR and no shard index: predict every shard not yet predicted as P local processes.", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "With PROJECT_DIR: the run folder's name under PROJECT_DIR/runs/ (default: the task's name)." };
        var model = new Option<string?>("--model") { Description = "The end model file (RUNDIR/end_model.bin from `alchemist distill`); with PROJECT_DIR, default: the run's." };
        var data = new Option<string?>("--data") { Description = "Rows to label: CSV, TSV, JSONL, Parquet, a WRENCH split json or folder." };
        var output = new Option<string?>("--out") { Description = "Where to write the rows with their predictions: .csv, .tsv, .jsonl or .parquet (with PROJECT_DIR: every shard's, in plan order)." };
        var format = new Option<string?>("--format") { Description = "Data format: wrench, csv, tsv, jsonl, parquet (default: from the path)." };
        var split = new Option<string?>("--split") { Description = "For a WRENCH folder: train, valid or test (with PROJECT_DIR: gather only this split's shards)." };
        var textFields = new Option<string[]>("--text-field") { Description = "Field holding the text; repeat for several fields (default: the field(s) the model was trained on)." };
        var labelField = new Option<string?>("--label-field") { Description = "Field holding a gold label: copied to the output, and accuracy / F1 are printed." };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of CSV/TSV/JSONL data (utf-8, latin1, cp1252)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var batchTokens = BatchTokensOption.Create();
        var command = new Command("predict", "Label data with a distilled end model: writes the input rows, the predicted label and its probability.");
        command.Arguments.Add(project);
        foreach (var option in new Option[] { model, data, output, format, split, textFields, labelField, encoding, shard, parallel, name, json, batchTokens }) command.Options.Add(option);
        Examples.Add(command, "alchemist predict --model my-task/runs/my-task/end_model.bin --data new.csv --out labeled.csv",
            "alchemist predict --model end_model.bin --data test.csv --label-field label --out scored.csv",
            "alchemist predict my-task --shard 3", "alchemist predict my-task --parallel 4 --out all.parquet");
        command.SetAction(async (r, ct) =>
        {
            var io = CommandOutput.Of(r);
            if (r.GetValue(data) is null)
            {
                if (r.GetValue(format) is not null || r.GetValue(labelField) is not null || r.GetValue(encoding) is not null || r.GetValue(textFields) is { Length: > 0 })
                    throw new AlchemistException("--format, --text-field, --label-field and --encoding go with --data; a project's shards are read as its alchemist.yaml says.");
                return await ShardPredict.RunAsync(io, r.GetValue(project) ?? ".", r.GetValue(name), r.GetValue(shard), r.GetValue(parallel), r.GetValue(model),
                    r.GetValue(output), r.GetValue(split), r.GetValue(json), ct);
            }
            if (r.GetValue(project) is not null || r.GetValue(shard) is not null || r.GetValue(name) is not null)
                throw new AlchemistException("PROJECT_DIR, --shard and --name predict a project's planned shards; they do not go with --data.");
            if (r.GetValue(model) is null || r.GetValue(output) is null)
                throw new AlchemistException("--data needs --model FILE and --out FILE (or give PROJECT_DIR to predict a project's planned shards).");
            var given = r.GetValue(textFields);
            var spec = new DataSourceSpec(r.GetValue(data)!, r.GetValue(format), r.GetValue(split), given is { Length: > 0 } ? given : null, r.GetValue(labelField), r.GetValue(encoding));
            var options = new PredictOptions(r.GetValue(model)!, spec, r.GetValue(output)!) { BatchTokens = r.GetValue(batchTokens) };
            var asJson = r.GetValue(json);
            PredictResult? result = null;
            if (asJson) result = PredictStep.Run(options, null, ct);
            else RateProgress.Create(io.Error).Start(context =>
            {
                // The input is streamed, so its length is unknown: the bar runs indeterminate and shows rows/s.
                var task = context.AddTask($"predicting → {Markup.Escape(Path.GetFileName(options.Output))}", maxValue: double.MaxValue);
                task.IsIndeterminate = true;
                result = PredictStep.Run(options, RateProgress.Of<PredictProgress>(p => task.Value = p.RowsWritten), ct);
            });
            if (asJson)
                io.Json(PredictJson.Of(result!));
            else Print(io.Error, result!);
            return 0;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, PredictResult result)
    {
        var rate = result.Seconds > 0 ? (result.Rows / result.Seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
        console.MarkupLine($"Labelled [bold]{result.Rows:N0}[/] rows ({result.DistinctTexts:N0} distinct texts) of {Markup.Escape(result.Load.Source)} in {result.Seconds:0.0} s " +
            $"({rate} rows/s): " + Markup.Escape(string.Join(", ", result.Predicted.Select(c => $"{c.Key} {c.Value}"))) + $". Wrote [bold]{Markup.Escape(result.Output)}[/].");
        DataLoadOutput.Render(console, [result.Load]);
        if (result.Scores is not { } scores) return;
        var f1 = scores.F1Binary is { } binary ? $"F1 ({result.Predicted.Keys.ElementAt(scores.PositiveClass!.Value)}) {binary:0.000}, " : "";
        console.MarkupLine(Markup.Escape($"On the {scores.N:N0} rows with a gold label: accuracy {scores.Accuracy:0.000}, {f1}F1 macro {scores.F1Macro:0.000}."));
    }
}
