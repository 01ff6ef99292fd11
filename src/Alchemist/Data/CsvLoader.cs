using System.Text;
using nietras.SeparatedValues;

namespace Alchemist.Data;

/// <summary>
/// Loads CSV or TSV with a header row (Sep): quoted fields may hold separators and newlines; each row's source row is
/// the file line it starts on, so messages point at the line an editor shows.
/// </summary>
internal static class CsvLoader
{
    /// <summary>Reads the file with the given separator in chunks of at most <paramref name="rowsPerChunk"/> rows, lazily:
    /// a chunk is read when it is asked for; with a byte range, only its records (behind the file's header).</summary>
    /// <exception cref="DataFormatException">A named column is missing, a row is ragged or bad (see <see cref="RowCollector"/>).</exception>
    public static IEnumerable<Dataset> Read(DataSourceSpec spec, char separator, LabelSet? labels, int rowsPerChunk, CancellationToken ct, ByteRange? range = null) =>
        ChunkGuard.Translate(Chunks(spec, separator, labels, rowsPerChunk, range, ct),
            e => e is DecoderFallbackException d ? TextEncodings.NotDecodable(spec.Path, spec.Encoding, null, d.BytesUnknown, d) : null);

    private static IEnumerable<Dataset> Chunks(DataSourceSpec spec, char separator, LabelSet? labels, int rowsPerChunk, ByteRange? range, CancellationToken ct)
    {
        var file = spec.Path;
        var rows = RowCollector.ForRecords(file, spec, labels);
        // A range is read behind the file's header; its lines are numbered as in the file.
        var (stream, lineOffset) = range is null ? ((Stream)File.OpenRead(file), 0) : Behind(file, range);
        using var text = new StreamReader(stream, TextEncodings.Get(spec.Encoding), detectEncodingFromByteOrderMarks: true);
        using var reader = Open(file, separator, text);
        var columns = reader.Header.ColNames.Count;
        if (columns == 0) throw new DataFormatException(file, 1, null, "the file is empty; expected a header row");
        var textCols = new int[rows.FieldNames.Count];
        for (var f = 0; f < textCols.Length; f++) textCols[f] = Column(reader, file, rows.FieldNames[f]);
        var labelCol = spec.LabelField is null ? -1 : Column(reader, file, spec.LabelField);
        var idCol = spec.IdField is null ? -1 : Column(reader, file, spec.IdField);
        var texts = new string?[textCols.Length];
        foreach (var row in reader)
        {
            if ((row.RowIndex & 4095) == 0) ct.ThrowIfCancellationRequested();
            var line = row.LineNumberFrom + lineOffset;
            if (row.ColCount != columns)
            {
                rows.Bad(line, null, $"the row has {row.ColCount} columns; the header has {columns}");
                continue;
            }
            for (var f = 0; f < texts.Length; f++) texts[f] = row[textCols[f]].ToString();
            var label = labelCol < 0 ? LabelResult.Unknown : rows.Resolver!.Resolve(row[labelCol].Span);
            rows.Add(line, texts, label, idCol < 0 ? null : row[idCol].ToString());
            if (rows.Count >= rowsPerChunk) yield return rows.Flush(file, labels, last: false)!;
        }
        if (rows.Flush(file, labels, last: true) is { } rest) yield return rest;
    }

    private static (Stream Stream, int LineOffset) Behind(string file, ByteRange range)
    {
        var (end, lines) = ByteRange.HeaderOf(file);
        var header = new byte[end];
        using (var head = File.OpenRead(file)) head.ReadExactly(header);
        return (range.Open(file, header), range.FirstLine - (lines + 1));
    }

    private static SepReader Open(string file, char separator, TextReader text)
    {
        try
        {
            return Sep.Reader(o => o with
            {
                Sep = new Sep(separator),
                HasHeader = true,
                Unescape = true,
                DisableColCountCheck = true,
                ColNameComparer = StringComparer.OrdinalIgnoreCase,
            }).From(text);
        }
        catch (ArgumentException e) when (e is not DecoderFallbackException)
        {
            // Sep rejects a header that repeats a column name (compared ignoring case, as columns are looked up).
            throw new DataFormatException(file, 1, null, $"the header is not usable: {e.Message}", e);
        }
    }

    private static int Column(SepReader reader, string file, string name) =>
        reader.Header.TryIndexOf(name, out var index)
            ? index
            : throw new DataFormatException(file, 1, name, $"no such column; the columns are {string.Join(", ", reader.Header.ColNames)}");
}
