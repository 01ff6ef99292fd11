using Parquet;
using Parquet.Schema;

namespace Alchemist.Data;

/// <summary>
/// Loads a Parquet file (Parquet.Net) one row group at a time: text columns must hold strings; the label column
/// strings or integers; each row's source row is its 1-based record number.
/// </summary>
internal static class ParquetLoader
{
    /// <summary>Reads the file in chunks of at most <paramref name="rowsPerChunk"/> rows, one row group at a time: a row
    /// group is read when a chunk needs it, so memory holds one row group and one chunk.</summary>
    /// <exception cref="DataFormatException">A named column is missing or not text, the file is not readable Parquet, or a
    /// row is bad (see <see cref="RowCollector"/>).</exception>
    /// <param name="spec">The file and how to read it.</param>
    /// <param name="labels">The task's classes.</param>
    /// <param name="rowsPerChunk">The largest chunk.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <param name="firstGroup">The first row group to read (earlier ones are skipped unread; record numbers still count them).</param>
    /// <param name="endGroup">The row group to stop before.</param>
    public static IEnumerable<Dataset> Read(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk, CancellationToken ct, int firstGroup = 0, int endGroup = int.MaxValue) =>
        ChunkGuard.Translate(Chunks(spec, labels, rowsPerChunk, firstGroup, endGroup, ct), e => Unreadable(spec.Path, e));

    /// <summary>Rows of each row group, from the file's footer alone.</summary>
    /// <exception cref="DataFormatException">The file is not readable Parquet.</exception>
    public static long[] RowGroupSizes(string file, CancellationToken ct)
    {
        try
        {
            return Wait(async () =>
            {
                await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: ct).ConfigureAwait(false);
                var sizes = new long[reader.RowGroupCount];
                for (var g = 0; g < sizes.Length; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    sizes[g] = group.RowCount;
                }
                return sizes;
            });
        }
        catch (Exception e) when (Unreadable(file, e) is { } error)
        {
            throw error;
        }
    }

    // Parquet.Net meets a damaged footer or page with whatever its decoder trips on (index out of range, overflow,
    // end of stream): any failure of the reader itself means the file cannot be read.
    private static Exception? Unreadable(string file, Exception e) =>
        e is AlchemistException or OperationCanceledException or UnauthorizedAccessException or OutOfMemoryException ? null
        : new DataFormatException(file, null, null, $"not a readable Parquet file (damaged, truncated or not Parquet): {e.Message}", e);

    private static IEnumerable<Dataset> Chunks(DataSourceSpec spec, LabelSet? labels, int rowsPerChunk, int firstGroup, int endGroup, CancellationToken ct)
    {
        var file = spec.Path;
        var rows = RowCollector.ForRecords(file, spec, labels);
        // Parquet.Net is asynchronous only; the loaders are synchronous iterators, so each read runs to completion here.
        var reader = Wait(() => ParquetReader.CreateAsync(file, cancellationToken: ct));
        try
        {
            var schema = reader.Schema.DataFields;
            var textFields = new DataField[rows.FieldNames.Count];
            for (var f = 0; f < textFields.Length; f++) textFields[f] = Column(file, schema, rows.FieldNames[f], textOnly: true);
            var labelField = spec.LabelField is null ? null : Column(file, schema, spec.LabelField, textOnly: false);
            var idField = spec.IdField is null ? null : Column(file, schema, spec.IdField, textOnly: false);
            var texts = new string?[textFields.Length];
            var record = 0;
            for (var g = 0; g < Math.Min(firstGroup, reader.RowGroupCount); g++)
            {
                using var skipped = reader.OpenRowGroupReader(g);
                record += (int)skipped.RowCount;
            }
            for (var g = firstGroup; g < Math.Min(endGroup, reader.RowGroupCount); g++)
            {
                ct.ThrowIfCancellationRequested();
                var group = Wait(() => ReadGroup(reader, g, textFields, labelField, idField, ct));
                for (var r = 0; r < group.Rows; r++)
                {
                    record++;
                    for (var f = 0; f < texts.Length; f++) texts[f] = group.Texts[f][r];
                    var label = group.LabelTexts is not null ? rows.Resolver!.Resolve(group.LabelTexts[r])
                        : group.LabelIds?[r] is { } id ? rows.Resolver!.ResolveId(id)
                        : LabelResult.Unknown;
                    rows.Add(record, texts, label, group.Ids?[r] ?? "");
                    if (rows.Count >= rowsPerChunk) yield return rows.Flush(file, labels, last: false)!;
                }
            }
        }
        finally
        {
            Task.Run(() => reader.DisposeAsync().AsTask(), CancellationToken.None).GetAwaiter().GetResult(); // always close, cancelled or not
        }
        if (rows.Flush(file, labels, last: true) is { } rest) yield return rest;
    }

    private sealed record RowGroup(int Rows, string?[][] Texts, string?[]? LabelTexts, long?[]? LabelIds, string?[]? Ids);

    private static async Task<RowGroup> ReadGroup(ParquetReader reader, int index, DataField[] textFields, DataField? labelField, DataField? idField,
        CancellationToken ct)
    {
        using var group = reader.OpenRowGroupReader(index);
        var n = checked((int)group.RowCount);
        var columns = new string?[textFields.Length][];
        for (var f = 0; f < columns.Length; f++) columns[f] = await ReadTexts(group, textFields[f], n, ct).ConfigureAwait(false);
        var labelTexts = labelField is not null && IsText(labelField) ? await ReadTexts(group, labelField, n, ct).ConfigureAwait(false) : null;
        var labelIds = labelField is not null && labelTexts is null ? await ReadIntegers(group, labelField, n, ct).ConfigureAwait(false) : null;
        var ids = idField is null ? null
            : IsText(idField) ? await ReadTexts(group, idField, n, ct).ConfigureAwait(false)
            : Array.ConvertAll(await ReadIntegers(group, idField, n, ct).ConfigureAwait(false), i => i?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new RowGroup(n, columns, labelTexts, labelIds, ids);
    }

    // Runs an asynchronous read to completion on the thread pool, where no caller's synchronization context can deadlock it.
    private static T Wait<T>(Func<Task<T>> read) => Task.Run(read).GetAwaiter().GetResult();

    private static DataField Column(string file, DataField[] schema, string name, bool textOnly)
    {
        foreach (var field in schema)
        {
            if (!string.Equals(field.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            var integer = Array.IndexOf(IntegerTypes, field.ClrType) >= 0;
            if (field.IsArray || (!IsText(field) && (textOnly || !integer)))
                throw new DataFormatException(file, null, name,
                    $"the column holds {(field.IsArray ? "lists of " : "")}{field.ClrType.Name}; expected {(textOnly ? "strings" : "strings or integers")}");
            return field;
        }
        throw new DataFormatException(file, null, name, $"no such column; the columns are {string.Join(", ", schema.Select(f => f.Name))}");
    }

    private static readonly Type[] IntegerTypes = [typeof(int), typeof(long)];

    // Parquet.Net 6 reports UTF-8 string columns as ReadOnlyMemory<char>; both read as strings.
    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private static async Task<string?[]> ReadTexts(ParquetRowGroupReader group, DataField field, int n, CancellationToken ct)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory()!, null, ct).ConfigureAwait(false);
        return values;
    }

    private static Task<long?[]> ReadIntegers(ParquetRowGroupReader group, DataField field, int n, CancellationToken ct) =>
        field.ClrType == typeof(long) ? ReadIntegers<long>(group, field, n, ct) : ReadIntegers<int>(group, field, n, ct);

    private static async Task<long?[]> ReadIntegers<T>(ParquetRowGroupReader group, DataField field, int n, CancellationToken ct)
        where T : struct, System.Numerics.IBinaryInteger<T>
    {
        var values = new long?[n];
        if (field.IsNullable)
        {
            var raw = new T?[n];
            await group.ReadAsync<T>(field, raw.AsMemory(), null, ct).ConfigureAwait(false);
            for (var i = 0; i < n; i++) values[i] = raw[i] is { } v ? long.CreateTruncating(v) : null;
        }
        else
        {
            var raw = new T[n];
            await group.ReadAsync<T>(field, raw.AsMemory(), null, ct).ConfigureAwait(false);
            for (var i = 0; i < n; i++) values[i] = long.CreateTruncating(raw[i]);
        }
        return values;
    }
}
