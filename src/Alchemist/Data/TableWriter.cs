using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Alchemist.Data;

/// <summary>
/// Writes a table of named columns as CSV, TSV, JSON Lines or Parquet, chosen by the file extension, in a form
/// <see cref="DatasetLoader"/> reads back. The file appears atomically (written to a temporary file, then moved), so a
/// failure never leaves a half-written table in place of an earlier one.
/// </summary>
public static class TableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="columns"/> to <paramref name="path"/> (.csv, .tsv, .jsonl/.ndjson or .parquet).</summary>
    /// <exception cref="AlchemistException">The extension is not a table format, or the columns differ in length or repeat a name.</exception>
    public static void Write(string path, IReadOnlyList<TableColumn> columns, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        Check(path, columns);
        var write = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => (Action<Stream>)(s => WriteSeparated(s, ',', columns, ct)),
            ".tsv" => s => WriteSeparated(s, '\t', columns, ct),
            ".jsonl" or ".ndjson" => s => WriteJsonLines(s, columns, ct),
            ".parquet" => s => Task.Run(() => WriteParquet(s, columns, ct), ct).GetAwaiter().GetResult(),
            var other => throw new AlchemistException($"{path}: cannot write a table as '{other}'; use .csv, .tsv, .jsonl or .parquet."),
        };
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                write(stream);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static void Check(string path, IReadOnlyList<TableColumn> columns)
    {
        if (columns.Count == 0) throw new AlchemistException($"{path}: a table needs at least one column.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            if (!names.Add(column.Name)) throw new AlchemistException($"{path}: column '{column.Name}' appears twice.");
            if (column.Count != columns[0].Count)
                throw new AlchemistException($"{path}: column '{column.Name}' has {column.Count} rows; '{columns[0].Name}' has {columns[0].Count}.");
        }
    }

    private static void WriteSeparated(Stream stream, char separator, IReadOnlyList<TableColumn> columns, CancellationToken ct)
    {
        using var text = new StreamWriter(stream, Utf8);
        using var writer = Sep.Writer(o => o with { Sep = new Sep(separator), Escape = true }).To(text);
        var rows = columns[0].Count;
        for (var r = 0; r < rows; r++)
        {
            if ((r & 4095) == 0) ct.ThrowIfCancellationRequested();
            using var row = writer.NewRow();
            foreach (var column in columns) row[column.Name].Set(Format(column.Values, r));
        }
    }

    private static string Format(Array values, int row) => values switch
    {
        string[] s => s[row] ?? "",
        int[] i => i[row].ToString(CultureInfo.InvariantCulture),
        long[] l => l[row].ToString(CultureInfo.InvariantCulture),
        float[] f => f[row].ToString(CultureInfo.InvariantCulture),
        double[] d => d[row].ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("TableColumn admits no other types."),
    };

    private static void WriteJsonLines(Stream stream, IReadOnlyList<TableColumn> columns, CancellationToken ct)
    {
        var names = new JsonEncodedText[columns.Count];
        for (var c = 0; c < names.Length; c++) names[c] = JsonEncodedText.Encode(columns[c].Name);
        // Validation is off because the file holds many top-level values, one per line.
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
        var rows = columns[0].Count;
        for (var r = 0; r < rows; r++)
        {
            if ((r & 4095) == 0) ct.ThrowIfCancellationRequested();
            json.WriteStartObject();
            for (var c = 0; c < names.Length; c++)
            {
                switch (columns[c].Values)
                {
                    case string[] s when s[r] is null: json.WriteNull(names[c]); break;
                    case string[] s: json.WriteString(names[c], s[r]); break;
                    case int[] i: json.WriteNumber(names[c], i[r]); break;
                    case long[] l: json.WriteNumber(names[c], l[r]); break;
                    case float[] f: json.WriteNumber(names[c], f[r]); break;
                    case double[] d: json.WriteNumber(names[c], d[r]); break;
                }
            }
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static async Task WriteParquet(Stream stream, IReadOnlyList<TableColumn> columns, CancellationToken ct)
    {
        var fields = new DataField[columns.Count];
        for (var c = 0; c < fields.Length; c++)
            fields[c] = columns[c].Values switch
            {
                string[] => new DataField<string>(columns[c].Name, true),
                int[] => new DataField<int>(columns[c].Name),
                long[] => new DataField<long>(columns[c].Name),
                float[] => new DataField<float>(columns[c].Name),
                _ => new DataField<double>(columns[c].Name),
            };
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: ct).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var task = columns[c].Values switch
            {
                string[] s => group.WriteAsync(fields[c], s, null),
                int[] i => group.WriteAsync<int>(fields[c], i, null, null, ct),
                long[] l => group.WriteAsync<long>(fields[c], l, null, null, ct),
                float[] f => group.WriteAsync<float>(fields[c], f, null, null, ct),
                double[] d => group.WriteAsync<double>(fields[c], d, null, null, ct),
                _ => throw new InvalidOperationException("TableColumn admits no other types."),
            };
            await task.ConfigureAwait(false);
        }
    }
}
