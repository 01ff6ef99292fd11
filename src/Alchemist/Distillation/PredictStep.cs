using System.Diagnostics;
using Alchemist.Data;
using Alchemist.Distillation.Embeddings;
using Alchemist.Distillation.Features;
using Alchemist.Evaluation;

namespace Alchemist.Distillation;

/// <summary>What <see cref="PredictStep"/> reads, with which model, and where it writes.</summary>
/// <param name="Model">The end model file (RUNDIR/end_model.bin).</param>
/// <param name="Data">The rows to label; no <see cref="DataSourceSpec.TextFields"/> reads the fields the model was trained on.</param>
/// <param name="Output">The table written: .csv, .tsv, .jsonl or .parquet.</param>
/// <param name="RowsPerChunk">Rows read, held and written at a time: bounds memory whatever the input's size.</param>
public sealed record PredictOptions(string Model, DataSourceSpec Data, string Output, int RowsPerChunk = PredictOptions.DefaultRowsPerChunk)
{
    /// <summary>The chunk <c>alchemist predict</c> reads: large enough to batch featurizing, small enough to hold.</summary>
    public const int DefaultRowsPerChunk = 50_000;

    /// <summary>
    /// Most padded tokens per MiniLM batch (<see cref="Embeddings.EmbeddingOptions.BatchTokens"/>); null keeps the
    /// default. Changes speed and memory only: the vectors are the same to 1e-5.
    /// </summary>
    public int? BatchTokens { get; init; }

    /// <summary>Rows predicted and written at a time within a chunk: the progress and the output's row groups move this often (internal: the benchmark varies it).</summary>
    internal int BatchRows { get; init; } = 2048;
}

/// <summary>How far <see cref="PredictStep"/> is: rows written so far to <paramref name="PartialPath"/> (moved to the output at the end).</summary>
public sealed record PredictProgress(long RowsWritten, string PartialPath);

/// <summary>What <see cref="PredictStep"/> did.</summary>
/// <param name="Rows">Rows labelled.</param>
/// <param name="DistinctTexts">Texts featurized: each distinct text once while it is among the last 100,000 distinct texts seen
/// (memory stays bounded), so exactly the distinct texts unless the input has more than that and repeats a text after them.</param>
/// <param name="Output">The table written.</param>
/// <param name="EndModel">The model's kind.</param>
/// <param name="Features">The model's features.</param>
/// <param name="TextFields">The fields read as the text.</param>
/// <param name="Load">Rows read, skipped and dropped over the whole input.</param>
/// <param name="Predicted">Rows per predicted class name, in the model's class order.</param>
/// <param name="Scores">Scores over all rows with a gold label, when the data names a label field; else null.</param>
/// <param name="Seconds">Wall time of the step.</param>
public sealed record PredictResult(int Rows, int DistinctTexts, string Output, EndModelKind EndModel, Features.FeatureKind Features,
    IReadOnlyList<string> TextFields, DataLoadReport Load, IReadOnlyDictionary<string, int> Predicted, ClassificationScores? Scores, double Seconds);

/// <summary>
/// <c>alchemist predict</c>: labels data with a distilled end model, locally. The input is read in chunks of
/// <see cref="PredictOptions.RowsPerChunk"/> rows and each chunk's predictions are written before the next chunk is
/// read, so the first rows are on disk early and memory holds one chunk, not the file; the class counts and gold-label
/// scores are accumulated as counts.
/// </summary>
public static class PredictStep
{
    /// <summary>Labels <see cref="PredictOptions.Data"/> and writes <see cref="PredictOptions.Output"/>.</summary>
    /// <param name="options">What to read and write.</param>
    /// <param name="progress">Told after every batch written.</param>
    /// <param name="cancellationToken">Cancels between rows and batches; the partial output is then deleted.</param>
    /// <exception cref="AlchemistException">The model, the data or the output folder is unusable; a missing text column names the model's fields.</exception>
    public static PredictResult Run(PredictOptions options, IProgress<PredictProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        WritableFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(options.Output))!, "The --out file's folder");
        var loading = StageTimes.Measure(PredictStage.ModelLoad);
        using var model = WithBatchTokens(EndModelFile.Load(options.Model, EmbeddingCache.ForModel(options.Model)), options);
        loading.Dispose();
        var explicitFields = options.Data.TextFields is { Count: > 0 };
        var spec = explicitFields ? options.Data : options.Data with { TextFields = model.TextFields };
        var predictor = new DistinctTextPredictor(model);
        var classes = model.Labels.Count;
        var counts = new int[classes];
        var scores = spec.LabelField is null ? null : new ScoreAccumulator(classes);
        var load = new LoadTally();
        IReadOnlyList<string> fieldNames = spec.TextFields ?? [];
        using (var writer = new TableStreamWriter(options.Output))
        {
            using var chunks = Guard(() => DatasetLoader.ReadChunks(spec, model.Labels, options.RowsPerChunk, cancellationToken).GetEnumerator(), spec, model, explicitFields);
            while (Guard(() => { using var read = StageTimes.Measure(PredictStage.Read); return chunks.MoveNext(); }, spec, model, explicitFields))
            {
                var chunk = chunks.Current;
                load.Add(chunk);
                fieldNames = chunk.FieldNames;
                if (chunk.Count == 0 && writer.Rows == 0) writer.Append(Columns(chunk, model, []), cancellationToken);
                for (var start = 0; start < chunk.Count; start += options.BatchRows)
                {
                    Dataset batch;
                    using (StageTimes.Measure(PredictStage.Read)) batch = chunk.Select(Enumerable.Range(start, Math.Min(options.BatchRows, chunk.Count - start)).ToArray());
                    var probabilities = predictor.Predict(Distiller.Texts(batch), cancellationToken);
                    var decisions = model.Decide(probabilities);
                    for (var r = 0; r < decisions.Length; r++)
                    {
                        counts[decisions[r].Label]++;
                        scores?.Add(batch.Gold![r], decisions[r].Label, probabilities.AsSpan(r * classes, classes), covered: true);
                    }
                    using (StageTimes.Measure(PredictStage.Write)) writer.Append(Columns(batch, model, decisions), cancellationToken);
                    progress?.Report(new PredictProgress(writer.Rows, writer.PartialPath));
                }
            }
            writer.Complete();
        }
        var predicted = Enumerable.Range(0, classes).ToDictionary(c => model.Labels.Names[c], c => counts[c]);
        return new PredictResult(load.Rows, predictor.Featurized, options.Output, model.Kind, model.Featurizer.Kind, fieldNames, load.Report(),
            predicted, scores?.Finish(), clock.Elapsed.TotalSeconds);
    }

    /// <summary>The model with <see cref="PredictOptions.BatchTokens"/> in its MiniLM settings (alone or beside TF-IDF), when given (the loaded featurizer has embedded nothing yet).</summary>
    private static EndModel WithBatchTokens(EndModel model, PredictOptions options)
    {
        if (options.BatchTokens is not { } tokens) return model;
        MiniLmFeaturizer Rebatched(MiniLmFeaturizer miniLm)
        {
            miniLm.Dispose();
            return new MiniLmFeaturizer(miniLm.Options with { BatchTokens = tokens }, EmbeddingCache.ForModel(options.Model));
        }
        return model.Featurizer switch
        {
            MiniLmFeaturizer miniLm => model with { Featurizer = Rebatched(miniLm) },
            ConcatenatedFeaturizer both => model with { Featurizer = new ConcatenatedFeaturizer(Rebatched(both.MiniLm), both.Tfidf) },
            _ => model,
        };
    }

    /// <summary>Runs a read; a missing text column gets a hint naming the model's fields and <c>--text-field</c>.</summary>
    private static T Guard<T>(Func<T> read, DataSourceSpec spec, EndModel model, bool explicitFields)
    {
        try
        {
            return read();
        }
        catch (DataFormatException e) when (!explicitFields && e.Field is { } field && field != spec.LabelField && field != spec.IdField)
        {
            var trainedOn = model.TextFields is { } trained ? $"the model was trained on the field(s) {string.Join(", ", trained)}" : "the model does not record its text field (default 'text')";
            throw new AlchemistException($"{e.Message}. {char.ToUpperInvariant(trainedOn[0])}{trainedOn[1..]}: name the column(s) holding the text with --text-field COLUMN.", e);
        }
    }

    /// <summary>The input's id and text fields, the gold label when the data has one, then the prediction.</summary>
    internal static List<TableColumn> Columns(Dataset dataset, EndModel model, (int Label, float Probability)[] decisions)
    {
        var columns = new List<TableColumn>();
        if (dataset.Ids is { } ids) columns.Add(new TableColumn("id", ids));
        for (var f = 0; f < dataset.FieldNames.Count; f++) columns.Add(new TableColumn(dataset.FieldNames[f], dataset.Fields[f]));
        if (dataset.Gold is { } gold) columns.Add(new TableColumn("gold_label", gold.Select(g => g < 0 ? "" : model.Labels.Names[g]).ToArray()));
        columns.Add(new TableColumn("predicted_label", decisions.Select(d => model.Labels.Names[d.Label]).ToArray()));
        columns.Add(new TableColumn("probability", decisions.Select(d => d.Probability).ToArray()));
        return columns;
    }

    /// <summary>The load report of the whole input from its chunks': each chunk counts what was left out while it was read.</summary>
    private sealed class LoadTally
    {
        private readonly List<RowIssue> _examples = [];
        private string _source = "";
        private int _skipped, _dropped;

        public int Rows { get; private set; }

        public void Add(Dataset chunk)
        {
            var report = DataLoadReport.Of(chunk);
            if (Rows == 0 && _source.Length == 0) _source = report.Source;
            Rows += report.Rows;
            _skipped += report.Skipped;
            _dropped += report.Dropped;
            foreach (var issue in report.Examples)
                if (_examples.Count(e => e.Kind == issue.Kind) < DataLoadReport.ExamplesPerKind) _examples.Add(issue);
        }

        public DataLoadReport Report() => new(_source, Rows, _skipped, _dropped, _examples);
    }
}
