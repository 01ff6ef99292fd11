using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemist.Labeling;

/// <summary>Reads and writes a split's <c>program_stats.json</c>: a JSON array of <see cref="ProgramStats"/> in column order.</summary>
internal static class ProgramStatsFile
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The same conventions on one line (the worker's fault lines).</summary>
    internal static readonly JsonSerializerOptions LineJson = new(Json) { WriteIndented = false };

    /// <summary>Writes the statistics atomically.</summary>
    public static void Save(string path, IReadOnlyList<ProgramStats> stats) =>
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, stats, Json));

    /// <summary>Reads statistics written by <see cref="Save"/>.</summary>
    /// <exception cref="AlchemistException">The file is missing or not valid statistics.</exception>
    public static IReadOnlyList<ProgramStats> Load(string path)
    {
        if (!File.Exists(path)) throw new AlchemistException($"{path} is missing: run 'alchemist apply' first.");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ProgramStats[]>(stream, Json) ?? throw new AlchemistException($"{path}: empty statistics.");
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{path}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
    }
}
