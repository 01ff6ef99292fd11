using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemist.Llm;

/// <summary>Dollars per million tokens of one model.</summary>
/// <param name="Input">Prompt tokens.</param>
/// <param name="Output">Answer tokens.</param>
public sealed record ModelPrice(decimal Input, decimal Output)
{
    /// <summary>The cost of a call with the given usage.</summary>
    public decimal Cost(long inputTokens, long outputTokens) => (inputTokens * Input + outputTokens * Output) / 1_000_000m;
}

/// <summary>
/// Prices per model, from an editable JSON file: the shipped defaults (dated), or <c>prices.json</c> in the project
/// folder, whose entries replace or extend them.
/// </summary>
public sealed class PriceTable
{
    /// <summary>The file name looked for in the project folder.</summary>
    public const string FileName = "prices.json";

    private readonly Dictionary<string, ModelPrice> _models;

    private PriceTable(string asOf, string source, Dictionary<string, ModelPrice> models)
    {
        AsOf = asOf;
        Source = source;
        _models = models;
    }

    /// <summary>The date the prices were checked (from the file).</summary>
    public string AsOf { get; }

    /// <summary>The file(s) the prices came from.</summary>
    public string Source { get; }

    /// <summary>The shipped defaults' JSON text (what <c>alchemist init</c> copies into a project).</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream("Alchemist.Llm.prices.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The defaults, overlaid with <c>prices.json</c> from <paramref name="projectDirectory"/> when present.</summary>
    /// <exception cref="AlchemistException">The project's price file is malformed.</exception>
    public static PriceTable Load(string? projectDirectory)
    {
        var defaults = Parse(DefaultJson(), "(built-in prices.json)");
        var file = projectDirectory is null ? null : Path.Combine(projectDirectory, FileName);
        if (file is null || !File.Exists(file)) return new PriceTable(defaults.AsOf, "built-in prices", defaults.Models);
        var user = Parse(File.ReadAllText(file), file);
        var merged = new Dictionary<string, ModelPrice>(defaults.Models, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, price) in user.Models) merged[name] = price;
        return new PriceTable(user.AsOf, file, merged);
    }

    /// <summary>The price of <paramref name="model"/>: its own entry, else the longest entry it starts with; null when unknown.</summary>
    public ModelPrice? Find(string model)
    {
        if (_models.TryGetValue(model, out var exact)) return exact;
        return _models.Where(m => model.StartsWith(m.Key, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(m => m.Key.Length).Select(m => m.Value).FirstOrDefault();
    }

    private sealed record PriceFile(
        [property: JsonPropertyName("as_of")] string? AsOf,
        [property: JsonPropertyName("models")] Dictionary<string, ModelPrice>? Models);

    private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private static (string AsOf, Dictionary<string, ModelPrice> Models) Parse(string json, string origin)
    {
        try
        {
            var file = JsonSerializer.Deserialize<PriceFile>(json, FileOptions)
                ?? throw new AlchemistException($"{origin}: empty price file.");
            if (file.Models is null) throw new AlchemistException($"{origin}: field 'models' is missing.");
            foreach (var (name, price) in file.Models)
                if (price is null || price.Input < 0 || price.Output < 0)
                    throw new AlchemistException($"{origin}, field 'models.{name}': needs non-negative 'input' and 'output' dollars per million tokens.");
            return (file.AsOf ?? "undated", new Dictionary<string, ModelPrice>(file.Models, StringComparer.OrdinalIgnoreCase));
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{origin}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
    }
}
