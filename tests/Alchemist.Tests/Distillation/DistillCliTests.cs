using System.Globalization;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Labeling;
using Alchemist.Tests.Data;

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

    /// <summary>
    /// A run folder over French book reviews in a JSONL file, labelled pos when a review has a word of praise (the
    /// tests are about the features, not the accuracy), with pseudolabels leaning 0.8 toward that label; also writes
    /// predict.jsonl, whose first 20 rows repeat the last training rows.
    /// </summary>
    private RunFolder FrenchRun(int rows)
    {
        var reviews = TextLanguageDetectorTests.Texts("french_books");
        string[] praise = ["magnifique", "excellent", "adoré", "superbe", "coup de coeur", "coup de cœur"];
        string Line(int r) => System.Text.Json.JsonSerializer.Serialize(new
        {
            text = reviews[r],
            label = praise.Any(p => reviews[r].Contains(p, StringComparison.OrdinalIgnoreCase)) ? "pos" : "neg",
        });
        var train = _folder.Write("train.jsonl", string.Join("\n", Enumerable.Range(0, rows).Select(Line)) + "\n");
        _folder.Write("predict.jsonl", string.Join("\n", Enumerable.Range(rows - 20, 60).Select(Line)) + "\n");
        var run = new RunFolder(_folder.PathOf("french-run"));
        var spec = new DataSourceSpec(train, TextFields: ["text"], LabelField: "label");
        var labels = new LabelSet(["neg", "pos"]);
        new RunManifest(labels.Names, new Dictionary<string, DataSourceSpec> { ["train"] = spec }, [], WeakLabelsFromData: true).Save(run);
        var gold = DatasetLoader.Load(spec, labels).Gold!;
        var probabilities = gold.SelectMany(g => g == 1 ? new[] { 0.2f, 0.8f } : [0.8f, 0.2f]).ToArray();
        PseudolabelsFile.Save(run.PseudolabelsPath("train"), new Pseudolabels(2, probabilities, Enumerable.Repeat(true, rows).ToArray()));
        return run;
    }

    [Fact]
    public void Auto_features_on_english_text_train_all_three_and_keep_the_first_best_on_the_dev_gold()
    {
        var run = YouTubeRun();
        var distill = CliProcess.Run("distill", "--run", run.Root, "--end-model", "logreg", "--json");
        Assert.True(distill.ExitCode == 0, distill.StandardError);
        var note = distill.Json.GetProperty("feature_note").GetString()!;
        var match = System.Text.RegularExpressions.Regex.Match(note,
            @"^auto: accuracy (\d\.\d+) with minilm, (\d\.\d+) with tfidf, (\d\.\d+) with minilm\+tfidf on the gold labels of 'valid'; kept (minilm|tfidf|minilm\+tfidf)$");
        Assert.True(match.Success, note);
        var scores = new[] { "minilm", "tfidf", "minilm+tfidf" }.Select((name, i) => (Name: name, Score: double.Parse(match.Groups[i + 1].Value, CultureInfo.InvariantCulture)))
            .ToArray();
        // The first of the best: a simpler feature set wins a tie.
        Assert.Equal(scores.First(s => s.Score == scores.Max(t => t.Score)).Name, match.Groups[4].Value);
        Assert.Equal(match.Groups[4].Value, distill.Json.GetProperty("features").GetString());
        using var model = Alchemist.Distillation.EndModelFile.Load(run.EndModelPath);
        Assert.Equal(note, model.FeatureNote);
    }

    [Fact]
    public void On_french_text_distill_picks_character_ngram_tfidf_by_default_and_says_so()
    {
        var run = FrenchRun(300);
        var distill = CliProcess.Run("distill", "--run", run.Root, "--end-model", "logreg", "--json");
        Assert.True(distill.ExitCode == 0, distill.StandardError);
        Assert.Equal("tfidf", distill.Json.GetProperty("features").GetString());
        var note = distill.Json.GetProperty("feature_note").GetString()!;
        Assert.Contains("French", note);
        Assert.Contains("English-only", note);
        using var model = Alchemist.Distillation.EndModelFile.Load(run.EndModelPath);
        Assert.Equal(note, model.FeatureNote);
        Assert.Equal(Alchemist.Distillation.Features.TfidfOptions.CharacterNgrams, ((Alchemist.Distillation.Features.TfidfFeaturizer)model.Featurizer).Options);

        var human = CliProcess.Run("distill", "--run", run.Root, "--end-model", "logreg");
        Assert.True(human.ExitCode == 0, human.StandardError);
        Assert.Contains("TF-IDF with character 2-5-grams instead of MiniLM", human.StandardError.ReplaceLineEndings(" "));
    }

    [Fact]
    public void Explicit_minilm_on_french_text_is_kept_with_a_warning_and_predict_reuses_the_runs_embeddings()
    {
        var run = FrenchRun(120);
        var distill = CliProcess.Run("distill", "--run", run.Root, "--end-model", "logreg", "--features", "minilm", "--json");
        Assert.True(distill.ExitCode == 0, distill.StandardError);
        Assert.Equal("minilm", distill.Json.GetProperty("features").GetString());
        Assert.StartsWith("Warning:", distill.Json.GetProperty("feature_note").GetString());
        var store = Alchemist.Distillation.Embeddings.EmbeddingVectorStore.PathIn(Alchemist.Distillation.DistillStep.EmbeddingCacheDirectory(run));
        var trainTexts = File.ReadLines(_folder.PathOf("train.jsonl")).Distinct().Count();
        Assert.Equal(trainTexts, StoredVectors(store));

        // predict's 60 rows: the last 20 training texts (already stored) and 40 new ones, which are added.
        var predict = CliProcess.Run("predict", "--model", run.EndModelPath, "--data", _folder.PathOf("predict.jsonl"), "--text-field", "text",
            "--out", _folder.PathOf("predicted.csv"), "--json");
        Assert.True(predict.ExitCode == 0, predict.StandardError);
        var all = File.ReadLines(_folder.PathOf("train.jsonl")).Concat(File.ReadLines(_folder.PathOf("predict.jsonl"))).Distinct().Count();
        Assert.Equal(all, StoredVectors(store));
    }

    private static long StoredVectors(string store)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM vectors";
        return (long)count.ExecuteScalar()!;
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
