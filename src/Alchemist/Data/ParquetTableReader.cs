using Parquet;
using Parquet.Schema;

namespace Alchemist.Data;

/// <summary>
/// Reads back a Parquet table <see cref="TableStreamWriter"/> wrote (string, int, long, float and double columns), one
/// row group at a time, so a file of any size is read in bounded memory.
/// </summary>
internal static class ParquetTableReader
{
    /// <summary>The file's row groups in order, each as its columns.</summary>
    /// <exception cref="DataFormatException">The file is not Parquet or holds a column of another type.</exception>
    public static IEnumerable<TableColumn[]> Read(string path, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var reader = Wait(() => Open(path, ct));
        try
        {
            var fields = reader.Schema.DataFields;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                ct.ThrowIfCancellationRequested();
                var index = g;
                yield return Wait(() => ReadGroup(reader, index, fields, path, ct));
            }
        }
        finally
        {
            Task.Run(() => reader.DisposeAsync().AsTask(), CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private static async Task<ParquetReader> Open(string path, CancellationToken ct)
    {
        try
        {
            return await ParquetReader.CreateAsync(path, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new DataFormatException(path, null, null, $"not a readable Parquet file: {e.Message}", e);
        }
    }

    private static async Task<TableColumn[]> ReadGroup(ParquetReader reader, int index, DataField[] fields, string path, CancellationToken ct)
    {
        using var group = reader.OpenRowGroupReader(index);
        var n = checked((int)group.RowCount);
        var columns = new TableColumn[fields.Length];
        for (var c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            Array values;
            if (field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>))
            {
                var texts = new string?[n];
                await group.ReadAsync(field, texts.AsMemory()!, null, ct).ConfigureAwait(false);
                values = texts;
            }
            else if (field.ClrType == typeof(int) && !field.IsNullable) values = await Read<int>(group, field, n, ct).ConfigureAwait(false);
            else if (field.ClrType == typeof(long) && !field.IsNullable) values = await Read<long>(group, field, n, ct).ConfigureAwait(false);
            else if (field.ClrType == typeof(float) && !field.IsNullable) values = await Read<float>(group, field, n, ct).ConfigureAwait(false);
            else if (field.ClrType == typeof(double) && !field.IsNullable) values = await Read<double>(group, field, n, ct).ConfigureAwait(false);
            else throw new DataFormatException(path, null, field.Name, $"the column holds {(field.IsNullable ? "nullable " : "")}{field.ClrType.Name}; expected a table this tool wrote");
            columns[c] = new TableColumn(field.Name, values);
        }
        return columns;
    }

    private static async Task<T[]> Read<T>(ParquetRowGroupReader group, DataField field, int n, CancellationToken ct)
        where T : struct
    {
        var values = new T[n];
        await group.ReadAsync<T>(field, values.AsMemory(), null, ct).ConfigureAwait(false);
        return values;
    }

    // Parquet.Net is asynchronous only; the reads run to completion on the thread pool, where no caller's synchronization context can deadlock them.
    private static T Wait<T>(Func<Task<T>> read) => Task.Run(read).GetAwaiter().GetResult();
}
