namespace Alchemist.Data;

/// <summary>
/// A contiguous run of whole records of a CSV, TSV or JSON Lines file: bytes <see cref="FirstByte"/> to
/// <see cref="EndByte"/> (exclusive), starting at the beginning of line <see cref="FirstLine"/>. Reading it reads only
/// those bytes (and, for CSV/TSV, the header record before them), so a shard of a large file costs its own size.
/// </summary>
/// <param name="FirstByte">Offset of the range's first record.</param>
/// <param name="EndByte">Offset after its last record's line break (the next range's <see cref="FirstByte"/>, or the file's length).</param>
/// <param name="FirstLine">The 1-based line the range starts on: row numbers in messages stay the file's.</param>
internal sealed record ByteRange(long FirstByte, long EndByte, int FirstLine)
{
    private const int Buffer = 1 << 20;

    /// <summary>
    /// Why <paramref name="spec"/>'s file cannot be read by byte ranges (a reader would not find its records by line), or
    /// null when it can: only CSV, TSV and JSON Lines files in a single-byte or UTF-8 encoding, whose line breaks are
    /// '\n' bytes.
    /// </summary>
    public static string? Unsupported(DataSourceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var format = DatasetLoader.FormatOf(spec);
        if (format is not ("csv" or "tsv" or "jsonl")) return $"{format} is parsed whole";
        if (!File.Exists(spec.Path)) return "not a file";
        using var stream = File.OpenRead(spec.Path);
        Span<byte> head = stackalloc byte[2];
        var read = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        return read == 2 && (head.SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            ? "UTF-16 text (line breaks are not single bytes)"
            : null;
    }

    /// <summary>
    /// The byte offset where each of <paramref name="lines"/> (1-based, ascending) starts, from one pass over the file's
    /// bytes; null with the reason when the file has a carriage return that is not followed by '\n' (a reader would count
    /// it as a line break, this scan not).
    /// </summary>
    public static long[]? LineStarts(string path, IReadOnlyList<int> lines, CancellationToken ct, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(lines);
        reason = null;
        var starts = new long[lines.Count];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[Buffer];
        var next = 0;
        var line = 1;
        long offset = 0;
        var carriage = false; // the previous buffer ended with '\r'
        while (next < lines.Count && lines[next] == line) starts[next++] = 0;
        int count;
        while (next < lines.Count && (count = stream.Read(buffer)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            var span = buffer.AsSpan(0, count);
            if (carriage && span[0] != (byte)'\n') return Bare(out reason);
            for (var at = span.IndexOfAny((byte)'\n', (byte)'\r'); at >= 0;)
            {
                if (span[at] == (byte)'\r')
                {
                    if (at + 1 < span.Length && span[at + 1] != (byte)'\n') return Bare(out reason);
                }
                else
                {
                    line++;
                    while (next < lines.Count && lines[next] == line) starts[next++] = offset + at + 1;
                    if (next == lines.Count) break;
                }
                var rest = span[(at + 1)..].IndexOfAny((byte)'\n', (byte)'\r');
                at = rest < 0 ? -1 : at + 1 + rest;
            }
            carriage = span[^1] == (byte)'\r';
            offset += count;
        }
        if (next < lines.Count) throw new AlchemistException($"{path} has fewer than {lines[next]} lines: it changed while it was read.");
        return starts;
    }

    private static long[]? Bare(out string? reason)
    {
        reason = "a carriage return without a line feed ends a line";
        return null;
    }

    /// <summary>Opens the range for reading: <paramref name="prefix"/> bytes (a CSV header) then the range's bytes.</summary>
    public Stream Open(string path, byte[] prefix) => new RangeStream(path, prefix, FirstByte, EndByte);

    /// <summary>The offset after the header record of a CSV/TSV file (its first line break outside double quotes), and how many lines it spans.</summary>
    public static (long End, int Lines) HeaderOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[64 * 1024];
        var quoted = false;
        var lines = 1;
        long offset = 0;
        int count;
        while ((count = stream.Read(buffer)) > 0)
        {
            for (var i = 0; i < count; i++)
            {
                if (buffer[i] == (byte)'"') quoted = !quoted;
                else if (buffer[i] == (byte)'\n')
                {
                    if (!quoted) return (offset + i + 1, lines);
                    lines++;
                }
            }
            offset += count;
        }
        return (offset, lines);
    }
}
