using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Alchemist.Data;

/// <summary>
/// Writes a table chunk by chunk (CSV, TSV, JSON Lines, or Parquet with one row group per chunk, chosen by the
/// extension), so a long job's first rows are on disk within seconds. Rows go to <see cref="PartialPath"/> beside the
/// target, which <see cref="Complete"/> moves into place: an interrupted job never leaves a half-written table under
/// the target's name, and disposing without completing deletes the partial file.
/// </summary>
internal sealed class TableStreamWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _path;
    private readonly string _extension;
    private readonly AtomicFile.Pending _file;
    private readonly FileStream _stream;
    private StreamWriter? _text;
    private SepWriter? _separated;
    private Utf8JsonWriter? _json;
    private ParquetWriter? _parquet;
    private DataField[]? _fields;
    private string[]? _names;
    private bool _completed;

    /// <summary>Opens <see cref="PartialPath"/> for <paramref name="path"/> (.csv, .tsv, .jsonl/.ndjson or .parquet).</summary>
    /// <exception cref="AlchemistException">The extension is not a table format.</exception>
    public TableStreamWriter(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = Path.GetFullPath(path);
        _extension = Path.GetExtension(path).ToLowerInvariant();
        if (_extension is not (".csv" or ".tsv" or ".jsonl" or ".ndjson" or ".parquet"))
            throw new AlchemistException($"{path}: cannot write a table as '{_extension}'; use .csv, .tsv, .jsonl or .parquet.");
        _file = AtomicFile.Begin(_path, _path + ".partial");
        _stream = _file.Stream;
    }

    /// <summary>Where rows are written until <see cref="Complete"/>.</summary>
    public string PartialPath => _file.TempPath;

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Appends the rows of <paramref name="columns"/>: the same names and types in every chunk.</summary>
    /// <exception cref="AlchemistException">Columns that differ in length, repeat a name, or differ from the first chunk's.</exception>
    public void Append(IReadOnlyList<TableColumn> columns, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Check(columns);
        _names ??= columns.Select(c => c.Name).ToArray();
        if (!_names.SequenceEqual(columns.Select(c => c.Name)))
            throw new AlchemistException($"{_path}: every chunk must have the columns {string.Join(", ", _names)}.");
        switch (_extension)
        {
            case ".csv" or ".tsv": AppendSeparated(columns, ct); break;
            case ".parquet": Task.Run(() => AppendParquet(columns, ct), ct).GetAwaiter().GetResult(); break;
            default: AppendJsonLines(columns, ct); break;
        }
        Rows += columns[0].Count;
    }

    /// <summary>Flushes the rows and moves the file to its target path (an earlier file there is replaced).</summary>
    public void Complete()
    {
        _separated?.Dispose();
        _text?.Dispose();
        _json?.Dispose();
        if (_parquet is not null) Task.Run(async () => await _parquet.DisposeAsync().ConfigureAwait(false)).GetAwaiter().GetResult();
        _parquet = null;
        _file.Commit();
        _completed = true;
    }

    /// <summary>Closes the file; without <see cref="Complete"/> the partial file is deleted.</summary>
    public void Dispose()
    {
        if (_completed) return;
        try
        {
            _separated?.Dispose();
            _text?.Dispose();
            _json?.Dispose();
        }
        catch (IOException)
        {
            // The file is deleted below; a failure to flush it does not matter.
        }
        _file.Dispose();
    }

    private void Check(IReadOnlyList<TableColumn> columns)
    {
        if (columns.Count == 0) throw new AlchemistException($"{_path}: a table needs at least one column.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            if (!names.Add(column.Name)) throw new AlchemistException($"{_path}: column '{column.Name}' appears twice.");
            if (column.Count != columns[0].Count)
                throw new AlchemistException($"{_path}: column '{column.Name}' has {column.Count} rows; '{columns[0].Name}' has {columns[0].Count}.");
        }
    }

    private void AppendSeparated(IReadOnlyList<TableColumn> columns, CancellationToken ct)
    {
        _text ??= new StreamWriter(_stream, Utf8, leaveOpen: true);
        _separated ??= Sep.Writer(o => o with { Sep = new Sep(_extension == ".tsv" ? '\t' : ','), Escape = true }).To(_text);
        var rows = columns[0].Count;
        for (var r = 0; r < rows; r++)
        {
            if ((r & 4095) == 0) ct.ThrowIfCancellationRequested();
            // Sep's NewRow(token) is for asynchronous writes only (its synchronous dispose then throws); the check above cancels.
#pragma warning disable CA2016
            using var row = _separated.NewRow();
#pragma warning restore CA2016
            foreach (var column in columns) row[column.Name].Set(column.Format(r));
        }
        _separated.Flush();
        _text.Flush();
    }

    private void AppendJsonLines(IReadOnlyList<TableColumn> columns, CancellationToken ct)
    {
        var names = new JsonEncodedText[columns.Count];
        for (var c = 0; c < names.Length; c++) names[c] = JsonEncodedText.Encode(columns[c].Name);
        // Validation is off because the file holds many top-level values, one per line.
        _json ??= new Utf8JsonWriter(_stream, new JsonWriterOptions { SkipValidation = true });
        var rows = columns[0].Count;
        for (var r = 0; r < rows; r++)
        {
            if ((r & 4095) == 0) ct.ThrowIfCancellationRequested();
            _json.WriteStartObject();
            for (var c = 0; c < names.Length; c++)
            {
                switch (columns[c].Values)
                {
                    case string[] s when s[r] is null: _json.WriteNull(names[c]); break;
                    case string[] s: _json.WriteString(names[c], s[r]); break;
                    case int[] i: _json.WriteNumber(names[c], i[r]); break;
                    case long[] l: _json.WriteNumber(names[c], l[r]); break;
                    case float[] f: _json.WriteNumber(names[c], f[r]); break;
                    case double[] d: _json.WriteNumber(names[c], d[r]); break;
                }
            }
            _json.WriteEndObject();
            _json.Flush();
            _stream.WriteByte((byte)'\n');
            _json.Reset();
        }
        _stream.Flush();
    }

    private async Task AppendParquet(IReadOnlyList<TableColumn> columns, CancellationToken ct)
    {
        if (_fields is null)
        {
            _fields = new DataField[columns.Count];
            for (var c = 0; c < _fields.Length; c++)
                _fields[c] = columns[c].Values switch
                {
                    string[] => new DataField<string>(columns[c].Name, true),
                    int[] => new DataField<int>(columns[c].Name),
                    long[] => new DataField<long>(columns[c].Name),
                    float[] => new DataField<float>(columns[c].Name),
                    _ => new DataField<double>(columns[c].Name),
                };
            _parquet = await ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, cancellationToken: ct).ConfigureAwait(false);
        }
        using var group = _parquet!.CreateRowGroup();
        for (var c = 0; c < _fields.Length; c++)
        {
            var task = columns[c].Values switch
            {
                string[] s => group.WriteAsync(_fields[c], s, null),
                int[] i => group.WriteAsync<int>(_fields[c], i, null, null, ct),
                long[] l => group.WriteAsync<long>(_fields[c], l, null, null, ct),
                float[] f => group.WriteAsync<float>(_fields[c], f, null, null, ct),
                double[] d => group.WriteAsync<double>(_fields[c], d, null, null, ct),
                _ => throw new InvalidOperationException("TableColumn admits no other types."),
            };
            await task.ConfigureAwait(false);
        }
    }
}
