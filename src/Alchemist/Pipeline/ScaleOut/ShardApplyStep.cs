using System.Diagnostics;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Labeling;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>What <see cref="ShardApplyStep"/> did.</summary>
/// <param name="Shard">The shard.</param>
/// <param name="Skipped">True when the shard had finished before (its marker exists) and nothing ran.</param>
/// <param name="Output">The shard's marker.</param>
/// <param name="Seconds">Wall time.</param>
internal sealed record ShardApplyResult(Shard Shard, bool Skipped, ShardOutput Output, double Seconds);

/// <summary>
/// <c>alchemist apply PROJECT --shard K</c>: labels shard K of the plan in bounded chunks and writes, into
/// <c>RUN/shards/K/</c>, its votes (<see cref="ShardOutput.VotesName"/>), its sufficient statistics
/// (<see cref="ShardOutput.StatisticsName"/>) and, last, the success marker. Memory is bounded by the chunk, not the shard.
/// Each file is written beside its target and moved into place, and the same shard always gives the same bytes, so a shard
/// killed half-way is simply re-run; a shard with a marker is skipped.
/// </summary>
internal static class ShardApplyStep
{
    /// <summary>Rows labeled at a time.</summary>
    internal const int ChunkRows = 16384;

    /// <summary>The environment variables a scheduler's job array names the shard in, in the order they are read.</summary>
    public static IReadOnlyList<string> IndexVariables { get; } = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"];

    /// <summary>The shard index a job array gives this process (the first of <see cref="IndexVariables"/> that is set), or null.</summary>
    /// <param name="environment">Reads a variable (the process environment in production).</param>
    /// <exception cref="AlchemistException">A variable is set but is not a non-negative integer.</exception>
    public static int? IndexFromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var name in IndexVariables)
        {
            if (environment(name) is not { Length: > 0 } value) continue;
            return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? index
                : throw new AlchemistException($"{name}='{value}' is not a shard index (a non-negative integer).");
        }
        return null;
    }

    /// <summary>Labels one shard (or skips it when finished).</summary>
    /// <param name="project">The project folder or its alchemist.yaml.</param>
    /// <param name="runName">The run's name under <c>PROJECT/runs/</c>; null: the task's name.</param>
    /// <param name="index">The shard.</param>
    /// <param name="options">How programs run; null for the defaults.</param>
    /// <param name="progress">Hears "apply" progress per chunk.</param>
    /// <param name="cancellationToken">Stops the shard; nothing half-written is left under an output's name.</param>
    /// <exception cref="AlchemistException">No plan, no such shard, programs changed since the plan, or data that no longer matches it.</exception>
    public static async Task<ShardApplyResult> RunAsync(string project, string? runName, int index, ApplyOptions? options = null,
        IProgress<ApplyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var sharded = ShardedProject.Load(project, runName);
        var run = sharded.Run;
        var plan = ShardPlan.Load(run);
        var shard = plan.Get(index);
        if (ShardOutput.TryLoad(run, index) is { } finished) return new ShardApplyResult(shard, Skipped: true, finished, clock.Elapsed.TotalSeconds);
        if (sharded.ProgramsHash != plan.ProgramsHash)
            throw new AlchemistException($"The programs (or classes) of {sharded.Spec.Directory} changed since {ShardPlan.PathOf(run)} was written; " +
                "shards must all use the same programs: re-run `alchemist plan` (and every shard) or restore the programs.");
        var spec = ShardRows.SpecOf(sharded, shard);

        var labels = sharded.Spec.Labels;
        var names = sharded.Programs.Select(p => p.Name).ToArray();
        var quarantined = new SortedDictionary<string, string>(StringComparer.Ordinal);
        VoteStatistics? statistics = null;
        using var applier = new ProgramApplier(sharded.Options(options));
        using (var votes = new TableStreamWriter(ShardOutput.VotesPath(run, index)))
        {
            long done = 0;
            foreach (var chunk in ShardRows.Read(spec, labels, shard, ChunkRows, cancellationToken))
            {
                var texts = new string[chunk.Rows.Count];
                for (var i = 0; i < texts.Length; i++) texts[i] = chunk.Rows.Text(i);
                var result = await applier.ApplyAsync(sharded.Programs, labels, texts, null, cancellationToken).ConfigureAwait(false);
                foreach (var p in result.Programs)
                    if (p.QuarantineReason is { } reason) quarantined.TryAdd(p.Name, reason);
                votes.Append(Columns(result.Matrix, chunk.FirstRow), cancellationToken);
                var part = VoteStatistics.Of(result.Matrix, labels.Count, cancellationToken);
                statistics = statistics is null ? part : VoteStatistics.Sum([statistics, part], cancellationToken);
                done += texts.Length;
                progress?.Report(new ApplyProgress("apply", done, shard.Rows));
            }
            votes.Complete();
        }
        VoteStatisticsFile.Save(ShardOutput.StatisticsPath(run, index), statistics!);
        var output = new ShardOutput(index, shard.Split, shard.FirstRow, shard.Rows, quarantined);
        ArtifactJson.Save(ShardOutput.MarkerPath(run, index), output);
        return new ShardApplyResult(shard, Skipped: false, output, clock.Elapsed.TotalSeconds);
    }

    private static TableColumn[] Columns(LabelMatrix matrix, long firstRow)
    {
        var columns = new TableColumn[matrix.Columns + 1];
        var ids = new long[matrix.Rows];
        for (var i = 0; i < ids.Length; i++) ids[i] = firstRow + i;
        columns[0] = new TableColumn("row_id", ids);
        for (var j = 0; j < matrix.Columns; j++)
        {
            var column = new int[matrix.Rows];
            for (var i = 0; i < column.Length; i++) column[i] = matrix[i, j];
            columns[j + 1] = new TableColumn(matrix.ProgramNames[j], column);
        }
        return columns;
    }
}
