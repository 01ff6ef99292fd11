using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// Batch import as middleware: a request whose answer is in an imported Batch API output file (by <c>custom_id</c> =
/// <see cref="LlmRequest.Key"/>) is answered from it, marked <see cref="ResponseOrigin.Batch"/>; any other request goes
/// to the layers below (offline ones leave it pending).
/// </summary>
/// <param name="inner">The layers below.</param>
/// <param name="answers">The imported answers by request key (<see cref="BatchImport.Answers"/>).</param>
internal sealed class BatchImportChatClient(IChatClient inner, IReadOnlyDictionary<string, LlmResponse> answers) : LlmMiddleware(inner)
{
    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        answers.TryGetValue(LlmChat.RequestOf(messages, options).Key, out var answer)
            ? Task.FromResult(LlmChat.ToChatResponse(answer with { Origin = ResponseOrigin.Batch }))
            : base.GetResponseAsync(messages, options, cancellationToken);
}
