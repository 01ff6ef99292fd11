using Alchemist.Data;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// <c>alchemist plan</c>: counts each split's rows (streaming, in bounded chunks) and cuts them into shards of at most
/// <c>--rows-per-shard</c> rows, written as <c>RUN/shards/plan.json</c>. Shards never span two splits, so each shard's
/// statistics belong to one split. A Parquet file whose every record is a row is cut into whole row groups, counted from
/// its footer alone, so each shard reads only its own groups.
/// </summary>
internal static class PlanStep
{
    /// <summary>Rows read at a time while counting.</summary>
    internal const int CountChunkRows = 65536;

    /// <summary>Plans the project's shards and writes the plan (replacing an earlier one only when it differs).</summary>
    /// <param name="project">The project folder or its alchemist.yaml.</param>
    /// <param name="runName">The run's name under <c>PROJECT/runs/</c>; null: the task's name.</param>
    /// <param name="rowsPerShard">Rows per shard, at least 1.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <exception cref="AlchemistException">Bad project or data, or shard outputs of a different plan already in the run folder.</exception>
    public static ShardPlan Run(string project, string? runName, long rowsPerShard, CancellationToken cancellationToken = default)
    {
        if (rowsPerShard < 1) throw new AlchemistException($"--rows-per-shard must be at least 1, got {rowsPerShard}.");
        var sharded = ShardedProject.Load(project, runName);
        var counts = new Dictionary<string, long>();
        var shards = new List<Shard>();
        foreach (var (name, spec) in sharded.Splits)
        {
            if (DatasetLoader.RowGroupSizes(spec, cancellationToken) is { } groups)
            {
                counts[name] = groups.Sum();
                AddRowGroupShards(shards, name, spec.Path, groups, rowsPerShard);
                continue;
            }
            long rows = 0;
            foreach (var chunk in DatasetLoader.ReadChunks(spec, sharded.Spec.Labels, CountChunkRows, cancellationToken)) rows += chunk.Count;
            counts[name] = rows;
            for (long first = 0; first < rows; first += rowsPerShard)
                shards.Add(new Shard(shards.Count, name, spec.Path, first, Math.Min(rowsPerShard, rows - first)));
        }
        var plan = new ShardPlan(ShardPlan.FormatName, ShardPlan.CurrentVersion, sharded.Spec.Labels.Names, sharded.Programs.Select(p => p.Name).ToArray(),
            sharded.ProgramsHash, rowsPerShard, counts, shards);
        var run = sharded.Run;
        if (File.Exists(ShardPlan.PathOf(run)))
        {
            var previous = ShardPlan.Load(run);
            if (Same(previous, plan)) return previous;
            // Outputs of the old plan would be summed with the new one's: a new plan starts with no shard output.
            if (Directory.EnumerateDirectories(ShardPlan.ShardsDirectory(run)).Any())
                throw new AlchemistException($"{ShardPlan.ShardsDirectory(run)} holds the outputs of a different plan (other data, programs or --rows-per-shard); " +
                    "delete that folder (or use another --run name) to plan afresh.");
        }
        WritableFolder.Ensure(run.Root, "The run folder");
        plan.Save(run);
        return plan;
    }

    /// <summary>Shards of whole row groups: consecutive groups while they fit in <paramref name="rowsPerShard"/> (a larger group is a shard alone).</summary>
    private static void AddRowGroupShards(List<Shard> shards, string split, string path, long[] groups, long rowsPerShard)
    {
        long first = 0;
        for (var g = 0; g < groups.Length;)
        {
            var start = g;
            var rows = groups[g++];
            while (g < groups.Length && rows + groups[g] <= rowsPerShard) rows += groups[g++];
            if (rows > 0) shards.Add(new Shard(shards.Count, split, path, first, rows, start, g));
            first += rows;
        }
    }

    private static bool Same(ShardPlan a, ShardPlan b) =>
        a.ProgramsHash == b.ProgramsHash && a.RowsPerShard == b.RowsPerShard && a.Labels.SequenceEqual(b.Labels) && a.Programs.SequenceEqual(b.Programs)
        && a.Shards.SequenceEqual(b.Shards) && a.Splits.OrderBy(s => s.Key, StringComparer.Ordinal).SequenceEqual(b.Splits.OrderBy(s => s.Key, StringComparer.Ordinal));
}
