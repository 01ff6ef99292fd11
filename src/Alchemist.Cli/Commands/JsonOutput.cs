using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemist.Cli.Commands;

/// <summary>The conventions of the one JSON object a command prints with <c>--json</c>: snake_case keys, enums as names.</summary>
internal static class JsonOutput
{
    /// <summary>The serializer options every command's <c>--json</c> output goes through (<see cref="CommandOutput.Json"/>).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
