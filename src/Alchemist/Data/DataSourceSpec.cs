namespace Alchemist.Data;

/// <summary>
/// Where a split's rows come from and how to read them. Serialised into the run folder's manifest so that every
/// later stage can reload exactly the same rows.
/// </summary>
/// <param name="Path">A file (CSV, TSV, JSONL, Parquet, WRENCH split json) or a WRENCH folder.</param>
/// <param name="Format">wrench, csv, tsv, jsonl or parquet; null infers it from the path.</param>
/// <param name="Split">For a WRENCH folder: train, valid or test.</param>
/// <param name="TextFields">The field(s) holding the text; several are joined for single-string programs. Null: the format's default.</param>
/// <param name="LabelField">The field holding the gold label (a class id or name); null when the data has none or the format's default.</param>
/// <param name="Encoding">Text encoding name for CSV/TSV/JSONL (e.g. utf-8, latin1); null means UTF-8.</param>
/// <param name="SkipBadRows">Skip rows with a missing text or unknown label (and count them) instead of failing.</param>
public sealed record DataSourceSpec(
    string Path,
    string? Format = null,
    string? Split = null,
    IReadOnlyList<string>? TextFields = null,
    string? LabelField = null,
    string? Encoding = null,
    bool SkipBadRows = false);
