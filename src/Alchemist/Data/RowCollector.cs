namespace Alchemist.Data;

/// <summary>
/// The one place every loader hands its rows to: checks each row (text present, label a class), applies the
/// id exclusion and label-map drops, fails or counts skipped rows as the spec asks, and builds the column-wise
/// <see cref="Dataset"/>. Loaders only read their format.
/// </summary>
internal sealed class RowCollector
{
    private readonly string _file;
    private readonly DataSourceSpec _spec;
    private readonly IReadOnlyList<string> _fieldNames;
    private readonly string? _labelField;
    private readonly List<string>[] _fields;
    private readonly List<int>? _gold;
    private readonly List<int> _rows = [];
    private readonly List<string>? _ids;
    private readonly List<sbyte>? _votes;
    private readonly IReadOnlyList<string>? _voteNames;
    private readonly HashSet<string>? _excluded;
    private readonly List<RowIssue> _issues = [];
    private int _skipped;
    private int _dropped;
    private long _rowsFlushed;
    private int _skippedFlushed;
    private int _droppedFlushed;

    /// <summary>Prepares an empty collection.</summary>
    /// <param name="file">The file named in errors.</param>
    /// <param name="spec">The source spec (skip policy, id exclusion).</param>
    /// <param name="fieldNames">The text fields, in order.</param>
    /// <param name="labelField">The label field, or null when the data has no labels.</param>
    /// <param name="resolver">Resolves raw labels; null when the data has no labels.</param>
    /// <param name="hasIds">True when every row comes with an id.</param>
    /// <param name="voteNames">Column names of a label matrix shipped with the data, or null.</param>
    public RowCollector(string file, DataSourceSpec spec, IReadOnlyList<string> fieldNames, string? labelField,
        LabelResolver? resolver, bool hasIds, IReadOnlyList<string>? voteNames = null)
    {
        _file = file;
        _spec = spec;
        _fieldNames = fieldNames;
        _labelField = labelField;
        Resolver = resolver;
        _fields = new List<string>[fieldNames.Count];
        for (var f = 0; f < _fields.Length; f++) _fields[f] = [];
        _gold = resolver is null ? null : [];
        _ids = hasIds ? [] : null;
        _voteNames = voteNames;
        _votes = voteNames is null ? null : [];
        if (spec.ExcludeIdsFile is not null)
        {
            if (!hasIds)
                throw new AlchemistException($"{file}: excluding ids ({spec.ExcludeIdsFile}) needs row ids; name the id field.");
            _excluded = ExcludedIds.Read(spec.ExcludeIdsFile);
        }
    }

    /// <summary>The text field a spec names by default.</summary>
    public const string DefaultTextField = "text";

    /// <summary>
    /// A collection for a flat-record format (CSV, JSONL, Parquet) as the spec asks: its text fields (default
    /// <c>text</c>), its label field and map, and its id field.
    /// </summary>
    /// <exception cref="AlchemistException">The spec gives a label map without a label field.</exception>
    public static RowCollector ForRecords(string file, DataSourceSpec spec, LabelSet? labels)
    {
        if (spec.LabelMap is not null && spec.LabelField is null)
            throw new AlchemistException($"{file}: a label map needs the label field it applies to.");
        var resolver = spec.LabelField is null ? null : new LabelResolver(file, spec.LabelField, labels, spec.LabelMap);
        return new RowCollector(file, spec, TextFieldsOf(spec), spec.LabelField, resolver, hasIds: spec.IdField is not null);
    }

    /// <summary>The text fields of a spec, or the default one.</summary>
    public static IReadOnlyList<string> TextFieldsOf(DataSourceSpec spec) =>
        spec.TextFields is { Count: > 0 } fields ? fields : [DefaultTextField];

    /// <summary>The text fields, in order.</summary>
    public IReadOnlyList<string> FieldNames => _fieldNames;

    /// <summary>Resolves the raw labels of this source, or null when it has no labels.</summary>
    public LabelResolver? Resolver { get; }

    /// <summary>
    /// Adds one row, or counts it as dropped or skipped.
    /// </summary>
    /// <param name="sourceRow">1-based line or record number, for messages.</param>
    /// <param name="texts">The row's text per field (null when absent); read, not kept, so callers may reuse the array.</param>
    /// <param name="label">The resolved label (ignored when the source has no labels).</param>
    /// <param name="id">The row id, when the source has ids.</param>
    /// <param name="votes">The row's shipped weak labels, when the source has them.</param>
    /// <exception cref="DataFormatException">The row is bad and bad rows are not skipped.</exception>
    public void Add(int sourceRow, string?[] texts, LabelResult label, string? id = null, ReadOnlySpan<sbyte> votes = default)
    {
        if (_excluded is not null && _excluded.Contains(id!))
        {
            Drop(sourceRow, null, $"id '{id}' is in {System.IO.Path.GetFileName(_spec.ExcludeIdsFile)}");
            return;
        }
        if (_gold is not null && label.Drop)
        {
            Drop(sourceRow, _labelField, "the label map sends its label to no class");
            return;
        }
        for (var f = 0; f < texts.Length; f++)
            if (string.IsNullOrWhiteSpace(texts[f]))
            {
                Bad(sourceRow, _fieldNames[f], texts[f] is null ? "the text is missing" : "the text is empty");
                return;
            }
        if (_gold is not null && label.Problem is not null)
        {
            Bad(sourceRow, _labelField, label.Problem);
            return;
        }
        for (var f = 0; f < texts.Length; f++) _fields[f].Add(texts[f]!);
        _gold?.Add(label.Id);
        _rows.Add(sourceRow);
        _ids?.Add(id!);
        if (_votes is not null) foreach (var v in votes) _votes.Add(v);
    }

    /// <summary>Counts a bad row as skipped, or throws when bad rows are not skipped.</summary>
    /// <exception cref="DataFormatException">Bad rows are not skipped.</exception>
    public void Bad(long sourceRow, string? field, string problem)
    {
        if (!_spec.SkipBadRows) throw new DataFormatException(_file, sourceRow, field, problem);
        _skipped++;
        Example(RowIssueKind.Skipped, _skipped, sourceRow, field, problem);
    }

    private void Drop(long sourceRow, string? field, string reason)
    {
        _dropped++;
        Example(RowIssueKind.Dropped, _dropped, sourceRow, field, reason);
    }

    private void Example(RowIssueKind kind, int count, long sourceRow, string? field, string problem)
    {
        if (count <= DataLoadReport.ExamplesPerKind) _issues.Add(new RowIssue(kind, sourceRow, field, problem));
    }

    /// <summary>Rows added since the last <see cref="Flush"/>.</summary>
    public int Count => _rows.Count;

    /// <summary>Builds the dataset from every row added (the whole source in one piece).</summary>
    /// <param name="source">The source named in the dataset (file, or folder and split).</param>
    /// <param name="labels">The label set when the source has no labels (prediction data); ignored otherwise.</param>
    /// <exception cref="AlchemistException">No label set could be determined.</exception>
    /// <exception cref="DataFormatException">No row is left: nothing to label, which is never what the user meant.</exception>
    public Dataset Build(string source, LabelSet? labels) => Flush(source, labels, last: true)!;

    /// <summary>
    /// Hands over the rows added since the previous flush as one chunk and starts the next one empty, so a reader can
    /// stream a file of any size in bounded memory. Each chunk counts the rows skipped and dropped while it was read
    /// (the sum over chunks is the file's total) and carries the issue examples found meanwhile (the first few of each
    /// kind in the whole file).
    /// </summary>
    /// <param name="source">The source named in the chunk.</param>
    /// <param name="labels">The label set when the source has no labels (prediction data); ignored otherwise.</param>
    /// <param name="last">True at the end of the source: an empty last chunk is returned when rows were skipped or dropped
    /// since the previous one (so their counts are not lost), and a source that yielded no row at all is an error.</param>
    /// <returns>The chunk, or null when there is nothing to hand over.</returns>
    public Dataset? Flush(string source, LabelSet? labels, bool last)
    {
        var skipped = _skipped - _skippedFlushed;
        var dropped = _dropped - _droppedFlushed;
        if (_rows.Count == 0 && last && _rowsFlushed == 0)
            throw new DataFormatException(_file, null, null, (_skipped, _dropped) switch
            {
                (0, 0) => "holds no data rows (only a header, or nothing); give a file with at least one row.",
                _ => $"no row is left to label: {_skipped} bad row(s) skipped, {_dropped} excluded or dropped; check the fields and filters named in the task.",
            });
        if (_rows.Count == 0 && !(last && (skipped > 0 || dropped > 0))) return null;
        var labelSet = Resolver?.Labels() ?? labels
            ?? throw new AlchemistException($"{_file} has no label field; give the label set.");
        var fields = new string[_fields.Length][];
        for (var f = 0; f < fields.Length; f++) fields[f] = _fields[f].ToArray();
        LabelMatrix? weak = null;
        if (_votes is not null)
        {
            var names = _voteNames!;
            // With zero rows the vote count per row is unknown; the names still fix the columns.
            weak = new LabelMatrix(_rows.Count, names.Count, _votes.ToArray(), names);
        }
        var chunk = new Dataset(source, _fieldNames.ToArray(), fields, labelSet, _gold?.ToArray(), _rows.ToArray(), weak,
            skipped, _ids?.ToArray(), dropped, _issues.ToArray());
        _rowsFlushed += _rows.Count;
        _skippedFlushed = _skipped;
        _droppedFlushed = _dropped;
        foreach (var field in _fields) field.Clear();
        _gold?.Clear();
        _rows.Clear();
        _ids?.Clear();
        _votes?.Clear();
        _issues.Clear();
        return chunk;
    }
}
