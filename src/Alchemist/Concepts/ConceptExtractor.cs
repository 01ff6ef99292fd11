using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Alchemist.Llm;
using Alchemist.Synthesis;
using Alchemist.Tasks;
using Microsoft.Extensions.AI;

namespace Alchemist.Concepts;

/// <summary>
/// Asks the LLM which visual primitive concepts separate a task's classes (template <c>concepts</c>) and parses the
/// answer strictly into a <see cref="ConceptSet"/>. It asks the session's <see cref="IChatClient"/>
/// (<see cref="SynthesisSession.CreateChatClient"/>), so the call is cached, budgeted and priced like every program request.
/// </summary>
internal static partial class ConceptExtractor
{
    /// <summary>The request for <paramref name="count"/> concepts of <paramref name="spec"/>'s task.</summary>
    public static LlmRequest Request(TaskSpec spec, PromptTemplates templates, int count)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(templates);
        if (count < 1) throw new AlchemistException($"Ask for at least one concept, not {count}.");
        var shape = "{" + string.Join(", ", spec.Labels.Names.Select(n => $"{JsonSerializer.Serialize(n)}: \"<description>\"")) + "}";
        var prompt = templates.Render("concepts", new Dictionary<string, string>
        {
            ["task_description"] = spec.TaskDescription,
            ["classes"] = string.Join(", ", spec.Labels.Names),
            ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["descriptions_shape"] = shape,
        });
        return new LlmRequest(spec.Model.Provider, spec.Model.Name,
            [new LlmMessage("system", templates.Render("system", new Dictionary<string, string>())), new LlmMessage("user", prompt)],
            spec.Model.Temperatures.Count > 0 ? spec.Model.Temperatures[0] : 0f, spec.Model.MaxTokens, 0, "concepts");
    }

    /// <summary>Parses an answer: the first <c>```json</c> block (or the whole text), strictly.</summary>
    /// <exception cref="Data.DataFormatException">Not JSON, or a field missing or wrong; the message names the field.</exception>
    public static ConceptSet Parse(string answer, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(answer);
        const string source = "the LLM's concepts answer";
        var fence = JsonFence().Match(answer);
        var json = fence.Success ? fence.Groups["json"].Value : answer;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new Data.DataFormatException(source, null, null, $"not valid JSON ({e.Message}).");
        }
        if (root is not JsonObject obj) throw new Data.DataFormatException(source, null, null, "must be a JSON object with 'concepts'.");
        return new ConceptSet(classes, ConceptFile.Parse(source, obj, classes));
    }

    /// <summary>Asks (or reads the cached answer) and parses; null when the request stays pending (offline, or over budget).</summary>
    public static async Task<ConceptSet?> ExtractAsync(TaskSpec spec, PromptTemplates templates, IChatClient chat, int count,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var response = await chat.AskAsync(Request(spec, templates, count), cancellationToken).ConfigureAwait(false);
        return response is null ? null : Parse(response.Text, spec.Labels.Names);
    }

    [GeneratedRegex(@"```(?:json)?[ \t]*\r?\n(?<json>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonFence();
}
