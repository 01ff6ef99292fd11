using System.Text.Json;

namespace Alchemist.Data;

/// <summary>
/// Turns one JSON record (a JSON Lines line or an element of a JSON array) into a row: text fields, label and id
/// named by dot paths, handed to the <see cref="RowCollector"/>.
/// </summary>
internal sealed class JsonRecordReader
{
    private readonly RowCollector _rows;
    private readonly JsonPath[] _textPaths;
    private readonly JsonPath? _labelPath;
    private readonly JsonPath? _idPath;
    private readonly string?[] _texts;

    /// <summary>Prepares the paths the spec names.</summary>
    public JsonRecordReader(RowCollector rows, DataSourceSpec spec)
    {
        _rows = rows;
        _textPaths = new JsonPath[rows.FieldNames.Count];
        for (var f = 0; f < _textPaths.Length; f++) _textPaths[f] = new JsonPath(rows.FieldNames[f]);
        _labelPath = spec.LabelField is null ? null : new JsonPath(spec.LabelField);
        _idPath = spec.IdField is null ? null : new JsonPath(spec.IdField);
        _texts = new string?[_textPaths.Length];
    }

    /// <summary>Adds the record found at <paramref name="row"/> (a bad row when it is not an object).</summary>
    public void Add(int row, JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            _rows.Bad(row, null, $"expected a JSON object, found {record.ValueKind}");
            return;
        }
        for (var f = 0; f < _texts.Length; f++) _texts[f] = _textPaths[f].TryGet(record, out var value) ? JsonText.Of(value) : null;
        var label = _labelPath is null ? LabelResult.Unknown : ReadLabel(record, _labelPath, _rows.Resolver!);
        string? id = null;
        if (_idPath is not null && _idPath.TryGet(record, out var idValue)) id = JsonText.Of(idValue);
        _rows.Add(row, _texts, label, id ?? "");
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
