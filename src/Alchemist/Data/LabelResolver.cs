using System.Globalization;

namespace Alchemist.Data;

/// <summary>What a raw label value resolved to: a class id, unknown (-1), a deliberate drop, or a problem.</summary>
/// <param name="Id">The class id, <see cref="LabelSet.Abstain"/> (-1) for an empty label, or <see cref="DropId"/>.</param>
/// <param name="Problem">Why the value is not a class, or null when it resolved.</param>
internal readonly record struct LabelResult(int Id, string? Problem)
{
    /// <summary>The id a label map gives to values whose rows are left out on purpose.</summary>
    public const int DropId = -2;

    /// <summary>An empty or absent label: the row's gold class is unknown.</summary>
    public static LabelResult Unknown => new(LabelSet.Abstain, null);

    /// <summary>True when a label map sent the value to no class.</summary>
    public bool Drop => Id == DropId;
}

/// <summary>
/// Turns raw label values (class names, class ids, or values a label map translates) into class ids, one
/// resolution per distinct value: the per-row cost is a dictionary lookup on the value's characters, with no allocation.
/// Without a label set or map, labels must be class ids and the set becomes "0".."max".
/// </summary>
internal sealed class LabelResolver
{
    private readonly string _file;
    private readonly string _field;
    private readonly LabelSet? _labels;
    private readonly Dictionary<string, int>? _mapIds;
    private readonly Dictionary<string, LabelResult> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LabelResult>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _maxInferredId = -1;

    /// <summary>Creates the resolver; with a map and no label set, the classes are the map's class names in order of appearance.</summary>
    /// <exception cref="AlchemistException">A map value is not a class of the given label set.</exception>
    public LabelResolver(string file, string field, LabelSet? labels, IReadOnlyDictionary<string, string?>? map)
    {
        _file = file;
        _field = field;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (map is null)
        {
            _labels = labels;
            return;
        }
        if (labels is null)
        {
            var names = new List<string>();
            foreach (var name in map.Values)
                if (name is not null && !names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase)) names.Add(name.Trim());
            labels = names.Count >= 2
                ? new LabelSet(names)
                : throw new AlchemistException($"{file}: the label map for field '{field}' names {names.Count} class(es); a task needs at least two.");
        }
        _labels = labels;
        _mapIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (raw, name) in map)
        {
            var id = LabelResult.DropId;
            if (name is not null && !labels.TryGetId(name, out id))
                throw new AlchemistException($"{file}: the label map sends '{raw}' to '{name}', which is not a class ({string.Join(", ", labels.Names)}).");
            _mapIds[raw.Trim()] = id;
        }
    }

    /// <summary>Resolves a raw value; an empty value is an unknown label (-1).</summary>
    /// <exception cref="AlchemistException">No label set or map was given and the value is a class name, not an id.</exception>
    public LabelResult Resolve(ReadOnlySpan<char> raw)
    {
        raw = raw.Trim();
        if (raw.IsEmpty) return LabelResult.Unknown;
        if (_lookup.TryGetValue(raw, out var known)) return known;
        var text = raw.ToString();
        var result = ResolveNew(text);
        _cache[text] = result;
        return result;
    }

    /// <summary>
    /// Resolves a label given as a JSON number: a class id, -1 meaning unknown; with a label map, the number's text is
    /// looked up in the map.
    /// </summary>
    public LabelResult ResolveId(long id)
    {
        if (_mapIds is not null) return Resolve(id.ToString(CultureInfo.InvariantCulture));
        if (id == LabelSet.Abstain) return LabelResult.Unknown;
        return _labels is null ? Infer(id, id.ToString(CultureInfo.InvariantCulture)) : CheckId(id, id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The label set: the given one, the map's, or "0".."max" inferred from the ids seen.</summary>
    /// <exception cref="AlchemistException">Nothing to infer the classes from.</exception>
    public LabelSet Labels()
    {
        if (_labels is not null) return _labels;
        if (_maxInferredId < 0)
            throw new AlchemistException($"{_file}: field '{_field}' holds no labels to infer the classes from; give the label set.");
        var names = new string[Math.Max(2, _maxInferredId + 1)];
        for (var i = 0; i < names.Length; i++) names[i] = i.ToString(CultureInfo.InvariantCulture);
        return new LabelSet(names);
    }

    private LabelResult ResolveNew(string raw)
    {
        if (_mapIds is not null)
            return _mapIds.TryGetValue(raw, out var mapped)
                ? new LabelResult(mapped, null)
                : new LabelResult(LabelSet.Abstain, $"label '{Excerpt.Of(raw, 80)}' is not in the label map ({string.Join(", ", _mapIds.Keys)})");
        var isId = long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id);
        if (_labels is null)
            return isId
                ? Infer(id, raw)
                : throw new AlchemistException(
                    $"{_file}, field '{_field}': the labels are class names ('{Excerpt.Of(raw, 80)}'), but no label set was given; give the label set or a label map.");
        // A class whose name is a number wins over the id reading of that number.
        if (_labels.TryGetId(raw, out var named)) return new LabelResult(named, null);
        return isId ? CheckId(id, raw) : NotAClass(raw);
    }

    private LabelResult CheckId(long id, string raw) =>
        _labels!.Contains((int)Math.Clamp(id, -1, int.MaxValue)) ? new LabelResult((int)id, null) : NotAClass(raw);

    private LabelResult NotAClass(string raw) =>
        new(LabelSet.Abstain, $"label '{Excerpt.Of(raw, 80)}' is not a class id or name of the label set ({Describe(_labels!)})");

    private LabelResult Infer(long id, string raw)
    {
        if (id < 0 || id >= LabelSet.MaxClasses)
            return new LabelResult(LabelSet.Abstain, $"label '{Excerpt.Of(raw, 80)}' is not a class id (0..{LabelSet.MaxClasses - 1})");
        _maxInferredId = Math.Max(_maxInferredId, (int)id);
        return new LabelResult((int)id, null);
    }

    private static string Describe(LabelSet labels)
    {
        var parts = new string[labels.Count];
        for (var i = 0; i < parts.Length; i++) parts[i] = $"{i} {labels.Names[i]}";
        return string.Join(", ", parts);
    }
}
