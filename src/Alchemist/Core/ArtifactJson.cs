using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemist.Core;

/// <summary>The JSON conventions of run-folder artifacts: indented, snake_case, nulls left out, enums by name.</summary>
internal static class ArtifactJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/> atomically, creating the folder.</summary>
    public static void Save<T>(string path, T value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(value, Options));
    }

    /// <summary>Reads an artifact written by <see cref="Save{T}"/>.</summary>
    /// <exception cref="AlchemistException">The file is missing or unreadable (the message names it).</exception>
    public static T Load<T>(string path)
    {
        if (!File.Exists(path)) throw new AlchemistException($"{path} is missing: run `alchemist run` first.");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) ?? throw new AlchemistException($"{path}: empty file.");
        }
        catch (JsonException e)
        {
            throw new AlchemistException($"{path}, line {e.LineNumber + 1}, field '{e.Path}': {e.Message}", e);
        }
    }
}
