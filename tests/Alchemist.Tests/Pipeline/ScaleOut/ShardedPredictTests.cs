using System.Globalization;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Distillation;
using Alchemist.Pipeline.ScaleOut;
using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline.ScaleOut;

/// <summary>
/// predict --shard K over a plan gives, row for row, what an unsharded predict writes, and the label model's posteriors
/// on each shard's votes are the local run's pseudolabels; a shard re-run gives identical bytes; a predicted shard is skipped.
/// </summary>
public sealed class ShardedPredictTests(ShardedPredictTests.LocalRun local) : IClassFixture<ShardedPredictTests.LocalRun>
{
    /// <summary>The YouTube programs applied locally (no shards), snorkel fitted, and a TF-IDF logistic regression distilled: the reference.</summary>
    public sealed class LocalRun : IDisposable
    {
        private readonly TempFolder _folder = new();

        public LocalRun()
        {
            using var project = new YoutubeProject();
            Run = Path.Combine(_folder.Root, "local");
            Check(CliInProcess.RunAsync("apply", "--data", TestPaths.Shared("youtube"), "--programs", Path.Combine(project.Root, "programs"),
                "--out", Run, "--labels", "HAM,SPAM", "--in-process", "--json"));
            Check(CliInProcess.RunAsync("aggregate", "--run", Run, "--label-model", "snorkel", "--json"));
            Check(CliInProcess.RunAsync("distill", "--run", Run, "--end-model", "logreg", "--features", "tfidf", "--json"));
        }

        /// <summary>The local run folder.</summary>
        public string Run { get; }

        /// <summary>Its end model.</summary>
        public string EndModel => Path.Combine(Run, "end_model.bin");

        private static void Check(Task<(int Code, System.Text.Json.JsonElement Json)> command) => Assert.Equal(0, command.GetAwaiter().GetResult().Code);

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public async Task Sharded_predictions_equal_the_unsharded_predict_and_the_posteriors_equal_the_local_pseudolabels()
    {
        using var project = new YoutubeProject();
        using var scratch = new TempFolder();
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "500")).Code);
        for (var k = 0; k < 6; k++) Assert.Equal(0, (await CliInProcess.RunAsync("apply", project.Root, "--shard", Index(k), "--in-process")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("reduce", project.Root, "--label-model", "snorkel")).Code);
        for (var k = 0; k < 6; k++)
        {
            var (code, shard) = await CliInProcess.RunAsync("predict", project.Root, "--shard", Index(k), "--model", local.EndModel, "--json");
            Assert.Equal(0, code);
            Assert.False(shard.GetProperty("skipped").GetBoolean());
            Assert.True(shard.GetProperty("posteriors").GetBoolean());
        }

        // Every shard is predicted, so gathering starts no process.
        var gathered = Path.Combine(scratch.Root, "test.parquet");
        var (gatherCode, gather) = await CliInProcess.RunAsync("predict", project.Root, "--model", local.EndModel, "--split", "test", "--out", gathered, "--json");
        Assert.Equal(0, gatherCode);
        Assert.Equal(0, gather.GetProperty("ran").GetInt32());
        Assert.Equal(250, gather.GetProperty("rows").GetInt64());
        var single = Path.Combine(scratch.Root, "single.parquet");
        Assert.Equal(0, (await CliInProcess.RunAsync("predict", "--model", local.EndModel, "--data", TestPaths.Shared("youtube"), "--split", "test", "--out", single, "--json")).Code);

        var sharded = ReadTable(gathered);
        var whole = ReadTable(single);
        // distill judged on the valid split's gold whose answer covered rows take; the shard hands that out when it is the label model's.
        CoveredRowsAnswer covered;
        using (var localModel = EndModelFile.Load(local.EndModel)) covered = localModel.CoveredAnswer;
        string[] handedOut = covered == CoveredRowsAnswer.LabelModel ? ["handed_out_label"] : [];
        Assert.Equal(["split", "row_id", .. whole.Keys, "posterior_covered", "posterior_HAM", "posterior_SPAM", .. handedOut], sharded.Keys);
        foreach (var (name, values) in whole) Assert.Equal(values, sharded[name]);
        Assert.Equal(Enumerable.Range(0, 250).Select(i => (long)i), sharded["row_id"].Cast<long>());
        Assert.All(sharded["split"].Cast<string>(), s => Assert.Equal("test", s));

        // The train shards' posteriors are the pseudolabels aggregate wrote for the local run, exactly.
        var train = Path.Combine(scratch.Root, "train.jsonl");
        Assert.Equal(0, (await CliInProcess.RunAsync("predict", project.Root, "--model", local.EndModel, "--split", "train", "--out", train)).Code);
        var pseudolabels = PseudolabelsFile.Load(Path.Combine(local.Run, "train", "pseudolabels.csv"));
        var lines = File.ReadAllLines(train);
        Assert.Equal(1586, lines.Length);
        var labelModelAnswers = new TieBreakPolicy(TieBreakKind.Prior).Decide(pseudolabels, LabelModelFile.Load(Path.Combine(local.Run, "label_model.json")).ClassBalance.Prior);
        for (var r = 0; r < lines.Length; r++)
        {
            using var row = System.Text.Json.JsonDocument.Parse(lines[r]);
            if (covered == CoveredRowsAnswer.LabelModel)
                Assert.Equal(pseudolabels.Covered[r] ? (labelModelAnswers[r] == 0 ? "HAM" : "SPAM") : row.RootElement.GetProperty("predicted_label").GetString(),
                    row.RootElement.GetProperty("handed_out_label").GetString());
            Assert.Equal(pseudolabels.Covered[r] ? 1 : 0, row.RootElement.GetProperty("posterior_covered").GetInt32());
            Assert.Equal(pseudolabels.Row(r)[0], row.RootElement.GetProperty("posterior_HAM").GetSingle());
            Assert.Equal(pseudolabels.Row(r)[1], row.RootElement.GetProperty("posterior_SPAM").GetSingle());
        }
    }

    [Fact]
    public async Task A_predicted_shard_is_skipped_a_rerun_gives_identical_bytes_and_gathering_names_missing_shards()
    {
        using var project = new YoutubeProject();
        using var scratch = new TempFolder();
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "700")).Code);
        // No votes (apply did not run) and no label model: the end model alone.
        var (code, first, error) = await CliInProcess.RunCapturingAsync("predict", project.Root, "--shard", "1", "--model", local.EndModel, "--json");
        Assert.True(code == 0, error);
        Assert.Contains("\"posteriors\":false", first.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(ShardPrediction.OutputPath(project.Run, 1));

        var (_, again) = await CliInProcess.RunAsync("predict", project.Root, "--shard", "1", "--model", local.EndModel, "--json");
        Assert.True(again.GetProperty("skipped").GetBoolean());

        // Killed before its marker: predicted again from scratch, to the same bytes.
        File.Delete(ShardPrediction.MarkerPath(project.Run, 1));
        File.WriteAllText(ShardPrediction.OutputPath(project.Run, 1), "half-written");
        var (_, rerun) = await CliInProcess.RunAsync("predict", project.Root, "--shard", "1", "--model", local.EndModel, "--json");
        Assert.False(rerun.GetProperty("skipped").GetBoolean());
        Assert.Equal(bytes, File.ReadAllBytes(ShardPrediction.OutputPath(project.Run, 1)));

        // The job array's variable names the shard as --shard does.
        var (envCode, envOut, _) = await CliInProcess.RunCapturingAsync(new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "1" },
            "predict", project.Root, "--model", local.EndModel, "--json");
        Assert.Equal(0, envCode);
        Assert.Contains("\"skipped\":true", envOut.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var plan = ShardPlan.Load(project.Run);
        var missing = Assert.Throws<AlchemistException>(() => PredictionsGather.Run(project.Run, plan, null, Path.Combine(scratch.Root, "all.csv"))).Message;
        Assert.Contains($"{plan.Shards.Count - 1} of {plan.Shards.Count} shards have no predictions", missing);
        Assert.False(File.Exists(Path.Combine(scratch.Root, "all.csv")));

        // Without a shard index: the other shards run as local processes, then all of them are gathered.
        var (allCode, all) = await CliInProcess.RunAsync("predict", project.Root, "--model", local.EndModel, "--parallel", "2", "--out", Path.Combine(scratch.Root, "all.csv"), "--json");
        Assert.Equal(0, allCode);
        Assert.Equal(plan.Shards.Count - 1, all.GetProperty("ran").GetInt32());
        Assert.Equal(1, all.GetProperty("skipped").GetInt32());
        Assert.Equal(plan.Shards.Sum(s => s.Rows), all.GetProperty("rows").GetInt64());
        Assert.Equal(bytes, File.ReadAllBytes(ShardPrediction.OutputPath(project.Run, 1)));
    }

    private static string Index(int k) => k.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table's columns by name, in file order, each as the list of its values.</summary>
    private static Dictionary<string, List<object>> ReadTable(string path)
    {
        var table = new Dictionary<string, List<object>>();
        foreach (var group in ParquetTableReader.Read(path))
            foreach (var column in group)
            {
                if (!table.TryGetValue(column.Name, out var values)) table[column.Name] = values = [];
                values.AddRange(column.Values.Cast<object>());
            }
        return table;
    }
}
