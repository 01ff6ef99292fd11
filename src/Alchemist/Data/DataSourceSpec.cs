namespace Alchemist.Data;

/// <summary>
/// Where a split's rows come from and how to read them. Serialised into the run folder's manifest so that every
/// later stage can reload exactly the same rows.
/// </summary>
/// <param name="Path">A file (CSV, TSV, JSONL, JSON array, Parquet, WRENCH split json) or a WRENCH folder.</param>
/// <param name="Format">wrench, csv, tsv, jsonl, json (an array of records) or parquet; null infers it from the path.</param>
/// <param name="Split">For a WRENCH folder: train, valid or test (null means train).</param>
/// <param name="TextFields">The field(s) holding the text; several are joined for single-string programs. Null: the format's default
/// (<c>text</c>). For JSON Lines a field may be a dot path into nested objects (<c>review.body</c>); for WRENCH the names are
/// properties of the record's <c>data</c> object. Several text fields must each be non-blank.</param>
/// <param name="LabelField">The field holding the gold label (a class id or name); null when the data has none (WRENCH: <c>label</c>).</param>
/// <param name="Encoding">Text encoding for CSV/TSV/JSONL/JSON: utf-8 (default), latin1 / iso-8859-1, cp1252 / windows-1252, utf-16.</param>
/// <param name="SkipBadRows">Skip rows with a missing text or unknown label (and count them) instead of failing.</param>
/// <param name="IdField">The field holding a row id, kept in <see cref="Dataset.Ids"/> (WRENCH: the record key, always kept).</param>
/// <param name="ExcludeIdsFile">A JSON file listing row ids to leave out of this split: an array of ids, or an object with a
/// <c>labeled_ids</c> array or a single array property (DyGen's <c>labeled_ids.json</c>, whose ids were appended to WRENCH's train split; excluding them restores
/// WRENCH's original train split). Needs ids: WRENCH keys or <paramref name="IdField"/>.</param>
/// <param name="LabelMap">Raw label value → class name, for data whose raw label is not a class (Yelp's "Review Stars: 4.0" →
/// positive); a null class name drops the row on purpose (counted in <see cref="Dataset.Dropped"/>, not as a bad row).
/// Raw values absent from the map are bad rows. Keys match ignoring case and surrounding white space.</param>
/// <param name="Holdout">For a single file: the seeded held-out share and the side this source reads; null reads every row.</param>
public sealed record DataSourceSpec(
    string Path,
    string? Format = null,
    string? Split = null,
    IReadOnlyList<string>? TextFields = null,
    string? LabelField = null,
    string? Encoding = null,
    bool SkipBadRows = false,
    string? IdField = null,
    string? ExcludeIdsFile = null,
    IReadOnlyDictionary<string, string?>? LabelMap = null,
    Holdout? Holdout = null);
