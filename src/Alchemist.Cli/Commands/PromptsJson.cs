using Alchemist.Synthesis;

namespace Alchemist.Cli.Commands;

/// <summary>The <c>--json</c> object of <c>alchemist prompts</c>: the task, where each template came from, and every planned request.</summary>
internal sealed record PromptsJson(string Task, IReadOnlyDictionary<string, string> Templates, PromptRequestJson[] Requests)
{
    public static PromptsJson Of(string task, IReadOnlyDictionary<string, string> templates, IEnumerable<PlannedRequest> requests) =>
        new(task, templates, requests.Select(q => new PromptRequestJson(q.Request.Purpose, q.Request.Provider, q.Request.Model, q.Request.Temperature,
            q.Request.MaxTokens, q.Request.SampleIndex, q.Cached, q.KnowledgeKnown, q.Request.Messages.Select(m => new PromptMessageJson(m.Role, m.Text)).ToArray())).ToArray());
}

/// <summary>One planned request: its settings, whether it is cached, whether its knowledge is complete, and its messages.</summary>
internal sealed record PromptRequestJson(string Purpose, string Provider, string Model, float Temperature, int MaxTokens, int SampleIndex, bool Cached,
    bool Complete, PromptMessageJson[] Messages);

/// <summary>One message of a request.</summary>
internal sealed record PromptMessageJson(string Role, string Text);
