using System.Diagnostics;
using System.Globalization;
using Alchemist.Pipeline.ScaleOut;
using Spectre.Console;

namespace Alchemist.Cli.Commands;

/// <summary>The project form of <c>alchemist predict</c>: one shard (<c>--shard K</c> or a job array's index), or every shard not yet
/// predicted with the run's models as local processes, then (with <c>--out</c>) the shards' predictions in one table.</summary>
internal static class ShardPredict
{
    public static async Task<int> RunAsync(CommandOutput io, string project, string? runName, int? shard, int parallel, string? model, string? output, string? split,
        bool json, CancellationToken ct)
    {
        if ((shard ?? ShardApplyStep.IndexFromEnvironment(io.Environment)) is { } index)
        {
            if (output is not null) throw new AlchemistException("--out gathers every shard's predictions; a shard writes its own (RUN/shards/K/predictions.parquet).");
            var result = ShardPredictStep.Run(project, runName, index, model, null, ct);
            var run = ShardedProject.Load(project, runName).Run;
            if (json)
                io.Json(new ShardPredictJson(run.Root, index, result.Shard.Split, result.Shard.FirstRow, result.Shard.Rows, result.Skipped,
                    ShardPrediction.OutputPath(run, index), result.Output.Models.EndModel, result.Output.Models.LabelModelSha256 is not null, result.Output.Columns, result.Seconds));
            else
                io.Error.MarkupLine(Markup.Escape(result.Skipped
                    ? $"Shard {index} had been predicted with these models ({ShardPrediction.MarkerPath(run, index)}): skipped."
                    : $"Shard {index}: rows {result.Shard.FirstRow}..{result.Shard.FirstRow + result.Shard.Rows - 1} of '{result.Shard.Split}' predicted in {result.Seconds:0.0} s → {ShardPrediction.OutputPath(run, index)}"));
            return 0;
        }
        var sharded = ShardedProject.Load(project, runName);
        var plan = ShardPlan.Load(sharded.Run);
        var clock = Stopwatch.StartNew();
        // The models' hashes once: a shard with votes is predicted with both models, one without with the end model alone.
        var withVotes = PredictionModels.Of(sharded.Run, model, shardHasVotes: true);
        var withoutVotes = withVotes with { LabelModelSha256 = null };
        var ran = await LocalShards.RunAsync(plan,
            k => ShardPredictStep.Finished(sharded.Run, k, ShardOutput.TryLoad(sharded.Run, k) is null ? withoutVotes : withVotes), parallel,
            k => SelfProcess.StartInfo(ShardArguments(project, runName, k, model)),
            k => { if (!json) io.Error.MarkupLine(Markup.Escape($"shard {k} predicted")); }, ct);
        var gathered = output is null ? null : PredictionsGather.Run(sharded.Run, plan, split, output, ct);
        if (json) io.Json(new ParallelPredictJson(sharded.Run.Root, plan.Shards.Count, ran.Count, plan.Shards.Count - ran.Count, parallel, gathered?.Output, gathered?.Rows, clock.Elapsed.TotalSeconds));
        else
        {
            io.Error.MarkupLine(Markup.Escape($"{ran.Count} shards predicted, {plan.Shards.Count - ran.Count} had been before, with {parallel} process(es) in {clock.Elapsed.TotalSeconds:0.0} s."));
            if (gathered is not null) io.Error.MarkupLine(Markup.Escape($"Wrote {gathered.Rows:N0} rows of {gathered.Shards} shards → {gathered.Output}"));
        }
        return 0;
    }

    /// <summary>The command line of shard K's process: the same project, run and end model.</summary>
    private static List<string> ShardArguments(string project, string? runName, int index, string? model)
    {
        var args = new List<string> { "predict", Path.GetFullPath(project), "--shard", index.ToString(CultureInfo.InvariantCulture), "--json" };
        if (runName is not null) args.AddRange(["--name", runName]);
        if (model is not null) args.AddRange(["--model", Path.GetFullPath(model)]);
        return args;
    }
}

/// <summary>The <c>--json</c> object of <c>alchemist predict PROJECT_DIR --shard K</c>.</summary>
internal sealed record ShardPredictJson(string Run, int Shard, string Split, long FirstRow, long Rows, bool Skipped, string PredictionsFile, string? EndModel,
    bool Posteriors, IReadOnlyList<string> Columns, double Seconds);

/// <summary>The <c>--json</c> object of <c>alchemist predict PROJECT_DIR</c> (every shard, then the table when <c>--out</c> is given).</summary>
internal sealed record ParallelPredictJson(string Run, int Shards, int Ran, int Skipped, int Parallel, string? Output, long? Rows, double Seconds);
