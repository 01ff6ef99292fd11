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
    /// <summary>Loads the file.</summary>
    /// <exception cref="DataFormatException">A line is not a JSON object, or a row is bad (see <see cref="RowCollector"/>).</exception>
    public static Dataset Load(DataSourceSpec spec, LabelSet? labels, CancellationToken ct)
    {
        var file = spec.Path;
        var rows = RowCollector.ForRecords(file, spec, labels);
        var records = new JsonRecordReader(rows, spec);
        var encoding = TextEncodings.Get(spec.Encoding);
        var line = 0;
        if (encoding is UTF8Encoding)
        {
            using var lines = new Utf8LineReader(file);
            while (lines.TryReadLine(out var bytes))
            {
                line++;
                if (!System.Text.Unicode.Utf8.IsValid(bytes.Span)) throw TextEncodings.NotDecodable(file, spec.Encoding, line, TextEncodings.FirstInvalidUtf8(bytes.Span), null);
                AddLine(bytes);
            }
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true);
                while (reader.ReadLine() is { } text)
                {
                    line++;
                    AddLine(Encoding.UTF8.GetBytes(text));
                }
            }
            catch (DecoderFallbackException e)
            {
                throw TextEncodings.NotDecodable(file, spec.Encoding, null, e.BytesUnknown, e);
            }
        }
        return rows.Build(file, labels);

        void AddLine(ReadOnlyMemory<byte> json)
        {
            if ((line & 4095) == 0) ct.ThrowIfCancellationRequested();
            if (json.Span.Trim(" \t\r"u8).IsEmpty) return;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(json);
            }
            catch (JsonException e)
            {
                rows.Bad(line, null, $"invalid JSON at byte {(e.BytePositionInLine ?? 0) + 1}: {e.Message}");
                return;
            }
            using (doc) records.Add(line, doc.RootElement);
        }
    }
}
