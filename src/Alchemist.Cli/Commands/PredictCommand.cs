using System.CommandLine;
using System.Diagnostics;
using Alchemist.Data;
using Alchemist.Distillation;
using Spectre.Console;
using TableColumn = Alchemist.Data.TableColumn;

namespace Alchemist.Cli.Commands;

/// <summary><c>alchemist predict</c>: labels new data with a distilled end model, locally, with no API calls.</summary>
internal static class PredictCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "The end model file (RUNDIR/end_model.bin from `alchemist distill`).", Required = true };
        var data = new Option<string>("--data") { Description = "Rows to label: CSV, TSV, JSONL, Parquet, a WRENCH split json or folder.", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the rows with their predictions: .csv, .tsv, .jsonl or .parquet.", Required = true };
        var format = new Option<string?>("--format") { Description = "Data format: wrench, csv, tsv, jsonl, parquet (default: from the path)." };
        var split = new Option<string?>("--split") { Description = "For a WRENCH folder: train, valid or test." };
        var textFields = new Option<string[]>("--text-field") { Description = "Field holding the text; repeat for several fields (default: text)." };
        var labelField = new Option<string?>("--label-field") { Description = "Field holding a gold label, copied to the output when given." };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of CSV/TSV/JSONL data (utf-8, latin1, cp1252)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object on stdout instead of a summary." };
        var command = new Command("predict", "Label data with a distilled end model: writes the input rows, the predicted label and its probability.");
        foreach (var option in new Option[] { model, data, output, format, split, textFields, labelField, encoding, json }) command.Options.Add(option);
        command.SetAction((r, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var fields = r.GetValue(textFields);
            var spec = new DataSourceSpec(r.GetValue(data)!, r.GetValue(format), r.GetValue(split), fields is { Length: > 0 } ? fields : null,
                r.GetValue(labelField), r.GetValue(encoding));
            WritableFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(r.GetValue(output)!))!, "The --out file's folder");
            using var endModel = EndModelFile.Load(r.GetValue(model)!);
            var dataset = DatasetLoader.Load(spec, endModel.Labels, ct);
            var asJson = r.GetValue(json);
            var probabilities = asJson
                ? endModel.PredictProbabilities(Distiller.Texts(dataset), null, ct)
                : WithProgressBar(endModel, dataset, ct);
            var decisions = endModel.Decide(probabilities);
            var path = r.GetValue(output)!;
            TableWriter.Write(path, Columns(dataset, endModel, decisions), ct);

            var counts = endModel.Labels.Names.ToDictionary(n => n, n => decisions.Count(d => endModel.Labels.Names[d.Label] == n));
            if (asJson)
            {
                JsonOutput.Write(new
                {
                    rows = dataset.Count,
                    @out = path,
                    end_model = endModel.Kind,
                    features = endModel.Featurizer.Kind,
                    predicted = counts,
                    seconds = clock.Elapsed.TotalSeconds,
                });
            }
            else
            {
                var console = StandardError.Console;
                console.MarkupLine($"Labelled [bold]{dataset.Count}[/] rows of {Markup.Escape(dataset.Source)} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                    Markup.Escape(string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))) + $". Wrote [bold]{Markup.Escape(path)}[/].");
            }
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>The input's id and text fields, the gold label when the data has one, then the prediction.</summary>
    private static List<TableColumn> Columns(Dataset dataset, EndModel model, (int Label, float Probability)[] decisions)
    {
        var columns = new List<TableColumn>();
        if (dataset.Ids is { } ids) columns.Add(new TableColumn("id", ids));
        for (var f = 0; f < dataset.FieldNames.Count; f++) columns.Add(new TableColumn(dataset.FieldNames[f], dataset.Fields[f]));
        if (dataset.Gold is { } gold) columns.Add(new TableColumn("gold_label", gold.Select(g => g < 0 ? "" : model.Labels.Names[g]).ToArray()));
        columns.Add(new TableColumn("predicted_label", decisions.Select(d => model.Labels.Names[d.Label]).ToArray()));
        columns.Add(new TableColumn("probability", decisions.Select(d => d.Probability).ToArray()));
        return columns;
    }

    private static float[] WithProgressBar(EndModel model, Dataset dataset, CancellationToken ct)
    {
        float[]? probabilities = null;
        StandardError.Console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask("featurizing", maxValue: Math.Max(1, dataset.Count));
            probabilities = model.PredictProbabilities(Distiller.Texts(dataset), new Progress<int>(n => task.Value = n), ct);
        });
        return probabilities!;
    }
}
