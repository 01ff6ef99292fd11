using Alchemist.Data;

namespace Alchemist.Pipeline.ScaleOut;

/// <summary>What <see cref="PredictionsGather"/> wrote.</summary>
/// <param name="Output">The table written.</param>
/// <param name="Rows">Rows written.</param>
/// <param name="Shards">Shards whose predictions it holds, in plan order.</param>
internal sealed record GatherResult(string Output, long Rows, int Shards);

/// <summary>
/// Concatenates the shards' predictions in plan order (splits in the data source's order, rows by id) into one table
/// (.csv, .tsv, .jsonl or .parquet), streaming one row group at a time: a <c>split</c> column, then each shard's
/// columns. The shard files are the result too; this is for a consumer that wants one file.
/// </summary>
internal static class PredictionsGather
{
    /// <summary>Writes the table.</summary>
    /// <param name="run">The run folder.</param>
    /// <param name="plan">Its plan.</param>
    /// <param name="split">Only this split's shards; null: every shard.</param>
    /// <param name="output">The table to write (atomically).</param>
    /// <param name="cancellationToken">Stops; no partial table is left.</param>
    /// <exception cref="AlchemistException">A shard without predictions, shards predicted with different models or columns, or no shard of the split.</exception>
    public static GatherResult Run(RunFolder run, ShardPlan plan, string? split, string output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var shards = plan.Shards.Where(s => split is null || s.Split == split).ToArray();
        if (shards.Length == 0)
            throw new AlchemistException($"The plan has no shards of split '{split}'; its splits are {string.Join(", ", plan.Splits.Keys)}.");
        var markers = shards.Select(s => ShardPrediction.TryLoad(run, s.Index)).ToArray();
        var missing = shards.Where((s, i) => markers[i] is null).Select(s => s.Index).ToArray();
        if (missing.Length > 0)
            throw new AlchemistException($"{missing.Length} of {shards.Length} shards have no predictions (no {ShardPrediction.MarkerName} marker): " +
                $"{string.Join(", ", missing.Take(10))}{(missing.Length > 10 ? ", …" : "")}; run `alchemist predict PROJECT --shard K` for each.");
        var first = markers[0]!;
        for (var i = 1; i < markers.Length; i++)
            if (markers[i]!.Models.EndModelSha256 != first.Models.EndModelSha256 || markers[i]!.Models.LabelModelSha256 != first.Models.LabelModelSha256
                || !markers[i]!.Columns.SequenceEqual(first.Columns))
                throw new AlchemistException($"Shards {shards[0].Index} and {shards[i].Index} were predicted with different models or columns; " +
                    "run `alchemist predict PROJECT` to predict the stale shards again.");

        WritableFolder.Ensure(Path.GetDirectoryName(Path.GetFullPath(output))!, "The --out file's folder");
        using var writer = new TableStreamWriter(output);
        foreach (var shard in shards)
            foreach (var group in ParquetTableReader.Read(ShardPrediction.OutputPath(run, shard.Index), cancellationToken))
            {
                var names = new string[group[0].Count];
                Array.Fill(names, shard.Split);
                writer.Append([new TableColumn("split", names), .. group], cancellationToken);
            }
        if (writer.Rows != shards.Sum(s => s.Rows))
            throw new AlchemistException($"The shards' predictions hold {writer.Rows} rows where the plan has {shards.Sum(s => s.Rows)}; predict the shards again.");
        writer.Complete();
        return new GatherResult(Path.GetFullPath(output), writer.Rows, shards.Length);
    }
}
