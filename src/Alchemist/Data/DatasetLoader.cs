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
        ct.ThrowIfCancellationRequested();
        if (!File.Exists(spec.Path) && !Directory.Exists(spec.Path)) throw new AlchemistException($"{spec.Path} does not exist.");
        var data = FormatOf(spec) switch
        {
            "wrench" => WrenchLoader.Load(spec, labels, ct),
            "csv" => CsvLoader.Load(spec, ',', labels, ct),
            "tsv" => CsvLoader.Load(spec, '\t', labels, ct),
            "jsonl" => JsonLinesLoader.Load(spec, labels, ct),
            "json" => JsonArrayLoader.Load(spec, labels, ct),
            "parquet" => ParquetLoader.Load(spec, labels, ct),
            var other => throw new AlchemistException($"{spec.Path}: unknown data format '{other}'; use one of {string.Join(", ", Formats)}."),
        };
        return spec.Holdout is { } holdout ? holdout.Apply(data) : data;
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
