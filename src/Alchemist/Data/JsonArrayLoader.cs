using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Alchemist.Data;

/// <summary>
/// Loads a JSON file holding one array of records (<c>[{"text": ..., "label": ...}, ...]</c>); fields are dot paths
/// as in JSON Lines, and each row's source row is the line on which its record starts.
/// </summary>
internal static class JsonArrayLoader
{
    /// <summary>Loads the file.</summary>
    /// <exception cref="DataFormatException">The file is not a JSON array, or a record is bad (see <see cref="RowCollector"/>).</exception>
    public static Dataset Load(DataSourceSpec spec, LabelSet? labels, CancellationToken ct)
    {
        var file = spec.Path;
        var rows = RowCollector.ForRecords(file, spec, labels);
        var records = new JsonRecordReader(rows, spec);
        var bytes = ReadUtf8(file, spec.Encoding);
        var json = bytes.AsSpan();
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        int line = 1, counted = 0, count = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                throw new DataFormatException(file, 1, null, "expected a JSON array of records (for one object per line, use the jsonl format)");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (++count % 4096 == 0) ct.ThrowIfCancellationRequested();
                var start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                using var record = JsonDocument.ParseValue(ref reader);
                records.Add(line, record.RootElement);
            }
        }
        catch (JsonException e)
        {
            throw new DataFormatException(file, (e.LineNumber ?? 0) + 1, null, $"invalid JSON: {e.Message}", e);
        }
        return rows.Build(file, labels);
    }

    // The file as UTF-8 bytes: checked when it is UTF-8 (naming the line of a bad byte), transcoded otherwise.
    private static byte[] ReadUtf8(string file, string? encodingName)
    {
        var encoding = TextEncodings.Get(encodingName);
        if (encoding is not UTF8Encoding)
        {
            try
            {
                return Encoding.UTF8.GetBytes(File.ReadAllText(file, encoding));
            }
            catch (DecoderFallbackException e)
            {
                throw TextEncodings.NotDecodable(file, encodingName, null, e.BytesUnknown, e);
            }
        }
        var bytes = File.ReadAllBytes(file);
        if (!Utf8.IsValid(bytes))
        {
            var bad = TextEncodings.FirstInvalidUtf8(bytes);
            var line = bytes.AsSpan(0, bytes.Length - bad.Length).Count((byte)'\n') + 1;
            throw TextEncodings.NotDecodable(file, encodingName, line, bad, null);
        }
        return bytes;
    }
}
