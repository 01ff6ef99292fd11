using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Evaluation;
using Spectre.Console;
using TableColumn = Alchemist.Data.TableColumn;

namespace Alchemist.Cli.Commands;

/// <summary>
/// <c>alchemist predict</c>: labels new data with a distilled end model, locally, with no API calls. Rows are predicted
/// and written chunk by chunk (each distinct text featurized once), with rows/s and time left on the way, and scored
/// when the data carries gold labels.
/// </summary>
internal static class PredictCommand
{
    /// <summary>Rows predicted and written at a time: small enough for the first rows to land within seconds.</summary>
    private const int ChunkRows = 2048;

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
        var command = new Command("predict", "Label data with a distilled end model: writes the input rows, the predicted label and its probability.");
        foreach (var option in new Option[] { model, data, output, format, split, textFields, labelField, encoding, json }) command.Options.Add(option);
        Examples.Add(command, "alchemist predict --model my-task/runs/my-task/end_model.bin --data new.csv --out labeled.csv",
            "alchemist predict --model end_model.bin --data test.csv --label-field label --out scored.csv");
        command.SetAction((r, ct) =>
        {
            var io = CommandOutput.Of(r);
            var clock = Stopwatch.StartNew();
            WritableFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(r.GetValue(output)!))!, "The --out file's folder");
            using var endModel = EndModelFile.Load(r.GetValue(model)!, Alchemist.Distillation.Embeddings.EmbeddingCache.ForModel(r.GetValue(model)!));
            var given = r.GetValue(textFields);
            var fields = given is { Length: > 0 } ? given : endModel.TextFields;
            var spec = new DataSourceSpec(r.GetValue(data)!, r.GetValue(format), r.GetValue(split), fields, r.GetValue(labelField), r.GetValue(encoding));
            var dataset = Load(spec, endModel, explicitFields: given is { Length: > 0 }, ct);
            var asJson = r.GetValue(json);
            var path = r.GetValue(output)!;
            var predictor = new DistinctTextPredictor(endModel);
            var probabilities = new float[dataset.Count * endModel.Labels.Count];
            using (var writer = new TableStreamWriter(path))
            {
                if (asJson) PredictAll(dataset, endModel, predictor, writer, probabilities, null, ct);
                else RateProgress.Create(io.Error).Start(context =>
                {
                    var task = context.AddTask($"predicting → {Markup.Escape(Path.GetFileName(writer.PartialPath))}", maxValue: Math.Max(1, dataset.Count));
                    PredictAll(dataset, endModel, predictor, writer, probabilities, n => task.Increment(n), ct);
                });
                writer.Complete();
            }
            var decisions = endModel.Decide(probabilities);
            var scores = dataset.HasGold
                ? Metrics.Score(dataset.Gold!, decisions.Select(d => d.Label).ToArray(),
                    new Pseudolabels(endModel.Labels.Count, probabilities, Enumerable.Repeat(true, dataset.Count).ToArray()))
                : null;
            var counts = endModel.Labels.Names.ToDictionary(n => n, n => decisions.Count(d => endModel.Labels.Names[d.Label] == n));
            var seconds = clock.Elapsed.TotalSeconds;
            if (asJson)
                io.Json(new
                {
                    rows = dataset.Count,
                    distinct_texts = predictor.DistinctTexts,
                    @out = path,
                    end_model = endModel.Kind,
                    features = endModel.Featurizer.Kind,
                    text_fields = dataset.FieldNames,
                    load = DataLoadReport.Of(dataset),
                    predicted = counts,
                    scores,
                    seconds,
                });
            else Print(io.Error, dataset, endModel, predictor, counts, scores, path, seconds);
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Loads the rows; a missing text column gets a hint naming the model's fields and <c>--text-field</c>.</summary>
    private static Dataset Load(DataSourceSpec spec, EndModel model, bool explicitFields, CancellationToken ct)
    {
        try
        {
            return DatasetLoader.Load(spec, model.Labels, ct);
        }
        catch (DataFormatException e) when (!explicitFields && e.Field is { } field && field != spec.LabelField && field != spec.IdField)
        {
            var trainedOn = model.TextFields is { } trained ? $"the model was trained on the field(s) {string.Join(", ", trained)}" : "the model does not record its text field (default 'text')";
            throw new AlchemistException($"{e.Message}. {char.ToUpperInvariant(trainedOn[0])}{trainedOn[1..]}: name the column(s) holding the text with --text-field COLUMN.", e);
        }
    }

    private static void PredictAll(Dataset dataset, EndModel model, DistinctTextPredictor predictor, TableStreamWriter writer, float[] probabilities,
        Action<int>? progress, CancellationToken ct)
    {
        var classes = model.Labels.Count;
        for (var start = 0; start < dataset.Count; start += ChunkRows)
        {
            var rows = Enumerable.Range(start, Math.Min(ChunkRows, dataset.Count - start)).ToArray();
            var chunk = dataset.Select(rows);
            var chunkProbabilities = predictor.Predict(Distiller.Texts(chunk), ct);
            chunkProbabilities.CopyTo(probabilities.AsSpan(start * classes));
            writer.Append(Columns(chunk, model, model.Decide(chunkProbabilities)), ct);
            progress?.Invoke(rows.Length);
        }
        if (dataset.Count == 0) writer.Append(Columns(dataset, model, []), ct);
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

    private static void Print(IAnsiConsole console, Dataset dataset, EndModel model, DistinctTextPredictor predictor, Dictionary<string, int> counts, ClassificationScores? scores,
        string path, double seconds)
    {
        var rate = seconds > 0 ? (dataset.Count / seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
        console.MarkupLine($"Labelled [bold]{dataset.Count:N0}[/] rows ({predictor.DistinctTexts:N0} distinct texts) of {Markup.Escape(dataset.Source)} in {seconds:0.0} s " +
            $"({rate} rows/s): " + Markup.Escape(string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))) + $". Wrote [bold]{Markup.Escape(path)}[/].");
        DataLoadOutput.Render(console, [DataLoadReport.Of(dataset)]);
        if (scores is null) return;
        var f1 = scores.F1Binary is { } binary ? $"F1 ({model.Labels.Names[scores.PositiveClass!.Value]}) {binary:0.000}, " : "";
        console.MarkupLine(Markup.Escape($"On the {scores.N:N0} rows with a gold label: accuracy {scores.Accuracy:0.000}, {f1}F1 macro {scores.F1Macro:0.000}."));
    }
}
