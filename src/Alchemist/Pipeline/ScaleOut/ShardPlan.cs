namespace Alchemist.Pipeline.ScaleOut;

/// <summary>One shard of a <see cref="ShardPlan"/>: a contiguous range of one split's rows.</summary>
/// <param name="Index">The shard number K, 0-based (what <c>--shard</c> and the schedulers' array indices name).</param>
/// <param name="Split">The split the rows belong to (train, valid, test, or data for a single file).</param>
/// <param name="Path">The data file (absolute).</param>
/// <param name="FirstRow">Stable id of the shard's first row: its 0-based position among the split's rows as the loader reads
/// them. Row ids of the shard are FirstRow .. FirstRow + Rows - 1 and appear in its votes file.</param>
/// <param name="Rows">Rows in the shard.</param>
/// <param name="FirstRowGroup">For a Parquet file whose every record is a row: the shard's first row group (the shard is row
/// groups FirstRowGroup .. EndRowGroup - 1, read without touching the others); null when the shard is a row range.</param>
/// <param name="EndRowGroup">The row group after the shard's last; null with <paramref name="FirstRowGroup"/>.</param>
/// <param name="Bytes">For a CSV, TSV or JSON Lines file: the bytes holding the shard's records (the plan found where its first
/// record starts), read without touching the rest of the file but its header; null when the shard is read as a row range.</param>
internal sealed record Shard(int Index, string Split, string Path, long FirstRow, long Rows, int? FirstRowGroup = null, int? EndRowGroup = null,
    Data.ByteRange? Bytes = null);

/// <summary>
/// The deterministic list of shards <c>alchemist plan</c> writes (<c>RUN/shards/plan.json</c>): the same data, programs
/// and <c>--rows-per-shard</c> always give the same plan, so every machine of a job array agrees on what shard K is.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>.</param>
/// <param name="Version">Format version (<see cref="CurrentVersion"/>).</param>
/// <param name="Labels">The task's classes, in id order.</param>
/// <param name="Programs">The enabled programs, in column order.</param>
/// <param name="ProgramsHash">SHA-256 of the programs folder when planned: a shard refuses to run after the programs changed,
/// so no two shards label with different programs.</param>
/// <param name="RowsPerShard">The <c>--rows-per-shard</c> the plan was made with.</param>
/// <param name="Splits">Rows per split.</param>
/// <param name="Shards">The shards, by index.</param>
/// <param name="RowRanges">Splits whose shards are row ranges (the file read from its start, earlier rows parsed and dropped), with the
/// reason they are not row groups or byte ranges; null or absent when there are none.</param>
internal sealed record ShardPlan(
    string Format,
    int Version,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Programs,
    string ProgramsHash,
    long RowsPerShard,
    IReadOnlyDictionary<string, long> Splits,
    IReadOnlyList<Shard> Shards,
    IReadOnlyDictionary<string, string>? RowRanges = null)
{
    /// <summary>The value of <see cref="Format"/>.</summary>
    public const string FormatName = "alchemist-shard-plan";

    /// <summary>The version this code writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The plan's file in a run folder.</summary>
    public static string PathOf(RunFolder run) => System.IO.Path.Combine(ShardsDirectory(run), "plan.json");

    /// <summary>The folder holding the plan and every shard's output.</summary>
    public static string ShardsDirectory(RunFolder run) => System.IO.Path.Combine(run.Root, "shards");

    /// <summary>The output folder of shard <paramref name="index"/>.</summary>
    public static string ShardDirectory(RunFolder run, int index) =>
        System.IO.Path.Combine(ShardsDirectory(run), index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The shard with index <paramref name="index"/>.</summary>
    /// <exception cref="AlchemistException">No such shard.</exception>
    public Shard Get(int index) => index >= 0 && index < Shards.Count
        ? Shards[index]
        : throw new AlchemistException($"Shard {index} does not exist: the plan has shards 0..{Shards.Count - 1}.");

    /// <summary>Writes the plan atomically with its checksum record.</summary>
    internal void Save(RunFolder run)
    {
        var path = PathOf(run);
        ArtifactJson.Save(path, this);
        ArtifactChecksum.Record(path);
    }

    /// <summary>Reads the run folder's plan.</summary>
    /// <exception cref="AlchemistException">No plan, a damaged one, or another format or version.</exception>
    public static ShardPlan Load(RunFolder run)
    {
        var path = PathOf(run);
        if (!File.Exists(path)) throw new AlchemistException($"{path} does not exist: run `alchemist plan PROJECT --rows-per-shard N` first.");
        ArtifactChecksum.Verify(path, "re-run `alchemist plan`");
        var plan = ArtifactJson.Load<ShardPlan>(path);
        if (plan.Format != FormatName) throw new AlchemistException($"{path}, field 'format': expected '{FormatName}', got '{plan.Format}'.");
        if (plan.Version != CurrentVersion)
            throw new AlchemistException($"{path}, field 'version': version {plan.Version} is not supported (this build reads {CurrentVersion}); re-run `alchemist plan`.");
        for (var i = 0; i < plan.Shards.Count; i++)
            if (plan.Shards[i].Index != i) throw new AlchemistException($"{path}, field 'shards[{i}].index': expected {i}, got {plan.Shards[i].Index}.");
        return plan;
    }
}
