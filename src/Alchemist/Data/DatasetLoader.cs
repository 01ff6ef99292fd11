namespace Alchemist.Data;

/// <summary>
/// The one entry point for reading data: picks the loader from the spec's format or, when it has none, from the
/// path: a folder with <c>label.json</c> or a <c>.json</c> split beside one is WRENCH; any other <c>.json</c> is an array
/// of records when it starts with '[', else JSON Lines.
/// </summary>
public static class DatasetLoader
{
    /// <summary>The format names <see cref="DataSourceSpec.Format"/> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["wrench", "csv", "tsv", "jsonl", "json", "parquet"];

    /// <summary>Loads the rows <paramref name="spec"/> describes.</summary>
    /// <param name="spec">Where the rows are and how to read them.</param>
    /// <param name="labels">The task's classes. WRENCH data brings its own (given ones must match); other data needs them
    /// when its labels are class names and no label map is given; without labels, ids 0..max become the classes.</param>
    /// <param name="ct">Cancels a long load.</param>
    /// <exception cref="DataFormatException">The data is malformed; the message names file, row and field.</exception>
    /// <exception cref="AlchemistException">The spec does not fit the data (unknown format, missing label set).</exception>
    public static Dataset Load(DataSourceSpec spec, LabelSet? labels = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        // The whole source is one chunk: the same readers as streaming, so both read rows the same way.
        var data = Read(spec with { Holdout = null }, labels, int.MaxValue, ct).Single();
        return spec.Holdout is { } holdout ? holdout.Apply(data) : data;
    }

    /// <summary>
    /// Reads the rows <paramref name="spec"/> describes as consecutive chunks of at most <paramref name="rowsPerChunk"/>
    /// rows, lazily: CSV, TSV and JSON Lines are read as the chunks are asked for, Parquet one row group at a time, so
    /// memory stays bounded whatever the file's size; a JSON array or a WRENCH split is parsed whole and then handed
    /// over in chunks. Each chunk counts the rows skipped and dropped while it was read; row numbers in messages and in
    /// <see cref="Dataset.SourceRows"/> are the file's.
    /// </summary>
    /// <param name="spec">Where the rows are and how to read them (no held-out split: that needs the whole file).</param>
    /// <param name="labels">The task's classes; needed when the data has labels and no label map, because classes seen
    /// only in a later chunk could not change an earlier chunk's ids.</param>
    /// <param name="rowsPerChunk">The largest chunk.</param>
    /// <param name="ct">Cancels the read between rows.</param>
    /// <exception cref="DataFormatException">The data is malformed; the message names file, row and field.</exception>
    /// <exception cref="AlchemistException">The spec does not fit the data or asks for a held-out split.</exception>
    public static IEnumerable<Dataset> ReadChunks(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk, CancellationToken ct = default)
    {
        CheckChunked(spec, labels, rowsPerChunk);
        return Read(spec, labels, rowsPerChunk, ct);
    }

    private static void CheckChunked(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerChunk, 1);
        if (spec.Holdout is not null)
            throw new AlchemistException($"{spec.Path}: a held-out split is drawn from the whole file, so it cannot be read in chunks; read it whole.");
        if (spec.LabelField is not null && spec.LabelMap is null && labels is null && FormatOf(spec) != "wrench")
            throw new AlchemistException($"{spec.Path}: reading labels in chunks needs the task's classes (a class first seen in a later chunk would renumber the earlier ones).");
    }

    /// <summary>
    /// The rows of each Parquet row group when every record of the file is a row (no bad rows skipped, no ids excluded, no
    /// held-out split), read from the footer alone; null for other data. Shards of such a file are whole row groups.
    /// </summary>
    /// <exception cref="DataFormatException">A Parquet file that cannot be read.</exception>
    internal static long[]? RowGroupSizes(DataSourceSpec spec, CancellationToken ct) =>
        FormatOf(spec) == "parquet" && File.Exists(spec.Path) && !spec.SkipBadRows && spec.ExcludeIdsFile is null && spec.Holdout is null
            ? ParquetLoader.RowGroupSizes(spec.Path, ct)
            : null;

    /// <summary>The records of one byte range of a CSV, TSV or JSON Lines file (<see cref="ByteRange"/>), in chunks; the rest of the file
    /// is not read (but a CSV's header).</summary>
    internal static IEnumerable<Dataset> ReadByteRange(DataSourceSpec spec, LabelSet? labels, ByteRange range, int rowsPerChunk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        CheckChunked(spec, labels, rowsPerChunk);
        return FormatOf(spec) switch
        {
            "csv" => CsvLoader.Read(spec, ',', labels, rowsPerChunk, ct, range),
            "tsv" => CsvLoader.Read(spec, '\t', labels, rowsPerChunk, ct, range),
            "jsonl" => JsonLinesLoader.Read(spec, labels, rowsPerChunk, ct, range),
            var other => throw new AlchemistException($"{spec.Path}: {other} data cannot be read by byte range."),
        };
    }

    /// <summary>Row groups <paramref name="firstGroup"/> to <paramref name="endGroup"/> - 1 of a Parquet file, in chunks; earlier groups are not read.</summary>
    internal static IEnumerable<Dataset> ReadRowGroups(DataSourceSpec spec, LabelSet? labels, int firstGroup, int endGroup, int rowsPerChunk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (FormatOf(spec) != "parquet") throw new AlchemistException($"{spec.Path}: row groups exist only in Parquet files.");
        return ParquetLoader.Read(spec, labels, rowsPerChunk, ct, firstGroup, endGroup);
    }

    private static IEnumerable<Dataset> Read(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (!File.Exists(spec.Path) && !Directory.Exists(spec.Path)) throw new AlchemistException($"{spec.Path} does not exist.");
        return FormatOf(spec) switch
        {
            "wrench" => Split(WrenchLoader.Load(spec, labels, ct), rowsPerChunk),
            "csv" => CsvLoader.Read(spec, ',', labels, rowsPerChunk, ct),
            "tsv" => CsvLoader.Read(spec, '\t', labels, rowsPerChunk, ct),
            "jsonl" => JsonLinesLoader.Read(spec, labels, rowsPerChunk, ct),
            "json" => Split(JsonArrayLoader.Load(spec, labels, ct), rowsPerChunk),
            "parquet" => ParquetLoader.Read(spec, labels, rowsPerChunk, ct),
            var other => throw new AlchemistException($"{spec.Path}: unknown data format '{other}'; use one of {string.Join(", ", Formats)}."),
        };
    }

    // A source parsed whole, handed over in chunks; the counts and examples of skipped rows travel with the first chunk.
    private static IEnumerable<Dataset> Split(Dataset whole, int rowsPerChunk)
    {
        if (whole.Count <= rowsPerChunk)
        {
            yield return whole;
            yield break;
        }
        for (var start = 0; start < whole.Count; start += rowsPerChunk)
        {
            var chunk = whole.Select(Enumerable.Range(start, Math.Min(rowsPerChunk, whole.Count - start)).ToArray());
            yield return start == 0 ? chunk : chunk with { Skipped = 0, Dropped = 0, Issues = [] };
        }
    }

    /// <summary>The spec's format, or the one its path implies.</summary>
    /// <exception cref="AlchemistException">The path does not exist or its format cannot be told.</exception>
    public static string FormatOf(DataSourceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Format is not null) return spec.Format.Trim().ToLowerInvariant();
        var path = spec.Path;
        if (Directory.Exists(path))
            return File.Exists(Path.Combine(path, WrenchLoader.LabelFile))
                ? "wrench"
                : throw new AlchemistException($"{path} is a folder without {WrenchLoader.LabelFile}, so not a WRENCH dataset; give a data file.");
        if (!File.Exists(path)) throw new AlchemistException($"{path} does not exist.");
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".json" when File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, WrenchLoader.LabelFile)) => "wrench",
            ".json" => StartsWithArray(path) ? "json" : "jsonl",
            ".csv" => "csv",
            ".tsv" or ".tab" => "tsv",
            ".jsonl" or ".ndjson" => "jsonl",
            ".parquet" => "parquet",
            _ => throw new AlchemistException($"{path}: cannot tell the data format from '{extension}'; give the format ({string.Join(", ", Formats)})."),
        };
    }

    // The first character after white space and a byte-order mark tells an array of records from JSON Lines.
    private static bool StartsWithArray(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4096];
        var bytes = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        bytes = bytes.TrimStart(" \t\r\n"u8);
        return !bytes.IsEmpty && bytes[0] == (byte)'[';
    }
}
