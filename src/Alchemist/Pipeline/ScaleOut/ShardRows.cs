using Alchemist.Data;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// The rows of one shard, in bounded chunks, each with the stable id of its first row: what <c>apply --shard K</c> and
/// <c>predict --shard K</c> both read, so both see the same rows under the same ids.
/// </summary>
internal static class ShardRows
{
    /// <summary>Checks that the project still names the shard's file for its split, and returns that split's spec.</summary>
    /// <exception cref="AlchemistException">The project no longer names the file.</exception>
    public static DataSourceSpec SpecOf(ShardedProject sharded, Shard shard) =>
        sharded.Splits.TryGetValue(shard.Split, out var spec) && spec.Path == shard.Path
            ? spec
            : throw new AlchemistException($"Shard {shard.Index} reads split '{shard.Split}' from {shard.Path}, which the project no longer names; re-run `alchemist plan`.");

    /// <summary>The shard's rows in chunks of at most <paramref name="chunkRows"/>: its byte range or row groups alone, or (a row range) the
    /// file read from its start, rows before the shard dropped. Throws when the shard does not hold the plan's rows.</summary>
    /// <exception cref="AlchemistException">The file has fewer rows than the plan expects (it changed since the plan).</exception>
    public static IEnumerable<(Dataset Rows, long FirstRow)> Read(DataSourceSpec spec, LabelSet labels, Shard shard, int chunkRows, CancellationToken cancellationToken)
    {
        long done = 0;
        foreach (var (rows, first) in Chunks(spec, labels, shard, chunkRows, cancellationToken))
        {
            done += rows.Count;
            if (done > shard.Rows) throw Changed(shard, $"more than {shard.Rows}");
            yield return (rows, first);
        }
        if (done != shard.Rows) throw Changed(shard, done.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static AlchemistException Changed(Shard shard, string found) =>
        new($"Shard {shard.Index}: {shard.Path} ({shard.Split}) now holds {found} rows {Where(shard)} where the plan expects {shard.Rows}; " +
            "the data changed since `alchemist plan`: plan again.");

    private static string Where(Shard shard) => shard.Bytes is { } bytes
        ? $"in bytes {bytes.FirstByte}..{bytes.EndByte - 1} (from line {bytes.FirstLine})"
        : $"from row {shard.FirstRow}";

    private static IEnumerable<(Dataset Rows, long FirstRow)> Chunks(DataSourceSpec spec, LabelSet labels, Shard shard, int chunkRows, CancellationToken cancellationToken)
    {
        if (shard.Bytes is { } range)
        {
            var at = shard.FirstRow;
            foreach (var chunk in DatasetLoader.ReadByteRange(spec, labels, range, chunkRows, cancellationToken))
            {
                yield return (chunk, at);
                at += chunk.Count;
            }
            yield break;
        }
        if (shard.FirstRowGroup is { } firstGroup)
        {
            var at = shard.FirstRow;
            foreach (var chunk in DatasetLoader.ReadRowGroups(spec, labels, firstGroup, shard.EndRowGroup ?? firstGroup + 1, chunkRows, cancellationToken))
            {
                yield return (chunk, at);
                at += chunk.Count;
            }
            yield break;
        }
        long position = 0;
        var end = shard.FirstRow + shard.Rows;
        foreach (var chunk in DatasetLoader.ReadChunks(spec, labels, chunkRows, cancellationToken))
        {
            var start = position;
            position += chunk.Count;
            if (position <= shard.FirstRow) continue;
            var from = (int)Math.Max(0, shard.FirstRow - start);
            var to = (int)Math.Min(chunk.Count, end - start);
            yield return (from == 0 && to == chunk.Count ? chunk : chunk.Select(Enumerable.Range(from, to - from).ToArray()), start + from);
            if (position >= end) yield break;
        }
    }
}
