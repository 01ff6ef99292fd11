using Alchemist.Aggregation;
using Alchemist.Labeling;
using Alchemist.Pipeline.ScaleOut;
using Parquet;

namespace Alchemist.Tests.Pipeline.ScaleOut;

/// <summary>
/// plan → apply --shard K → reduce on real data gives the label model a local apply + aggregate gives, byte for byte;
/// shards are idempotent and skipped once finished.
/// </summary>
public sealed class ShardedRunTests
{
    private static async Task<string> LocalLabelModel(YoutubeProject project, string model)
    {
        var local = Path.Combine(project.Root, "runs", "local");
        if (!File.Exists(Path.Combine(local, "run.json")))
            Assert.Equal(0, (await CliInProcess.RunAsync("apply", "--data", TestPaths.Shared("youtube"), "--programs", Path.Combine(project.Root, "programs"),
                "--out", local, "--labels", "HAM,SPAM", "--in-process", "--json")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("aggregate", "--run", local, "--label-model", model, "--json")).Code);
        return File.ReadAllText(Path.Combine(local, "label_model.json"));
    }

    [Fact]
    public async Task Sharded_apply_and_reduce_fit_the_label_model_of_the_local_run_for_every_model()
    {
        using var project = new YoutubeProject();
        var (planCode, plan) = await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "500", "--json");
        Assert.Equal(0, planCode);
        // train 1,586 rows → 4 shards, valid 120 → 1, test 250 → 1.
        Assert.Equal(6, plan.GetProperty("shards").GetInt32());
        for (var k = 0; k < 6; k++)
        {
            var (code, shard) = await CliInProcess.RunAsync("apply", project.Root, "--shard", k.ToString(System.Globalization.CultureInfo.InvariantCulture), "--in-process", "--json");
            Assert.Equal(0, code);
            Assert.False(shard.GetProperty("skipped").GetBoolean());
        }

        foreach (var model in new[] { "mv", "wmv", "ds", "snorkel", "flyingsquid", "auto" })
        {
            var (code, reduced) = await CliInProcess.RunAsync("reduce", project.Root, "--label-model", model, "--json");
            Assert.Equal(0, code);
            Assert.Equal(1586, reduced.GetProperty("rows").GetProperty("train").GetInt64());
            // The prior comes from the valid split's gold, as aggregate's auto takes it (Dawid-Skene learns its own).
            Assert.Equal(reduced.GetProperty("chosen_label_model").GetString() == "ds" ? "learned_by_model" : "dev_gold", reduced.GetProperty("class_balance_source").GetString());
            Assert.Equal(await LocalLabelModel(project, model), File.ReadAllText(project.Run.LabelModelPath));
        }

        // The summed train statistics are the local label matrix's, and each shard's votes are its rows of that matrix.
        var matrix = LabelMatrixFile.Load(Path.Combine(project.Root, "runs", "local", "train", "label_matrix.bin"));
        Assert.True(VoteStatisticsFile.Load(ReduceStep.StatisticsPath(project.Run, "train"), "", CancellationToken.None).SameAs(VoteStatistics.Of(matrix, 2, CancellationToken.None)));
        var (ids, votes) = await ReadVotes(ShardOutput.VotesPath(project.Run, 1), "003-link");
        Assert.Equal(Enumerable.Range(500, 500).Select(i => (long)i), ids);
        Assert.Equal(Enumerable.Range(500, 500).Select(i => matrix[i, 2]), votes);
    }

    [Fact]
    public async Task A_shard_rerun_gives_identical_bytes_a_finished_shard_is_skipped_and_reduce_names_unfinished_shards()
    {
        using var project = new YoutubeProject();
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "700")).Code);
        var planBytes = File.ReadAllBytes(ShardPlan.PathOf(project.Run));
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "700")).Code);
        Assert.Equal(planBytes, File.ReadAllBytes(ShardPlan.PathOf(project.Run)));

        Assert.Equal(0, (await CliInProcess.RunAsync("apply", project.Root, "--shard", "1", "--in-process")).Code);
        var votes = File.ReadAllBytes(ShardOutput.VotesPath(project.Run, 1));
        var statistics = File.ReadAllBytes(ShardOutput.StatisticsPath(project.Run, 1));
        var (_, again) = await CliInProcess.RunAsync("apply", project.Root, "--shard", "1", "--in-process", "--json");
        Assert.True(again.GetProperty("skipped").GetBoolean());

        // A shard killed before its marker: re-run from scratch, same bytes.
        File.Delete(ShardOutput.MarkerPath(project.Run, 1));
        File.WriteAllText(ShardOutput.VotesPath(project.Run, 1), "half-written");
        var (_, rerun) = await CliInProcess.RunAsync("apply", project.Root, "--shard", "1", "--in-process", "--json");
        Assert.False(rerun.GetProperty("skipped").GetBoolean());
        Assert.Equal(votes, File.ReadAllBytes(ShardOutput.VotesPath(project.Run, 1)));
        Assert.Equal(statistics, File.ReadAllBytes(ShardOutput.StatisticsPath(project.Run, 1)));

        var (code, _, error) = await CliInProcess.RunCapturingAsync("reduce", project.Root);
        Assert.Equal(2, code);
        Assert.Contains("4 of 5 shards have not finished", error);
        Assert.Contains("0, 2, 3, 4", error);

        // Another plan over existing shard outputs is refused, not mixed with them.
        var (replan, _, replanError) = await CliInProcess.RunCapturingAsync("plan", project.Root, "--rows-per-shard", "300");
        Assert.Equal(2, replan);
        Assert.Contains("different plan", replanError);
    }

    [Fact]
    public async Task Parallel_runs_the_unfinished_shards_as_local_processes()
    {
        using var project = new YoutubeProject();
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "1000")).Code);
        Assert.Equal(0, (await CliInProcess.RunAsync("apply", project.Root, "--shard", "0", "--in-process")).Code);

        var (code, result) = await CliInProcess.RunAsync("apply", project.Root, "--parallel", "2", "--in-process", "--json");

        Assert.Equal(0, code);
        Assert.Equal(4, result.GetProperty("shards").GetInt32());
        Assert.Equal(3, result.GetProperty("ran").GetInt32());
        Assert.Equal(1, result.GetProperty("skipped").GetInt32());
        Assert.All(Enumerable.Range(0, 4), k => Assert.True(File.Exists(ShardOutput.MarkerPath(project.Run, k))));
        Assert.Equal(0, (await CliInProcess.RunAsync("reduce", project.Root, "--label-model", "snorkel")).Code);
    }

    [Fact]
    public async Task A_shard_refuses_programs_edited_since_the_plan()
    {
        using var project = new YoutubeProject();
        Assert.Equal(0, (await CliInProcess.RunAsync("plan", project.Root, "--rows-per-shard", "1000")).Code);
        File.AppendAllText(Path.Combine(project.Root, "programs", "001-check.cs"), "// edited\n");

        var (code, _, error) = await CliInProcess.RunCapturingAsync("apply", project.Root, "--shard", "0", "--in-process");

        Assert.Equal(2, code);
        Assert.Contains("changed since", error);
    }

    [Fact]
    public void The_shard_index_comes_from_the_first_job_array_variable_set()
    {
        Dictionary<string, string> env = new() { ["JOB_COMPLETION_INDEX"] = "4", ["AWS_BATCH_JOB_ARRAY_INDEX"] = "9" };
        Assert.Equal(4, ShardApplyStep.IndexFromEnvironment(env.GetValueOrDefault));
        env["SLURM_ARRAY_TASK_ID"] = "2";
        Assert.Equal(2, ShardApplyStep.IndexFromEnvironment(env.GetValueOrDefault));
        Assert.Equal(9, ShardApplyStep.IndexFromEnvironment(new Dictionary<string, string> { ["AWS_BATCH_JOB_ARRAY_INDEX"] = "9" }.GetValueOrDefault));
        Assert.Null(ShardApplyStep.IndexFromEnvironment(_ => null));
        Assert.Contains("SLURM_ARRAY_TASK_ID='x'", Assert.Throws<AlchemistException>(() => ShardApplyStep.IndexFromEnvironment(n => n == "SLURM_ARRAY_TASK_ID" ? "x" : null)).Message);
    }

    private static async Task<(long[] Ids, int[] Votes)> ReadVotes(string path, string program)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.DataFields;
        var ids = new List<long>();
        var votes = new List<int>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var groupIds = new long[n];
            var groupVotes = new int[n];
            await group.ReadAsync<long>(fields.Single(f => f.Name == "row_id"), groupIds.AsMemory(), null);
            await group.ReadAsync<int>(fields.Single(f => f.Name == program), groupVotes.AsMemory(), null);
            ids.AddRange(groupIds);
            votes.AddRange(groupVotes);
        }
        return (ids.ToArray(), votes.ToArray());
    }
}
