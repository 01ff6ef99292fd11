using System.Text;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Evaluation;
using Alchemist.Tests.Pipeline;

namespace Alchemist.Tests.Distillation;

/// <summary>
/// <see cref="PredictStep"/> streams its input: chunked reading writes the same table and the same scores as reading
/// the file whole, and a chunk's rows are on disk before the next chunk is read.
/// </summary>
public sealed class PredictStepTests
{
    private static async Task<string> TrainAsync(CsvProject project)
    {
        var (code, summary) = await CliInProcess.RunAsync("run", project.Root, "--offline", "--in-process", "--features", "tfidf", "--end-model", "logreg", "--json");
        Assert.Equal(0, code);
        return Path.Combine(summary.GetProperty("run").GetString()!, "end_model.bin");
    }

    private static string[] JsonLines(int rows) =>
        CsvProject.Csv(rows).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => $"{{\"comment\":\"{f[0]}\",\"label\":\"{f[1]}\"}}").ToArray();

    [Fact]
    public async Task Chunks_write_the_table_and_scores_of_a_whole_read()
    {
        using var project = new CsvProject(rows: 240);
        var model = await TrainAsync(project);
        var data = Path.Combine(project.Root, "new.csv");
        File.WriteAllText(data, CsvProject.Csv(500));
        var spec = new DataSourceSpec(data, LabelField: "label");

        var whole = PredictStep.Run(new PredictOptions(model, spec, Path.Combine(project.Root, "whole.csv"), RowsPerChunk: int.MaxValue));
        var chunked = PredictStep.Run(new PredictOptions(model, spec, Path.Combine(project.Root, "chunked.csv"), RowsPerChunk: 97));

        Assert.Equal(500, chunked.Rows);
        Assert.Equal(File.ReadAllBytes(Path.Combine(project.Root, "whole.csv")), File.ReadAllBytes(Path.Combine(project.Root, "chunked.csv")));
        Assert.Equal(whole.Predicted, chunked.Predicted);
        Assert.Equal(whole.DistinctTexts, chunked.DistinctTexts);
        Assert.Equal(whole.Load with { Examples = [] }, chunked.Load with { Examples = [] });
        // The accumulated scores are those of the rows scored together, as predict scored them before it streamed.
        using var endModel = EndModelFile.Load(model);
        var labels = endModel.Labels;
        var read = DatasetLoader.Load(spec with { TextFields = ["comment"] }, labels);
        var probabilities = endModel.PredictProbabilities(Distiller.Texts(read), null, default);
        var expected = Metrics.Score(read.Gold!, endModel.Decide(probabilities).Select(d => d.Label).ToArray(),
            new Pseudolabels(labels.Count, probabilities, Enumerable.Repeat(true, read.Count).ToArray()));
        AssertSameScores(expected, whole.Scores!);
        AssertSameScores(expected, chunked.Scores!);
    }

    [Fact]
    public async Task A_bounded_text_memory_gives_the_probabilities_of_predicting_every_row_and_keeps_at_most_its_capacity()
    {
        using var project = new CsvProject(rows: 240);
        using var model = EndModelFile.Load(await TrainAsync(project));
        var distinct = CsvProject.Csv(40).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).ToArray();
        // Batches of 7 rows cycling through the 40 texts three times, with a repeat inside every batch.
        var rows = Enumerable.Range(0, 120).Select(i => distinct[i % 40]).ToArray();
        var batches = rows.Chunk(7).Select(b => (IReadOnlyList<string>)[.. b, b[0]]).ToArray();
        var expected = model.PredictProbabilities(batches.SelectMany(b => b).ToArray(), null, default);
        var bounded = new DistinctTextPredictor(model, capacity: 5);
        var unbounded = new DistinctTextPredictor(model, capacity: int.MaxValue);

        var offset = 0;
        foreach (var batch in batches)
        {
            var slice = expected.AsSpan(offset * model.Labels.Count, batch.Count * model.Labels.Count).ToArray();
            Assert.Equal(slice, bounded.Predict(batch));
            Assert.Equal(slice, unbounded.Predict(batch));
            Assert.InRange(bounded.Kept, 1, 5);
            offset += batch.Count;
        }

        Assert.Equal(40, unbounded.Featurized);   // every distinct text once
        Assert.Equal(40, unbounded.Kept);
        Assert.Equal(120, bounded.Featurized);    // a text comes back 40 distinct texts later, long after it was dropped: featurized again, identically
    }

    private static void AssertSameScores(ClassificationScores expected, ClassificationScores actual)
    {
        Assert.Equal(expected with { ConfusionMatrix = [] }, actual with { ConfusionMatrix = [] });
        Assert.Equal(expected.ConfusionMatrix, actual.ConfusionMatrix);
    }

    [Fact]
    public async Task The_first_chunk_is_written_before_a_later_chunk_is_read()
    {
        using var project = new CsvProject(rows: 240);
        var model = await TrainAsync(project);
        // Row 150 is not UTF-8: reading the second chunk of 100 rows fails, after the first chunk was written.
        var data = Path.Combine(project.Root, "stream.jsonl");
        var lines = JsonLines(200);
        using (var file = File.Create(data))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                file.Write(Encoding.UTF8.GetBytes(lines[i]));
                if (i == 149) file.Write([0xC3, 0x28]);
                file.WriteByte((byte)'\n');
            }
        }
        var written = new List<int>();
        var progress = new SynchronousProgress<PredictProgress>(p => written.Add(File.ReadAllLines(p.PartialPath).Length - 1));

        var options = new PredictOptions(model, new DataSourceSpec(data, TextFields: ["comment"]), Path.Combine(project.Root, "out.csv"), RowsPerChunk: 100);
        Assert.ThrowsAny<AlchemistException>(() => PredictStep.Run(options, progress));

        Assert.Equal([100], written);
        Assert.False(File.Exists(options.Output));
    }

    private sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
    {
        public void Report(T value) => handler(value);
    }
}
