namespace Alchemist.Data;

/// <summary>
/// A split of labeled or unlabeled rows, stored column-wise so a million rows cost a handful of arrays.
/// </summary>
/// <param name="Source">The file (or folder and split) the rows came from, for messages.</param>
/// <param name="FieldNames">Names of the text fields, in the order of <paramref name="Fields"/>.</param>
/// <param name="Fields">One array per text field, each with one entry per row.</param>
/// <param name="Labels">The task's classes.</param>
/// <param name="Gold">Gold class id per row (-1 where unknown), or null when the split carries no labels.</param>
/// <param name="SourceRows">For each row, its 1-based line or record number in <paramref name="Source"/>, for messages.</param>
/// <param name="WeakLabels">An existing label matrix shipped with the data (WRENCH <c>weak_labels</c>), or null.</param>
/// <param name="Skipped">Rows dropped while loading because they were bad and the user asked to skip bad rows.</param>
/// <param name="Ids">Each row's id (WRENCH record key, or the spec's id field), or null when the data has none.</param>
/// <param name="Dropped">Rows left out on purpose: a label map sent their label to no class, or their id was excluded.</param>
/// <param name="Issues">The first few skipped and dropped rows (<see cref="DataLoadReport.ExamplesPerKind"/> of each kind), for messages.</param>
public sealed record Dataset(
    string Source,
    IReadOnlyList<string> FieldNames,
    IReadOnlyList<string[]> Fields,
    LabelSet Labels,
    int[]? Gold,
    int[] SourceRows,
    LabelMatrix? WeakLabels = null,
    int Skipped = 0,
    string[]? Ids = null,
    int Dropped = 0,
    IReadOnlyList<RowIssue>? Issues = null)
{
    /// <summary>The separator between the fields of a row in <see cref="Text"/>.</summary>
    public const string FieldSeparator = "\n\n";

    /// <summary>Number of rows.</summary>
    public int Count => SourceRows.Length;

    /// <summary>
    /// The text a single-string program sees: the fields of the row joined by a blank line
    /// (a single field is returned as is).
    /// </summary>
    public string Text(int row)
    {
        if (Fields.Count == 1) return Fields[0][row];
        var parts = new string[Fields.Count];
        for (var f = 0; f < parts.Length; f++) parts[f] = Fields[f][row];
        return string.Join(FieldSeparator, parts);
    }

    /// <summary>True when at least one row has a gold label.</summary>
    public bool HasGold => Gold is not null && Array.Exists(Gold, g => g >= 0);

    /// <summary>
    /// The given rows, in the given order, with every per-row column (fields, gold, source rows, ids, weak labels)
    /// kept aligned. Load counts (<see cref="Skipped"/>, <see cref="Dropped"/>, <see cref="Issues"/>) are kept as they describe the load.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index is outside the dataset.</exception>
    public Dataset Select(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var i = 0; i < rows.Count; i++)
            if ((uint)rows[i] >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(rows), $"Row {rows[i]} is outside the {Count} rows of {Source}.");
        var fields = new string[Fields.Count][];
        for (var f = 0; f < fields.Length; f++) fields[f] = Pick(Fields[f], rows);
        return this with
        {
            Fields = fields,
            Gold = Gold is null ? null : Pick(Gold, rows),
            SourceRows = Pick(SourceRows, rows),
            Ids = Ids is null ? null : Pick(Ids, rows),
            WeakLabels = WeakLabels?.SelectRows(rows),
        };
    }

    private static T[] Pick<T>(T[] column, IReadOnlyList<int> rows)
    {
        var picked = new T[rows.Count];
        for (var i = 0; i < picked.Length; i++) picked[i] = column[rows[i]];
        return picked;
    }
}
