using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alchemist.Concepts;

/// <summary>
/// The concepts file the user edits, strict JSON:
/// <code>
/// { "classes": ["landbird", "waterbird"],
///   "concepts": [ { "concept": "foot shape",
///                   "descriptions": { "landbird": "a bird with toed feet for grasping",
///                                     "waterbird": "a bird with webbed feet for swimming" } } ] }
/// </code>
/// The same shape (without <c>classes</c>) is what the LLM is asked to answer.
/// </summary>
internal static class ConceptFile
{
    /// <summary>Reads and checks a concepts file.</summary>
    /// <exception cref="Data.DataFormatException">Bad JSON or a field missing, of the wrong type, or not matching the classes.</exception>
    public static ConceptSet Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new Data.DataFormatException(path, null, null, $"not valid JSON ({e.Message}).");
        }
        if (root is not JsonObject obj) throw new Data.DataFormatException(path, null, null, "must be a JSON object with 'classes' and 'concepts'.");
        if (obj["classes"] is not JsonArray classArray || classArray.Count < 2)
            throw new Data.DataFormatException(path, null, "classes", "must be an array of at least two class names.");
        var classes = classArray.Select((c, i) => StringOf(path, c, $"classes[{i}]")).ToArray();
        return new ConceptSet(classes, Parse(path, obj, classes));
    }

    /// <summary>
    /// Parses the <c>concepts</c> array of <paramref name="root"/>: every entry needs a non-empty <c>concept</c> and
    /// a <c>descriptions</c> object with exactly one non-empty text per class.
    /// </summary>
    /// <param name="source">Named in errors (a file, or "LLM answer").</param>
    /// <param name="root">The object holding <c>concepts</c>.</param>
    /// <param name="classes">The task's classes.</param>
    public static IReadOnlyList<Concept> Parse(string source, JsonObject root, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root["concepts"] is not JsonArray array || array.Count == 0)
            throw new Data.DataFormatException(source, null, "concepts", "must be a non-empty array.");
        var concepts = new List<Concept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var where = $"concepts[{i}]";
            if (array[i] is not JsonObject entry) throw new Data.DataFormatException(source, null, where, "must be an object.");
            var name = StringOf(source, entry["concept"], where + ".concept");
            if (!seen.Add(FeatureNames.Key(name)))
                throw new Data.DataFormatException(source, null, where + ".concept", $"'{name}' repeats an earlier concept's name.");
            if (entry["descriptions"] is not JsonObject descriptions)
                throw new Data.DataFormatException(source, null, where + ".descriptions", "must be an object from class name to description.");
            foreach (var (key, _) in descriptions)
                if (!classes.Contains(key))
                    throw new Data.DataFormatException(source, null, $"{where}.descriptions.{key}", $"is not a class (classes: {string.Join(", ", classes)}).");
            var texts = classes.ToDictionary(c => c, c => StringOf(source, descriptions[c], $"{where}.descriptions.{c}"));
            concepts.Add(new Concept(name, texts));
        }
        return concepts;
    }

    /// <summary>Writes <paramref name="concepts"/> atomically, indented for editing.</summary>
    public static void Save(string path, ConceptSet concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        var root = new JsonObject
        {
            ["classes"] = new JsonArray(concepts.Classes.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
            ["concepts"] = new JsonArray(concepts.Concepts.Select(c => (JsonNode?)new JsonObject
            {
                ["concept"] = c.Name,
                ["descriptions"] = new JsonObject(concepts.Classes.Select(k => KeyValuePair.Create(k, (JsonNode?)JsonValue.Create(c.Descriptions[k])))),
            }).ToArray()),
        };
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        AtomicFile.Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    private static string StringOf(string source, JsonNode? node, string field) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim()
        : throw new Data.DataFormatException(source, null, field, "must be a non-empty string.");
}
