using System.Text.Json;

namespace Alchemist.Data;

/// <summary>A field of a JSON record named by a dot path (<c>review.body</c>), split once and followed per record.</summary>
internal sealed class JsonPath
{
    private readonly string[] _steps;

    /// <summary>Parses the dot path.</summary>
    public JsonPath(string path)
    {
        Name = path;
        _steps = path.Split('.');
    }

    /// <summary>The path as written.</summary>
    public string Name { get; }

    /// <summary>Finds the value at the path in <paramref name="record"/>; false when a step is missing or not an object.</summary>
    public bool TryGet(JsonElement record, out JsonElement value)
    {
        value = record;
        foreach (var step in _steps)
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step, out value))
                return false;
        return true;
    }
}
