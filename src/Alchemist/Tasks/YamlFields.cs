using System.Globalization;
using System.Numerics;
using YamlDotNet.RepresentationModel;

namespace Alchemist.Tasks;

/// <summary>
/// Typed reading of one YAML mapping with errors that name the file, the line and the field path, and a check that
/// every key was understood (a typo must not silently fall back to a default).
/// </summary>
internal sealed class YamlFields
{
    private readonly string _file;
    private readonly string _path;
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = [];

    public YamlFields(string file, string path, YamlMappingNode node)
    {
        _file = file;
        _path = path;
        _node = node;
    }

    public AlchemistException Error(YamlNode? node, string field, string problem) =>
        new($"{_file}, line {(node ?? _node).Start.Line}, field '{Qualified(field)}': {problem}");

    private string Qualified(string field) => _path.Length == 0 ? field : $"{_path}.{field}";

    private YamlNode? Find(string field)
    {
        _read.Add(field);
        return _node.Children.TryGetValue(new YamlScalarNode(field), out var value) ? value : null;
    }

    /// <summary>The longest text value: a task description of a few pages (about 12,500 tokens in every prompt that carries it).</summary>
    public const int MaxTextChars = 50_000;

    public string? String(string field)
    {
        var node = Find(field);
        if (node is null) return null;
        if (node is not YamlScalarNode scalar) throw Error(node, field, "expected a text value.");
        if (scalar.Value?.Length > MaxTextChars)
            throw Error(node, field, $"is {scalar.Value.Length:N0} characters; the limit is {MaxTextChars:N0} (it goes into every prompt). Shorten it; rows belong in the data file.");
        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value;
    }

    public string RequiredString(string field) => String(field) ?? throw Error(null, field, "is required.");

    public T? Number<T>(string field, T min, T max) where T : struct, INumber<T>
    {
        var node = Find(field);
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: { } text } || !T.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            throw Error(node, field, $"expected a number.");
        if (value < min || value > max) throw Error(node, field, $"{text} is outside [{min}, {max}].");
        return value;
    }

    public bool? Bool(string field)
    {
        var node = Find(field);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value)) return value;
        throw Error(node, field, "expected true or false.");
    }

    /// <summary>A list of scalars; a single scalar counts as a one-element list.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? List(string field)
    {
        var node = Find(field);
        switch (node)
        {
            case null: return null;
            case YamlScalarNode { Value: { } single }: return [(single, node)];
            case YamlSequenceNode sequence:
                return sequence.Children.Select(child => child is YamlScalarNode { Value: { } v }
                    ? (v, child) : throw Error(child, field, "expected a list of text values.")).ToArray();
            default: throw Error(node, field, "expected a list.");
        }
    }

    /// <summary>A mapping of text keys to text values; a YAML null value (empty, <c>~</c>, <c>null</c>) reads as null.</summary>
    public Dictionary<string, string?>? Map(string field)
    {
        var node = Find(field);
        if (node is null) return null;
        if (node is not YamlMappingNode mapping) throw Error(node, field, "expected a mapping of names to values.");
        return mapping.Children.ToDictionary(
            pair => pair.Key is YamlScalarNode { Value: { } k } ? k : throw Error(pair.Key, field, "expected text keys."),
            pair => pair.Value is YamlScalarNode v ? (IsNull(v) ? null : v.Value) : throw Error(pair.Value, field, "expected text values."));
    }

    /// <summary>YAML's null: an empty plain value, <c>~</c> or <c>null</c> (a quoted "null" stays text).</summary>
    private static bool IsNull(YamlScalarNode node) =>
        node.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
        && (string.IsNullOrEmpty(node.Value) || node.Value is "~" or "null" or "Null" or "NULL");

    public YamlFields? Section(string field)
    {
        var node = Find(field);
        if (node is null) return null;
        if (node is not YamlMappingNode mapping) throw Error(node, field, "expected a section (a mapping).");
        return new YamlFields(_file, Qualified(field), mapping);
    }

    /// <summary>Fails on the first key no reader asked for.</summary>
    public void RejectUnknown()
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
                throw Error(key, name, $"unknown field (known here: {string.Join(", ", _read.Order())}).");
        }
    }
}
