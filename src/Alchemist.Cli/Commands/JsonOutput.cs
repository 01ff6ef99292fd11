using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alchemist.Cli.Commands;

/// <summary>The one JSON object a command prints on stdout with <c>--json</c>: snake_case keys, enums as names.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes <paramref name="value"/> to stdout.</summary>
    public static void Write(object value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
