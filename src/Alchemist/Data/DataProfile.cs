using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Alchemist.Data;

/// <summary>One column of a data sample: how long its values are and how many distinct values it holds.</summary>
/// <param name="Name">The column (or top-level JSON property).</param>
/// <param name="NonEmpty">Sampled rows where it is not blank.</param>
/// <param name="AverageLength">Mean length in characters of its non-blank values.</param>
/// <param name="Distinct">Distinct non-blank values, with their counts, most frequent first (at most <see cref="DataProfile.MaxClasses"/> + 1 kept).</param>
internal sealed record ColumnProfile(string Name, int NonEmpty, double AverageLength, IReadOnlyList<KeyValuePair<string, int>> Distinct)
{
    /// <summary>True when the column has few enough distinct values to be a class label: 2 to <see cref="DataProfile.MaxClasses"/>,
    /// each seen five times on average (so a short free-text column of a small sample is not taken for labels).</summary>
    public bool FewValues => Distinct.Count is >= 2 and <= DataProfile.MaxClasses && Distinct.Count * 5 <= NonEmpty;
}

/// <summary>
/// What <c>alchemist init</c> reads from a user's data before writing a spec: the columns of a sample of rows and, from
/// them, a proposed text field set, label column and label values. A proposal, meant to be read and edited.
/// </summary>
/// <param name="Path">The file read.</param>
/// <param name="Format">Its format (csv, tsv, jsonl, json).</param>
/// <param name="Rows">Rows sampled.</param>
/// <param name="Columns">Each column, in file order.</param>
/// <param name="TextFields">The proposed text field(s): the columns with long free text.</param>
/// <param name="LabelField">The proposed label column, or null when none looks like one.</param>
/// <param name="Labels">The proposed class names in id order (numeric labels in numeric order, names in ordinal order), or null.</param>
internal sealed record DataProfile(string Path, string Format, int Rows, IReadOnlyList<ColumnProfile> Columns, IReadOnlyList<string> TextFields,
    string? LabelField, IReadOnlyList<string>? Labels)
{
    /// <summary>Rows read to profile a file.</summary>
    public const int SampleRows = 5000;

    /// <summary>The most distinct values a label column may have.</summary>
    public const int MaxClasses = 20;

    private static readonly string[] LabelNames = ["label", "labels", "class", "category", "target", "y", "gold", "sentiment", "intent", "topic"];

    /// <summary>Profiles the first <see cref="SampleRows"/> rows of a CSV, TSV, JSON Lines or JSON-array file.</summary>
    /// <exception cref="AlchemistException">The path does not exist, or the format cannot be profiled (WRENCH, Parquet).</exception>
    /// <exception cref="DataFormatException">The file is malformed.</exception>
    public static DataProfile Read(string path, string? encoding = null, CancellationToken ct = default)
    {
        var format = DatasetLoader.FormatOf(new DataSourceSpec(path));
        var records = format switch
        {
            "csv" => Separated(path, ',', encoding),
            "tsv" => Separated(path, '\t', encoding),
            "jsonl" => JsonLines(path, encoding),
            "json" => JsonArray(path, encoding),
            _ => throw new AlchemistException($"{path}: init can read the columns of csv, tsv, jsonl and json files, not {format}; give --text-field and --label-field."),
        };
        var names = new List<string>();
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var record in records.Take(SampleRows))
        {
            if ((rows++ & 1023) == 0) ct.ThrowIfCancellationRequested();
            foreach (var (name, value) in record)
            {
                if (!values.TryGetValue(name, out var list)) { names.Add(name); values[name] = list = []; }
                if (!string.IsNullOrWhiteSpace(value)) list.Add(value.Trim());
            }
        }
        var columns = names.Select(n => Column(n, values[n])).ToArray();
        var label = ProposeLabel(columns);
        var text = ProposeText(columns, label);
        return new DataProfile(System.IO.Path.GetFullPath(path), format, rows, columns, text, label?.Name, label is null ? null : ClassNames(label));
    }

    private static ColumnProfile Column(string name, List<string> values)
    {
        var counts = values.GroupBy(v => v, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxClasses + 1).ToArray();
        return new ColumnProfile(name, values.Count, values.Count == 0 ? 0 : values.Average(v => v.Length), counts);
    }

    /// <summary>A column named like a label with few values, else the column with the fewest (2..20) short values.</summary>
    private static ColumnProfile? ProposeLabel(IReadOnlyList<ColumnProfile> columns)
    {
        var candidates = columns.Where(c => c.FewValues && c.AverageLength <= 40).ToArray();
        return candidates.FirstOrDefault(c => LabelNames.Contains(c.Name.Trim(), StringComparer.OrdinalIgnoreCase))
            ?? candidates.OrderBy(c => c.Distinct.Count).FirstOrDefault();
    }

    /// <summary>The columns of long free text: at least half as long on average as the longest, and longer than a short code.</summary>
    private static IReadOnlyList<string> ProposeText(IReadOnlyList<ColumnProfile> columns, ColumnProfile? label)
    {
        var free = columns.Where(c => c != label && c.NonEmpty > 0 && !c.FewValues).ToArray();
        if (free.Length == 0) return [];
        var longest = free.Max(c => c.AverageLength);
        return free.Where(c => c.AverageLength >= Math.Max(12, longest / 2)).Select(c => c.Name).DefaultIfEmpty(free.MaxBy(c => c.AverageLength)!.Name).ToArray();
    }

    private static IReadOnlyList<string> ClassNames(ColumnProfile label)
    {
        var names = label.Distinct.Select(p => p.Key).ToArray();
        return names.All(n => int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            ? names.OrderBy(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()
            : names.Order(StringComparer.Ordinal).ToArray();
    }

    private static IEnumerable<IEnumerable<(string, string)>> Separated(string path, char separator, string? encoding)
    {
        using var text = new StreamReader(path, TextEncodings.Get(encoding), detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(separator), HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        var header = reader.Header.ColNames.ToArray();
        foreach (var row in reader)
        {
            var record = new (string, string)[Math.Min(header.Length, row.ColCount)];
            for (var c = 0; c < record.Length; c++) record[c] = (header[c], row[c].ToString());
            yield return record;
        }
    }

    private static IEnumerable<IEnumerable<(string, string)>> JsonLines(string path, string? encoding)
    {
        foreach (var line in File.ReadLines(path, TextEncodings.Get(encoding)))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = ParseRecord(path, line);
            yield return Scalars(doc.RootElement);
        }
    }

    private static IEnumerable<IEnumerable<(string, string)>> JsonArray(string path, string? encoding)
    {
        using var doc = ParseRecord(path, File.ReadAllText(path, TextEncodings.Get(encoding)));
        foreach (var element in doc.RootElement.EnumerateArray().Take(SampleRows)) yield return Scalars(element);
    }

    private static JsonDocument ParseRecord(string path, string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, e.LineNumber + 1, null, $"not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>A record's top-level strings and numbers (nested values are left to <c>text_fields</c> dot paths).</summary>
    private static (string, string)[] Scalars(JsonElement record) => record.ValueKind != JsonValueKind.Object ? [] :
        record.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())).ToArray();
}
