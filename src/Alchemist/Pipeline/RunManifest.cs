using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemist.Data;

namespace Alchemist.Pipeline;

/// <summary>What a run is about: the classes and where each split's rows came from.</summary>
/// <param name="Labels">Class names in id order.</param>
/// <param name="Splits">Data source of each split by split name (train, valid, test, or "data" for a single file).</param>
/// <param name="Programs">Names of the programs (label-matrix columns) in column order; empty when the votes came with the data.</param>
/// <param name="WeakLabelsFromData">True when the label matrix is the dataset's own weak labels rather than our programs' votes.</param>
public sealed record RunManifest(
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, DataSourceSpec> Splits,
    IReadOnlyList<string> Programs,
    bool WeakLabelsFromData = false)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the manifest to the run folder, creating the folder.</summary>
    public void Save(RunFolder run)
    {
        Directory.CreateDirectory(run.Root);
        var temp = run.ManifestPath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, run.ManifestPath, overwrite: true);
    }

    /// <summary>Reads the manifest of a run folder.</summary>
    /// <exception cref="AlchemistException">The folder is not a run folder or its manifest is unreadable.</exception>
    public static RunManifest Load(RunFolder run)
    {
        if (!File.Exists(run.ManifestPath))
            throw new AlchemistException($"{run.Root} is not a run folder: {run.ManifestPath} is missing.");
        try
        {
            return JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(run.ManifestPath), Json)
                ?? throw new AlchemistException($"{run.ManifestPath}: empty manifest.");
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{run.ManifestPath}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
    }

    /// <summary>The label set of the run.</summary>
    public LabelSet LabelSet => new(Labels);
}
