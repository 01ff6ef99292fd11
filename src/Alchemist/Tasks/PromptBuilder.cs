using Alchemist.Llm;

namespace Alchemist.Tasks;

/// <summary>
/// Composes the conversations sent to the LLM, as the paper lays them out: a system prompt; then, for a program, the
/// optional supplementary block first ("Here is useful information ..."), the task description, the labeling
/// instruction and the function signature.
/// </summary>
public sealed class PromptBuilder
{
    private const int MaxExampleChars = 300;
    private readonly PromptTemplates _templates;
    private readonly Dictionary<string, string> _values;
    private readonly IReadOnlyList<string> _labels;

    /// <summary>Creates a builder for <paramref name="spec"/> with the project's templates.</summary>
    public PromptBuilder(TaskSpec spec, PromptTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _templates = templates;
        _labels = spec.Labels.Names;
        _values = new Dictionary<string, string>
        {
            ["task_name"] = spec.Name,
            ["task_description"] = spec.TaskDescription,
            ["labeling_instruction"] = spec.LabelingInstruction,
            ["function_signature"] = spec.FunctionSignature,
            ["labels"] = string.Join(", ", spec.Labels.Names.Select((n, i) => $"{i} = {n}")),
        };
    }

    /// <summary>The system message every conversation starts with.</summary>
    public LlmMessage System => new("system", Render("system"));

    /// <summary>The first call of a strategy that asks the LLM for supplementary knowledge.</summary>
    public IReadOnlyList<LlmMessage> Knowledge(KnowledgeStrategy strategy)
    {
        if (!strategy.AsksLlm()) throw new ArgumentException($"Strategy {strategy.ToName()} makes no knowledge call.", nameof(strategy));
        return [System, new LlmMessage("user", Render("knowledge-" + strategy.ToName()))];
    }

    /// <summary>The supplementary knowledge made of rows of the data (shown without any label).</summary>
    public string DataExamples(IEnumerable<string> rows)
    {
        var lines = rows.Select(r => "- " + Flatten(r));
        return Render("knowledge-data_examples", ("examples", string.Join("\n", lines)));
    }

    /// <summary>The program request, with <paramref name="knowledge"/> as its supplementary block when given.</summary>
    public IReadOnlyList<LlmMessage> Program(string? knowledge)
    {
        var block = string.IsNullOrWhiteSpace(knowledge) ? "" : Render("knowledge_block", ("knowledge", knowledge.Trim())) + "\n\n";
        return [System, new LlmMessage("user", Render("program", ("knowledge_block", block)))];
    }

    /// <summary>The repair round: the program conversation, the rejected answer, and what was wrong with it.</summary>
    public IReadOnlyList<LlmMessage> Repair(IReadOnlyList<LlmMessage> program, string answer, IEnumerable<string> problems) =>
    [
        .. program,
        new LlmMessage("assistant", answer),
        new LlmMessage("user", Render("repair", ("problems", string.Join("\n", problems.Select(p => "- " + p))))),
    ];

    /// <summary>
    /// A refinement request: what the existing programs decide, a sample of the rows they miss and the class to aim at.
    /// Rows are user data inside a prompt, so each is one JSON string (quotes, newlines and markers escaped, so a row
    /// cannot close the block or pose as the instructions around it), cut at <see cref="MaxExampleChars"/> characters.
    /// </summary>
    /// <param name="existing">One line per existing program (what it decides).</param>
    /// <param name="rows">The target rows' texts, without labels.</param>
    /// <param name="focus">The class to aim at; null for any class.</param>
    public IReadOnlyList<LlmMessage> Refine(IEnumerable<string> existing, IEnumerable<string> rows, int? focus)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(rows);
        var quoted = rows.Select(r => global::System.Text.Json.JsonSerializer.Serialize(Flatten(r), QuotedRow)
            .Replace("<", "\\u003c", StringComparison.Ordinal).Replace(">", "\\u003e", StringComparison.Ordinal));
        var aim = focus is { } c
            ? $"Aim at class {c} = {_labels[c]}: return {c} for rows of that class and -1 for every other row."
            : "Return the class of the rows you can decide and -1 for the others.";
        return [System, new LlmMessage("user", Render("refine", ("existing", string.Join("\n", existing.Select(e => "- " + e))),
            ("rows", string.Join("\n", quoted)), ("focus", aim)))];
    }

    /// <summary>JSON quoting that keeps non-ASCII text readable; <c>&lt;</c> and <c>&gt;</c> are escaped after it, so no row can write the closing marker.</summary>
    private static readonly global::System.Text.Json.JsonSerializerOptions QuotedRow = new() { Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The zero-shot request of the per-row baseline (one call per row, no system prompt) for one row's text.</summary>
    public IReadOnlyList<LlmMessage> Baseline(string text) => [new LlmMessage("user", Render("baseline", ("text", text)))];

    private string Render(string template, params (string Key, string Value)[] extra)
    {
        if (extra.Length == 0) return _templates.Render(template, _values);
        var values = new Dictionary<string, string>(_values);
        foreach (var (key, value) in extra) values[key] = value;
        return _templates.Render(template, values);
    }

    private static string Flatten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxExampleChars ? flat : flat[..MaxExampleChars] + "…";
    }
}
