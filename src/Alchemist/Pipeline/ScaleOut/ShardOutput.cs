namespace Alchemist.Pipeline.ScaleOut;

/// <summary>
/// The success marker of a shard (<c>RUN/shards/NNNNN/_SUCCESS</c>), written after its votes and statistics: a shard
/// with a marker is complete and is skipped when re-run; a shard without one is re-run from scratch.
/// </summary>
/// <param name="Shard">The shard's index.</param>
/// <param name="Split">Its split.</param>
/// <param name="FirstRow">Id of its first row.</param>
/// <param name="Rows">Rows labeled (the plan's count).</param>
/// <param name="Quarantined">Programs that did not run on (part of) the shard, with the reason: their votes there are abstains.</param>
internal sealed record ShardOutput(int Shard, string Split, long FirstRow, long Rows, IReadOnlyDictionary<string, string> Quarantined)
{
    /// <summary>The marker's file name.</summary>
    public const string MarkerName = "_SUCCESS";

    /// <summary>The votes file's name: Parquet, a <c>row_id</c> column then one int column per program (-1 abstains).</summary>
    public const string VotesName = "votes.parquet";

    /// <summary>The statistics file's name (<see cref="Aggregation.VoteStatisticsFile"/>).</summary>
    public const string StatisticsName = "statistics.json";

    /// <summary>The marker of shard <paramref name="index"/>.</summary>
    public static string MarkerPath(RunFolder run, int index) => Path.Combine(ShardPlan.ShardDirectory(run, index), MarkerName);

    /// <summary>The votes of shard <paramref name="index"/>.</summary>
    public static string VotesPath(RunFolder run, int index) => Path.Combine(ShardPlan.ShardDirectory(run, index), VotesName);

    /// <summary>The statistics of shard <paramref name="index"/>.</summary>
    public static string StatisticsPath(RunFolder run, int index) => Path.Combine(ShardPlan.ShardDirectory(run, index), StatisticsName);

    /// <summary>The marker of a finished shard, or null when the shard has not finished.</summary>
    public static ShardOutput? TryLoad(RunFolder run, int index) =>
        File.Exists(MarkerPath(run, index)) ? ArtifactJson.Load<ShardOutput>(MarkerPath(run, index)) : null;
}
