using System.CommandLine;
using System.Globalization;
using Alchemist.Data;
using Alchemist.Distillation;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist predict</c>: labels new data with a distilled end model, locally, with no API calls: parses the options
/// into <see cref="PredictOptions"/>, runs <see cref="PredictStep"/> (which streams the input in chunks) with rows/s on
/// the way, and renders its <see cref="PredictResult"/>.
/// </summary>
internal static class PredictCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The end model file (RUNDIR/end_model.bin from `alchemist distill`).", Required = true };
        var data = new Option<string>("--data") { Description = "Rows to label: CSV, TSV, JSONL, Parquet, a WRENCH split json or folder.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the rows with their predictions: .csv, .tsv, .jsonl or .parquet.", Required = true };
        var format = new Option<string?>("--format") { Description = "Data format: wrench, csv, tsv, jsonl, parquet (default: from the path)." };
        var split = new Option<string?>("--split") { Description = "For a WRENCH folder: train, valid or test." };
        var textFields = new Option<string[]>("--text-field") { Description = "Field holding the text; repeat for several fields (default: the field(s) the model was trained on)." };
        var labelField = new Option<string?>("--label-field") { Description = "Field holding a gold label: copied to the output, and accuracy / F1 are printed." };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of CSV/TSV/JSONL data (utf-8, latin1, cp1252)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var batchTokens = BatchTokensOption.Create();
        var command = new Command("predict", "Label data with a distilled end model: writes the input rows, the predicted label and its probability.");
        foreach (var option in new Option[] { model, data, output, format, split, textFields, labelField, encoding, json, batchTokens }) command.Options.Add(option);
        Examples.Add(command, "alchemist predict --model my-task/runs/my-task/end_model.bin --data new.csv --out labeled.csv",
            "alchemist predict --model end_model.bin --data test.csv --label-field label --out scored.csv");
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
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
            return Task.FromResult(0);
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
