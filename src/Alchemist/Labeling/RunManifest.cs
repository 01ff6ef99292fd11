using System.Text.Json;
using System.Text.Json.Serialization;
using Alchemist.Data;

namespace Alchemist.Labeling;

/// <summary>What a run is about: the classes and where each split's rows came from.</summary>
/// <param name="Labels">Class names in id order.</param>
/// <param name="Splits">Data source of each split by split name (train, valid, test, or "data" for a single file).</param>
/// <param name="Programs">Names of the programs (label-matrix columns) in column order; empty when the votes came with the data.</param>
/// <param name="WeakLabelsFromData">True when the label matrix is the dataset's own weak labels rather than our programs' votes.</param>
/// <param name="Loads">Per split, how loading its rows went (rows skipped and dropped, with examples); null when not recorded.</param>
/// <param name="Disabled">Programs of the folder a reviewer disabled (not applied, not in <paramref name="Programs"/>); null when none.</param>
public sealed record RunManifest(
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, DataSourceSpec> Splits,
    IReadOnlyList<string> Programs,
    bool WeakLabelsFromData = false,
    IReadOnlyDictionary<string, DataLoadReport>? Loads = null,
    IReadOnlyList<string>? Disabled = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The split the run fits its label model on and trains from: <c>train</c> when the run has it, else its first split
    /// (one data file without a holdout).
    /// </summary>
    [JsonIgnore]
    public string TrainingSplit => Splits.ContainsKey("train") ? "train" : Splits.Keys.First();

    /// <summary>
    /// Writes the manifest to the run folder, creating the folder. Data paths are stored relative to the run folder,
    /// so a project moved or cloned elsewhere with its runs still finds its data, whatever the working directory was.
    /// </summary>
    public void Save(RunFolder run)
    {
        Directory.CreateDirectory(run.Root);
        var root = Path.GetFullPath(run.Root);
        var portable = this with { Splits = MapPaths(Splits, p => Path.GetRelativePath(root, Path.GetFullPath(p))) };
        AtomicFile.WriteAllText(run.ManifestPath, JsonSerializer.Serialize(portable, Json));
    }

    /// <summary>Reads the manifest of a run folder.</summary>
    /// <exception cref="AlchemistException">The folder is not a run folder or its manifest is unreadable.</exception>
    public static RunManifest Load(RunFolder run)
    {
        if (!File.Exists(run.ManifestPath))
            throw new AlchemistException($"{run.Root} is not a run folder: {run.ManifestPath} is missing.");
        try
        {
            var manifest = JsonSerializer.Deserialize<RunManifest>(File.ReadAllText(run.ManifestPath), Json)
                ?? throw new AlchemistException($"{run.ManifestPath}: empty manifest.");
            var root = Path.GetFullPath(run.Root);
            return manifest with { Splits = MapPaths(manifest.Splits, p => Path.GetFullPath(Path.Combine(root, p))) };
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{run.ManifestPath}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
    }

    /// <summary>Rewrites every file path of the data sources (the data and the excluded-ids file).</summary>
    private static Dictionary<string, DataSourceSpec> MapPaths(IReadOnlyDictionary<string, DataSourceSpec> splits, Func<string, string> map) =>
        splits.ToDictionary(s => s.Key, s => s.Value with
        {
            Path = map(s.Value.Path),
            ExcludeIdsFile = s.Value.ExcludeIdsFile is null ? null : map(s.Value.ExcludeIdsFile),
        });

    /// <summary>The label set of the run.</summary>
    public LabelSet LabelSet => new(Labels);

    /// <summary>
    /// Reads a split's label matrix and checks that it, the manifest and the copies in <c>programs/</c> name the same
    /// programs in the same order: every reader goes through here, so a folder an interrupted apply left half old, half
    /// new is refused, never analysed as coherent.
    /// </summary>
    /// <exception cref="AlchemistException">The matrix is missing or damaged, or the three disagree.</exception>
    public LabelMatrix LoadMatrix(RunFolder run, string split)
    {
        ArgumentNullException.ThrowIfNull(run);
        var path = run.LabelMatrixPath(split);
        var matrix = LabelMatrixFile.Load(path);
        if (Programs.Count == 0) return matrix; // the dataset's own weak labels: no programs to agree with
        if (!matrix.ProgramNames.SequenceEqual(Programs)) throw Mixed(run, path, matrix.ProgramNames);
        var copies = Directory.Exists(run.ProgramsDirectory)
            ? Directory.EnumerateFiles(run.ProgramsDirectory).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (!copies.SequenceEqual(Programs.Order(StringComparer.Ordinal))) throw Mixed(run, run.ProgramsDirectory, copies!);
        return matrix;
    }

    private AlchemistException Mixed(RunFolder run, string path, IEnumerable<string?> names) => new(
        $"{path} holds {Excerpt.Of(string.Join(", ", names), 200)} but {run.ManifestPath} lists {Excerpt.Of(string.Join(", ", Programs), 200)}: " +
        "the run folder mixes two applies (one was interrupted); run apply again.");
}
