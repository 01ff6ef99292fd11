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
/// <param name="Skipped">Rows dropped while loading because the user asked to skip bad rows.</param>
public sealed record Dataset(
    string Source,
    IReadOnlyList<string> FieldNames,
    IReadOnlyList<string[]> Fields,
    LabelSet Labels,
    int[]? Gold,
    int[] SourceRows,
    Labeling.LabelMatrix? WeakLabels = null,
    int Skipped = 0)
{
    /// <summary>Number of rows.</summary>
    public int Count => SourceRows.Length;

    /// <summary>
    /// The text a single-string program sees: the fields of the row joined by a blank line
    /// (a single field is returned as is).
    /// </summary>
    public string Text(int row) => Fields.Count == 1 ? Fields[0][row] : string.Join("\n\n", Fields.Select(f => f[row]));

    /// <summary>True when at least one row has a gold label.</summary>
    public bool HasGold => Gold is not null && Gold.Any(g => g >= 0);
}
