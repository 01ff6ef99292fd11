using System.Text.Json;

namespace Alchemist.Data;

/// <summary>How a JSON value becomes a text field: strings as they are, null as missing, anything else as its JSON.</summary>
internal static class JsonText
{
    /// <summary>The text of <paramref name="value"/>, or null for JSON null (a missing text).</summary>
    public static string? Of(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
