using System.Text;
using System.Text.Json;

namespace Alchemist.Data;

/// <summary>
/// Loads JSON Lines: one JSON object per line (blank lines ignored); fields are named by dot paths into nested
/// objects, and each row's source row is its line number. UTF-8 files are parsed straight from their bytes (checked
/// line by line, so invalid bytes are reported with their line); other encodings are decoded first.
/// </summary>
internal static class JsonLinesLoader
{
    /// <summary>Reads the file in chunks of at most <paramref name="rowsPerChunk"/> rows, lazily: a chunk is read when it is
    /// asked for; with a byte range, only its lines.</summary>
    /// <exception cref="DataFormatException">A line is not a JSON object, or a row is bad (see <see cref="RowCollector"/>).</exception>
    public static IEnumerable<Dataset> Read(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk, CancellationToken ct, ByteRange? range = null) =>
        ChunkGuard.Translate(Chunks(spec, labels, rowsPerChunk, range, ct),
            e => e is DecoderFallbackException d ? TextEncodings.NotDecodable(spec.Path, spec.Encoding, null, d.BytesUnknown, d) : null);

    private static IEnumerable<Dataset> Chunks(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk, ByteRange? range, CancellationToken ct)
    {
        var file = spec.Path;
        var rows = RowCollector.ForRecords(file, spec, labels);
        var records = new JsonRecordReader(rows, spec);
        foreach (var (line, json) in Lines(file, spec.Encoding, range))
        {
            if ((line & 4095) == 0) ct.ThrowIfCancellationRequested();
            if (json.Span.Trim(" \t\r"u8).IsEmpty) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(json);
            }
            catch (JsonException e)
            {
                rows.Bad(line, null, $"invalid JSON at byte {(e.BytePositionInLine ?? 0) + 1}: {e.Message}");
                continue;
            }
            using (doc) records.Add(line, doc.RootElement);
            if (rows.Count >= rowsPerChunk) yield return rows.Flush(file, labels, last: false)!;
        }
        if (rows.Flush(file, labels, last: true) is { } rest) yield return rest;
    }

    // Each line as UTF-8 with its number: UTF-8 files straight from their bytes (a bad byte is reported with its line),
    // other encodings decoded and re-encoded.
    private static IEnumerable<(int Line, ReadOnlyMemory<byte> Json)> Lines(string file, string? encodingName, ByteRange? range)
    {
        var encoding = TextEncodings.Get(encodingName);
        var line = range is null ? 0 : range.FirstLine - 1;
        if (encoding is UTF8Encoding)
        {
            using var lines = new Utf8LineReader(range is null ? File.OpenRead(file) : range.Open(file, []));
            while (lines.TryReadLine(out var bytes))
            {
                line++;
                if (!System.Text.Unicode.Utf8.IsValid(bytes.Span)) throw TextEncodings.NotDecodable(file, encodingName, line, TextEncodings.FirstInvalidUtf8(bytes.Span), null);
                yield return (line, bytes);
            }
            yield break;
        }
        using var reader = new StreamReader(range is null ? File.OpenRead(file) : range.Open(file, []), encoding, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } text) yield return (++line, Encoding.UTF8.GetBytes(text));
    }
}
