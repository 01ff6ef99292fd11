using Alchemist.Data;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// <c>alchemist plan</c>: counts each split's rows (streaming, in bounded chunks) and cuts them into shards of at most
/// <c>--rows-per-shard</c> rows, written as <c>RUN/shards/plan.json</c>. Shards never span two splits, so each shard's
/// statistics belong to one split. A Parquet file whose every record is a row is cut into whole row groups, counted from
/// its footer alone, so each shard reads only its own groups. A CSV, TSV or JSON Lines file is cut into byte ranges: the
/// count finds the line each shard's first record starts on (quoted line breaks included, as the reader parses them) and
/// one scan of the bytes finds where that line starts, so each shard reads only its own bytes. Other data (a WRENCH or
/// JSON array file, parsed whole; UTF-16 text; lone carriage returns) is cut into row ranges, with the reason in the plan.
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
        var rowRanges = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, spec) in sharded.Splits)
        {
            if (DatasetLoader.RowGroupSizes(spec, cancellationToken) is { } groups)
            {
                counts[name] = groups.Sum();
                AddRowGroupShards(shards, name, spec.Path, groups, rowsPerShard);
                continue;
            }
            // Counting finds the line each shard's first record starts on; one scan of the bytes then finds where that line starts.
            var reason = ByteRange.Unsupported(spec);
            var firstLines = new List<int>();
            long rows = 0;
            foreach (var chunk in DatasetLoader.ReadChunks(spec, sharded.Spec.Labels, CountChunkRows, cancellationToken))
            {
                if (reason is null)
                    for (var id = (rows + rowsPerShard - 1) / rowsPerShard * rowsPerShard; id < rows + chunk.Count; id += rowsPerShard)
                        firstLines.Add(chunk.SourceRows[id - rows]);
                rows += chunk.Count;
            }
            counts[name] = rows;
            var starts = reason is null ? ByteRange.LineStarts(spec.Path, firstLines, cancellationToken, out reason) : null;
            if (reason is not null) rowRanges[name] = reason;
            var length = starts is null ? 0 : new FileInfo(spec.Path).Length;
            for (var (first, s) = (0L, 0); first < rows; first += rowsPerShard, s++)
                shards.Add(new Shard(shards.Count, name, spec.Path, first, Math.Min(rowsPerShard, rows - first),
                    Bytes: starts is null ? null : new ByteRange(starts[s], s + 1 < starts.Length ? starts[s + 1] : length, firstLines[s])));
        }
        var plan = new ShardPlan(ShardPlan.FormatName, ShardPlan.CurrentVersion, sharded.Spec.Labels.Names, sharded.Programs.Select(p => p.Name).ToArray(),
            sharded.ProgramsHash, rowsPerShard, counts, shards, rowRanges.Count == 0 ? null : rowRanges);
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
