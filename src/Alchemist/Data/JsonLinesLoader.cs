using System.Text;
using System.Text.Json;
using System.Text.Unicode;

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
        var textPaths = new JsonPath[rows.FieldNames.Count];
        for (var f = 0; f < textPaths.Length; f++) textPaths[f] = new JsonPath(rows.FieldNames[f]);
        var labelPath = spec.LabelField is null ? null : new JsonPath(spec.LabelField);
        var idPath = spec.IdField is null ? null : new JsonPath(spec.IdField);
        var texts = new string?[textPaths.Length];
        var encoding = TextEncodings.Get(spec.Encoding);
        var line = 0;
        if (encoding is UTF8Encoding)
        {
            using var lines = new Utf8LineReader(file);
            while (lines.TryReadLine(out var bytes))
            {
                line++;
                if (!Utf8.IsValid(bytes.Span)) throw TextEncodings.NotDecodable(file, spec.Encoding, line, FirstInvalid(bytes.Span), null);
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
            using (doc)
            {
                var record = doc.RootElement;
                if (record.ValueKind != JsonValueKind.Object)
                {
                    rows.Bad(line, null, $"expected a JSON object, found {record.ValueKind}");
                    return;
                }
                for (var f = 0; f < texts.Length; f++) texts[f] = textPaths[f].TryGet(record, out var value) ? JsonText.Of(value) : null;
                var label = labelPath is null ? LabelResult.Unknown : ReadLabel(record, labelPath, rows.Resolver!);
                string? id = null;
                if (idPath is not null && idPath.TryGet(record, out var idValue)) id = JsonText.Of(idValue);
                rows.Add(line, texts, label, id ?? "");
            }
        }
    }

    // The bytes from the first one that is not valid UTF-8 (only computed for the error message).
    private static ReadOnlySpan<byte> FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var valid, out _, replaceInvalidSequences: false);
        return bytes[valid..];
    }

    private static LabelResult ReadLabel(JsonElement record, JsonPath path, LabelResolver resolver)
    {
        if (!path.TryGet(record, out var label)) return LabelResult.Unknown;
        return label.ValueKind switch
        {
            JsonValueKind.String => resolver.Resolve(label.GetString()),
            JsonValueKind.Null => LabelResult.Unknown,
            JsonValueKind.Number when label.TryGetInt64(out var id) => resolver.ResolveId(id),
            _ => resolver.Resolve(label.GetRawText()),
        };
    }
}
