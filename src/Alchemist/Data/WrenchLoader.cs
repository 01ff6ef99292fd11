using System.Globalization;
using System.Text.Json;

namespace Alchemist.Data;

/// <summary>
/// Loads a WRENCH split: <c>{"id": {"data": {"text": ...}, "label": k, "weak_labels": [...]}, ...}</c> with the
/// classes in the folder's <c>label.json</c> (<c>{"0": "ham", "1": "spam"}</c>). The shipped <c>weak_labels</c>
/// become the dataset's label matrix (columns <c>lf_0</c>…; none when the first record has none); record keys become <see cref="Dataset.Ids"/>, and each
/// row's source row is the line on which its record starts.
/// </summary>
internal static class WrenchLoader
{
    /// <summary>The file holding the class names of a WRENCH folder.</summary>
    public const string LabelFile = "label.json";

    private const string LabelField = "label";
    private const string VotesField = "weak_labels";

    /// <summary>Loads the split that <paramref name="spec"/> names (a folder plus split, or a split file).</summary>
    /// <exception cref="DataFormatException">A file is missing or malformed; the message names file, line, record and field.</exception>
    public static Dataset Load(DataSourceSpec spec, LabelSet? labels, CancellationToken ct)
    {
        var (folder, file) = Locate(spec);
        var labelSet = ReadLabelSet(Path.Combine(folder, LabelFile));
        if (labels is not null && !labels.Equals(labelSet))
            throw new AlchemistException($"{file}: the given classes ({string.Join(", ", labels.Names)}) differ from {LabelFile} ({string.Join(", ", labelSet.Names)}).");
        var textFields = RowCollector.TextFieldsOf(spec);
        if (spec.LabelMap is not null)
            throw new AlchemistException($"{file}: a label map does not apply to WRENCH data, whose labels are the ids of {LabelFile}.");
        var bytes = File.ReadAllBytes(file);
        var resolver = new LabelResolver(file, LabelField, labelSet, null);
        return Parse(file, bytes, spec, textFields, resolver, labelSet.Count, ct);
    }

    /// <summary>The folder and the split file of a spec whose path is a WRENCH folder or a split file inside one.</summary>
    public static (string Folder, string File) Locate(DataSourceSpec spec)
    {
        if (Directory.Exists(spec.Path))
        {
            var split = spec.Split ?? "train";
            var file = Path.Combine(spec.Path, split + ".json");
            if (!File.Exists(file))
                throw new DataFormatException(file, null, null, $"split '{split}' does not exist in the WRENCH folder {spec.Path}");
            return (spec.Path, file);
        }
        if (!File.Exists(spec.Path)) throw new DataFormatException(spec.Path, null, null, "the file does not exist");
        return (Path.GetDirectoryName(Path.GetFullPath(spec.Path))!, spec.Path);
    }

    /// <summary>Reads <c>label.json</c>: an object from class id ("0", "1", …, contiguous) to class name.</summary>
    /// <exception cref="DataFormatException">The file is missing, not JSON, or its ids are not 0..k-1.</exception>
    public static LabelSet ReadLabelSet(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "the WRENCH class file is missing");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new DataFormatException(path, 1, null, "expected an object from class id to class name");
            var names = new SortedDictionary<int, string>();
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (!int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || p.Value.ValueKind != JsonValueKind.String)
                    throw new DataFormatException(path, null, p.Name, "expected a class id mapped to a class name");
                names[id] = p.Value.GetString()!;
            }
            if (names.Count == 0 || names.Keys.Last() != names.Count - 1)
                throw new DataFormatException(path, null, null, $"class ids must be 0..{names.Count - 1}, found {string.Join(", ", names.Keys)}");
            return new LabelSet(names.Values.ToArray());
        }
        catch (JsonException e)
        {
            throw new DataFormatException(path, (e.LineNumber ?? 0) + 1, null, $"invalid JSON: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new DataFormatException(path, null, null, e.Message, e);
        }
    }

    private static Dataset Parse(string file, byte[] bytes, DataSourceSpec spec, IReadOnlyList<string> textFields,
        LabelResolver resolver, int classes, CancellationToken ct)
    {
        var json = bytes.AsSpan();
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        RowCollector? rows = null;
        var texts = new string?[textFields.Count];
        sbyte[] votes = [];
        var voteCount = -1;
        int line = 1, counted = 0, records = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new DataFormatException(file, 1, null, "expected a JSON object from record id to record");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (++records % 4096 == 0) ct.ThrowIfCancellationRequested();
                var start = (int)reader.TokenStartIndex;
                line += json[counted..start].Count((byte)'\n');
                counted = start;
                var id = reader.GetString()!;
                reader.Read();
                using var record = JsonDocument.ParseValue(ref reader);
                var root = record.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                    throw new DataFormatException(file, line, null, $"record '{id}' is not an object");
                if (voteCount < 0)
                {
                    voteCount = root.TryGetProperty(VotesField, out var first) && first.ValueKind == JsonValueKind.Array ? first.GetArrayLength() : 0;
                    votes = new sbyte[voteCount];
                    rows = new RowCollector(file, spec, textFields, LabelField, resolver, hasIds: true, voteCount == 0 ? null : VoteNames(voteCount));
                }
                ReadTexts(root, textFields, texts);
                ReadVotes(file, line, id, root, votes, classes);
                rows!.Add(line, texts, ReadLabel(root, resolver), id, votes);
            }
            if (reader.TokenType != JsonTokenType.EndObject)
                throw new DataFormatException(file, line, null, "expected a record id");
        }
        catch (JsonException e)
        {
            throw new DataFormatException(file, (e.LineNumber ?? 0) + 1, null, $"invalid JSON: {e.Message}", e);
        }
        rows ??= new RowCollector(file, spec, textFields, LabelField, resolver, hasIds: true);
        return rows.Build(file, null);
    }

    private static string[] VoteNames(int count)
    {
        var names = new string[count];
        for (var i = 0; i < count; i++) names[i] = "lf_" + i.ToString(CultureInfo.InvariantCulture);
        return names;
    }

    private static void ReadTexts(JsonElement record, IReadOnlyList<string> fields, string?[] texts)
    {
        var hasData = record.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object;
        for (var f = 0; f < texts.Length; f++)
            texts[f] = hasData && data.TryGetProperty(fields[f], out var value) ? JsonText.Of(value) : null;
    }

    private static LabelResult ReadLabel(JsonElement record, LabelResolver resolver)
    {
        if (!record.TryGetProperty(LabelField, out var label)) return LabelResult.Unknown;
        return label.ValueKind switch
        {
            JsonValueKind.Number when label.TryGetInt64(out var id) => resolver.ResolveId(id),
            JsonValueKind.String => resolver.Resolve(label.GetString()),
            JsonValueKind.Null => LabelResult.Unknown,
            _ => new LabelResult(LabelSet.Abstain, $"label {label.GetRawText()} is not a class id"),
        };
    }

    private static void ReadVotes(string file, int line, string id, JsonElement record, sbyte[] votes, int classes)
    {
        if (!record.TryGetProperty(VotesField, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            if (votes.Length == 0) return;
            throw new DataFormatException(file, line, VotesField, $"record '{id}' has no weak label array; earlier records have {votes.Length}");
        }
        var count = array.GetArrayLength();
        if (count != votes.Length)
            throw new DataFormatException(file, line, VotesField, $"record '{id}' has {count} weak labels; earlier records have {votes.Length}");
        var i = 0;
        foreach (var vote in array.EnumerateArray())
        {
            if (vote.ValueKind != JsonValueKind.Number || !vote.TryGetInt32(out var v) || v < LabelSet.Abstain || v >= classes)
                throw new DataFormatException(file, line, VotesField,
                    $"record '{id}': weak label {i} is {vote.GetRawText()}, not -1 (abstain) or a class id 0..{classes - 1}");
            votes[i++] = (sbyte)v;
        }
    }
}
