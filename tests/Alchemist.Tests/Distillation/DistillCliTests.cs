using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Pipeline;
using Alchemist.Tests.Data;
using Alchemist.Labeling;

namespace Alchemist.Tests.Distillation;

/// <summary>distill → predict on a run folder made from YouTube's WRENCH splits and its own weak labels.</summary>
public sealed class DistillCliTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A run folder as `aggregate` leaves it: manifest with the three splits, train pseudolabels (soft vote shares).</summary>
    private RunFolder YouTubeRun()
    {
        var run = new RunFolder(_folder.PathOf("run"));
        var folder = TestPaths.Shared("youtube");
        var splits = new[] { "train", "valid", "test" }.ToDictionary(s => s, s => new DataSourceSpec(folder, "wrench", s));
        var train = DatasetLoader.Load(splits["train"]);
        new RunManifest(train.Labels.Names, splits, [], WeakLabelsFromData: true).Save(run);
        var shares = DistillerTests.VoteShares(train);
        var probabilities = new float[train.Count * 2];
        var covered = new bool[train.Count];
        for (var r = 0; r < train.Count; r++) probabilities[2 * r] = probabilities[2 * r + 1] = 0.5f;
        for (var i = 0; i < shares.Count; i++)
        {
            covered[shares.Rows[i]] = true;
            shares.Target(i).CopyTo(probabilities.AsSpan(2 * shares.Rows[i], 2));
        }
        PseudolabelsFile.Save(run.PseudolabelsPath("train"), new Pseudolabels(2, probabilities, covered));
        return run;
    }

    [Fact]
    public void Distill_then_predict_writes_a_model_and_labelled_rows()
    {
        var run = YouTubeRun();
        var distill = CliProcess.Run("distill", "--run", run.Root, "--end-model", "logreg", "--features", "tfidf", "--seed", "2", "--json");
        Assert.True(distill.ExitCode == 0, distill.StandardError);
        var summary = distill.Json;
        Assert.Equal("logreg", summary.GetProperty("end_model").GetString());
        Assert.Equal("tfidf", summary.GetProperty("features").GetString());
        Assert.Equal("valid", summary.GetProperty("dev_split").GetString());
        Assert.Equal("gold", summary.GetProperty("validation_source").GetString());
        Assert.Equal(1586, summary.GetProperty("rows").GetInt32());
        Assert.True(summary.GetProperty("covered_rows").GetInt32() < 1586);
        Assert.True(File.Exists(run.EndModelPath));

        var eval = CliProcess.Run("eval", "--run", run.Root, "--end-model", "--split", "test", "--json");
        Assert.True(eval.ExitCode == 0, eval.StandardError);
        Assert.Equal("logreg", eval.Json.GetProperty("end_model").GetString());
        Assert.Equal("tfidf", eval.Json.GetProperty("features").GetString());
        Assert.Equal(250, eval.Json.GetProperty("n").GetInt32());
        Assert.Equal(1.0, eval.Json.GetProperty("coverage").GetDouble());
        Assert.True(eval.Json.GetProperty("accuracy").GetDouble() > 0.8);
        Assert.True(eval.Json.GetProperty("f1_binary").GetDouble() > 0.75);

        var output = _folder.PathOf("predicted.jsonl");
        var predict = CliProcess.Run("predict", "--model", run.EndModelPath, "--data", Path.Combine(TestPaths.Shared("youtube"), "test.json"),
            "--out", output, "--json");
        Assert.True(predict.ExitCode == 0, predict.StandardError);
        Assert.Equal(250, predict.Json.GetProperty("rows").GetInt32());
        var written = DatasetLoader.Load(new DataSourceSpec(output, TextFields: ["text"], LabelField: "predicted_label"), new LabelSet(["ham", "spam"]));
        Assert.Equal(250, written.Count);
        var gold = DatasetLoader.Load(new DataSourceSpec(TestPaths.Shared("youtube"), "wrench", "test")).Gold!;
        var accuracy = written.Gold!.Where((p, i) => p == gold[i]).Count() / 250.0;
        Assert.True(accuracy > 0.8, $"accuracy of the written predictions {accuracy:F3}");
        var firstLine = File.ReadLines(output).First();
        Assert.Contains("\"probability\"", firstLine);
        Assert.Contains("\"gold_label\"", firstLine);
    }

    [Fact]
    public void Distill_before_aggregate_and_a_foreign_model_file_fail_on_one_line_with_exit_2()
    {
        var run = YouTubeRun();
        var evalBeforeDistill = CliProcess.Run("eval", "--run", run.Root, "--end-model", "--split", "test", "--json");
        Assert.Equal(2, evalBeforeDistill.ExitCode);
        Assert.Contains("alchemist distill", evalBeforeDistill.StandardError);
        File.Delete(run.PseudolabelsPath("train"));
        var distill = CliProcess.Run("distill", "--run", run.Root, "--features", "tfidf", "--json");
        Assert.Equal(2, distill.ExitCode);
        Assert.Contains("alchemist aggregate", distill.StandardError);

        var notAModel = _folder.Write("model.bin", "not a model");
        var predict = CliProcess.Run("predict", "--model", notAModel, "--data", TestPaths.Shared("youtube", "test.json"), "--out", _folder.PathOf("x.csv"));
        Assert.Equal(2, predict.ExitCode);
        Assert.Single(predict.StandardError.Trim().Split('\n'));
        Assert.Contains("not an Alchemist end-model file", predict.StandardError);
    }
}
