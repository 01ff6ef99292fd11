using System.Text.Json.Serialization;

namespace Alchemist.Data;

/// <summary>Why a row of the source is not in the dataset.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RowIssueKind>))]
public enum RowIssueKind
{
    /// <summary>A bad row (missing text, unknown label, ragged or unparsable) skipped because the spec asks to skip bad rows.</summary>
    Skipped,
    /// <summary>Left out on purpose: the label map sends its label to no class, or its id is excluded.</summary>
    Dropped,
}

/// <summary>One row left out while loading, kept as an example for the user.</summary>
/// <param name="Kind">Skipped or dropped.</param>
/// <param name="Row">The 1-based line or record number in the source.</param>
/// <param name="Field">The field at fault, or null for the whole row.</param>
/// <param name="Problem">What was wrong, or why it was dropped.</param>
public sealed record RowIssue(RowIssueKind Kind, long Row, string? Field, string Problem);

/// <summary>How loading one source went: rows kept, skipped and dropped, with the first few of each left out.</summary>
/// <param name="Source">The file (or folder and split) read.</param>
/// <param name="Rows">Rows kept.</param>
/// <param name="Skipped">Bad rows skipped.</param>
/// <param name="Dropped">Rows dropped on purpose.</param>
/// <param name="Examples">The first <see cref="ExamplesPerKind"/> rows of each kind, in file order.</param>
public sealed record DataLoadReport(string Source, int Rows, int Skipped, int Dropped, IReadOnlyList<RowIssue> Examples)
{
    /// <summary>How many left-out rows of each kind are kept as examples.</summary>
    public const int ExamplesPerKind = 3;

    /// <summary>The report of a loaded dataset (its counts describe the whole load, also for a holdout side).</summary>
    public static DataLoadReport Of(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DataLoadReport(data.Source, data.Count, data.Skipped, data.Dropped, data.Issues ?? []);
    }

    /// <summary>True when some row was left out.</summary>
    public bool LeftOut => Skipped > 0 || Dropped > 0;
}
