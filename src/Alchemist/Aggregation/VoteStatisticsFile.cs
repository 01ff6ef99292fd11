using System.Text.Json;

namespace Alchemist.Aggregation;

/// <summary>
/// Saves and loads <see cref="VoteStatistics"/> (a shard's <c>statistics.json</c>): versioned, written atomically, with an
/// <see cref="ArtifactChecksum"/> record beside it, and checked on reading (shapes, counts that add up, overlap counts that
/// agree with the histogram), so a damaged or hand-edited file is refused instead of skewing the label model.
/// </summary>
/// <remarks>
/// One compact JSON object: <c>format</c> ("alchemist-vote-statistics"), <c>version</c> (1), <c>classes</c> (k),
/// <c>programs</c> (names in column order), <c>rows</c> (n), <c>vote_counts</c> (m arrays of k counts: rows where the
/// program votes each class), <c>overlap</c> (m·k arrays of m·k counts: the one-hot LᵀL, entry [j·k + a][i·k + b] = rows
/// where program j votes a and program i votes b) and <c>patterns</c> (the histogram: objects with <c>votes</c>, one per
/// program, -1 for abstain, and <c>count</c>, in canonical order). The same statistics always give the same bytes.
/// </remarks>
internal static class VoteStatisticsFile
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "alchemist-vote-statistics";

    /// <summary>The version this code writes and reads.</summary>
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(ArtifactJson.Options) { WriteIndented = false };

    /// <summary>Writes the statistics atomically, then their checksum record.</summary>
    public static void Save(string path, VoteStatistics statistics)
    {
        int m = statistics.Programs.Count, k = statistics.Classes, d = m * k;
        var counts = statistics.VoteCounts();
        var file = new StatisticsJson(FormatName, CurrentVersion, k, statistics.Programs, statistics.Rows,
            Enumerable.Range(0, m).Select(j => counts.AsSpan(j * k, k).ToArray()).ToArray(),
            Enumerable.Range(0, d).Select(a => statistics.Overlap.Counts.AsSpan(a * d, d).ToArray()).ToArray(),
            Enumerable.Range(0, statistics.Patterns.Distinct.Rows)
                .Select(p => new PatternJson(statistics.Patterns.Distinct.Row(p).ToArray().Select(v => (int)v).ToArray(), statistics.Patterns.Counts[p])).ToArray());
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, file, Json));
        ArtifactChecksum.Record(path);
    }

    /// <summary>Reads and checks statistics written by <see cref="Save"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rebuild">What rebuilds it, for messages (e.g. "re-run `alchemist apply --shard 3`").</param>
    /// <param name="cancellationToken">Stops the consistency check on a large histogram.</param>
    /// <exception cref="AlchemistException">Missing, damaged, of another format or version, or inconsistent (the message names the field).</exception>
    public static VoteStatistics Load(string path, string rebuild, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new AlchemistException($"{path} does not exist; {rebuild}.");
        ArtifactChecksum.Verify(path, rebuild);
        StatisticsJson file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<StatisticsJson>(stream, Json) ?? throw new AlchemistException($"{path}: empty statistics file; {rebuild}.");
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{path}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
        if (file.Format != FormatName) throw new AlchemistException($"{path}, field 'format': expected '{FormatName}', got '{file.Format}'.");
        if (file.Version != CurrentVersion)
            throw new AlchemistException($"{path}, field 'version': version {file.Version} is not supported (this build reads {CurrentVersion}); {rebuild}.");
        try
        {
            return Check(file, path, cancellationToken);
        }
        catch (AlchemistException e) when (!e.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new AlchemistException($"{path}: {e.Message}", e);
        }
    }

    private static VoteStatistics Check(StatisticsJson file, string path, CancellationToken cancellationToken)
    {
        if (file.Programs is null || file.Patterns is null || file.VoteCounts is null || file.Overlap is null)
            throw new AlchemistException("fields 'programs', 'vote_counts', 'overlap' and 'patterns' are required.");
        int m = file.Programs.Count, k = file.Classes, d = m * k;
        if (k < 2 || k > LabelSet.MaxClasses) throw new AlchemistException($"field 'classes': {k} is not 2..{LabelSet.MaxClasses}.");
        var patterns = VotePatterns.Create(file.Patterns.Select(p => (p.Votes ?? []).Select(v => (sbyte)Math.Clamp(v, sbyte.MinValue, sbyte.MaxValue)).ToArray()).ToArray(),
            file.Patterns.Select(p => p.Count).ToArray(), file.Programs);
        if (patterns.Rows != file.Rows)
            throw new AlchemistException($"field 'rows': {file.Rows}, but the pattern counts add up to {patterns.Rows}.");
        if (file.Overlap.Count != d || file.Overlap.Any(row => row is null || row.Length != d))
            throw new AlchemistException($"field 'overlap': expected {d} arrays of {d} counts ({m} programs × {k} classes).");
        var statistics = VoteStatistics.Create(k, patterns, file.Overlap.SelectMany(row => row).ToArray(), path, cancellationToken);
        if (file.VoteCounts.Count != m || file.VoteCounts.Any(row => row is null || row.Length != k))
            throw new AlchemistException($"field 'vote_counts': expected {m} arrays of {k} counts.");
        for (var j = 0; j < m; j++)
            for (var v = 0; v < k; v++)
                if (file.VoteCounts[j][v] != statistics.VoteCount(j, v))
                    throw new AlchemistException($"field 'vote_counts': program '{file.Programs[j]}' class {v} is {file.VoteCounts[j][v]} but the patterns give {statistics.VoteCount(j, v)}.");
        return statistics;
    }

    private sealed record StatisticsJson(string Format, int Version, int Classes, IReadOnlyList<string> Programs, long Rows,
        IReadOnlyList<long[]> VoteCounts, IReadOnlyList<long[]> Overlap, IReadOnlyList<PatternJson> Patterns);

    private sealed record PatternJson(int[] Votes, long Count);
}
