using System.Text.Json;

namespace Alchemist.Data;

/// <summary>Reads a file of row ids to leave out (see <see cref="DataSourceSpec.ExcludeIdsFile"/>).</summary>
internal static class ExcludedIds
{
    private const string DyGenProperty = "labeled_ids";

    /// <summary>
    /// Reads a JSON array of ids (strings or numbers), or an object holding such an array: its <c>labeled_ids</c>
    /// (DyGen's file, which also lists <c>lf_exemplar_ids</c>) or its only array.
    /// </summary>
    /// <exception cref="DataFormatException">The file is missing, not JSON, or not of that shape.</exception>
    public static HashSet<string> Read(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "the file of ids to exclude does not exist");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var list = doc.RootElement;
            if (list.ValueKind == JsonValueKind.Object && list.TryGetProperty(DyGenProperty, out var dygen))
                list = dygen;
            else if (list.ValueKind == JsonValueKind.Object)
            {
                var arrays = list.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).ToList();
                if (arrays.Count != 1)
                    throw new DataFormatException(path, null, null, $"expected an array of ids, or an object with 'labeled_ids' or one array; found {arrays.Count} arrays");
                list = arrays[0].Value;
            }
            if (list.ValueKind != JsonValueKind.Array)
                throw new DataFormatException(path, null, null, "expected an array of ids or an object with one array");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in list.EnumerateArray())
                ids.Add(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText());
            return ids;
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, (e.LineNumber ?? 0) + 1, null, $"invalid JSON: {e.Message}", e);
        }
    }
}
