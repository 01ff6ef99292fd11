using System.Text.Json;

namespace Alchemist.Data;

/// <summary>
/// Loads JSON Lines: one JSON object per line (blank lines ignored); fields are named by dot paths into nested
/// objects, and each row's source row is its line number.
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
        using var reader = new StreamReader(file, TextEncodings.Get(spec.Encoding), detectEncodingFromByteOrderMarks: true);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            if ((++line & 4095) == 0) ct.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(text);
            }
            catch (JsonException e)
            {
                rows.Bad(line, null, $"invalid JSON at character {(e.BytePositionInLine ?? 0) + 1}: {e.Message}");
                continue;
            }
            using (doc)
            {
                var record = doc.RootElement;
                if (record.ValueKind != JsonValueKind.Object)
                {
                    rows.Bad(line, null, $"expected a JSON object, found {record.ValueKind}");
                    continue;
                }
                for (var f = 0; f < texts.Length; f++) texts[f] = textPaths[f].TryGet(record, out var value) ? JsonText.Of(value) : null;
                var label = labelPath is null ? LabelResult.Unknown : ReadLabel(record, labelPath, rows.Resolver!);
                string? id = null;
                if (idPath is not null && idPath.TryGet(record, out var idValue)) id = JsonText.Of(idValue);
                rows.Add(line, texts, label, id ?? "");
            }
        }
        return rows.Build(file, labels);
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
