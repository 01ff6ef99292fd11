namespace Alchemist.Data;

/// <summary>
/// Writes a table of named columns as CSV, TSV, JSON Lines or Parquet, chosen by the file extension, in a form
/// <see cref="DatasetLoader"/> reads back. The file appears atomically (written beside it, then moved), so a failure
/// never leaves a half-written table in place of an earlier one. <see cref="TableStreamWriter"/> writes chunk by chunk.
/// </summary>
internal static class TableWriter
{
    /// <summary>Writes <paramref name="columns"/> to <paramref name="path"/> (.csv, .tsv, .jsonl/.ndjson or .parquet).</summary>
    /// <exception cref="AlchemistException">The extension is not a table format, or the columns differ in length or repeat a name.</exception>
    public static void Write(string path, IReadOnlyList<TableColumn> columns, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(columns);
        using var writer = new TableStreamWriter(path);
        writer.Append(columns, ct);
        writer.Complete();
    }
}
