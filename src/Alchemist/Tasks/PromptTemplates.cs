using System.Text.RegularExpressions;

namespace Alchemist.Tasks;

/// <summary>
/// The prompt templates: the shipped defaults, each replaceable by a file of the same name in the project's
/// <c>prompts/</c> folder. Placeholders are written <c>{{name}}</c>; an unknown one is an error naming the file.
/// </summary>
public sealed partial class PromptTemplates
{
    /// <summary>The folder, relative to the project, whose files override the defaults.</summary>
    public const string OverrideFolder = "prompts";

    /// <summary>Every template name (file name without <c>.txt</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "system", "program", "knowledge_block", "repair", "baseline", "concepts", "refine",
        .. Enum.GetValues<KnowledgeStrategy>().Where(s => s != KnowledgeStrategy.None).Select(s => "knowledge-" + s.ToName()),
    ];

    private readonly Dictionary<string, (string Text, string Origin)> _templates;

    private PromptTemplates(Dictionary<string, (string, string)> templates) => _templates = templates;

    /// <summary>The shipped text of a template.</summary>
    public static string Default(string name)
    {
        using var stream = typeof(PromptTemplates).Assembly.GetManifestResourceStream($"Alchemist.Tasks.Templates.{name}.txt")
            ?? throw new ArgumentException($"No template named '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The largest override read: a template goes into every call, and the built-in ones are about 2 KB.</summary>
    public const int MaxOverrideBytes = 200_000;

    private static string ReadOverride(string file)
    {
        var size = new FileInfo(file).Length;
        if (size > MaxOverrideBytes)
            throw new AlchemistException($"{file}: the prompt template is {size:N0} bytes; the limit is {MaxOverrideBytes:N0} (it is sent with every call). Shorten it.");
        return File.ReadAllText(file).ReplaceLineEndings("\n");
    }

    /// <summary>Loads the templates for a project folder: its overrides where present, the defaults elsewhere.</summary>
    /// <exception cref="AlchemistException">An override file is larger than <see cref="MaxOverrideBytes"/>.</exception>
    public static PromptTemplates Load(string projectDirectory)
    {
        var templates = new Dictionary<string, (string, string)>();
        foreach (var name in Names)
        {
            var file = Path.Combine(projectDirectory, OverrideFolder, name + ".txt");
            templates[name] = File.Exists(file) ? (ReadOverride(file), file) : (Default(name), $"(built-in {name}.txt)");
        }
        return new PromptTemplates(templates);
    }

    /// <summary>Where each template came from: an override file or the built-in default.</summary>
    public IReadOnlyDictionary<string, string> Origins => _templates.ToDictionary(t => t.Key, t => t.Value.Origin);

    /// <summary>Fills the placeholders of template <paramref name="name"/>.</summary>
    /// <exception cref="AlchemistException">The template uses a placeholder that is not provided.</exception>
    public string Render(string name, IReadOnlyDictionary<string, string> values)
    {
        var (text, origin) = _templates[name];
        return Placeholder().Replace(text, match =>
        {
            var key = match.Groups[1].Value;
            if (values.TryGetValue(key, out var value)) return value;
            var line = text[..match.Index].Count(c => c == '\n') + 1;
            throw new AlchemistException($"{origin}, line {line}: unknown placeholder {{{{{key}}}}}; available: {string.Join(", ", values.Keys)}.");
        }).Trim('\n');
    }

    [GeneratedRegex(@"\{\{\s*([a-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
