using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// The base of the pipeline's layers (cache, batch files, budget, cost meter, retries): a
/// <see cref="DelegatingChatClient"/> that answers whole responses only. Streaming is refused rather than passed
/// through, because it would slip past every layer: an answer must be complete to be cached, priced and budgeted.
/// </summary>
internal abstract class LlmMiddleware(IChatClient inner) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public sealed override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The LLM pipeline answers whole responses only: caching, budgets and batch files need the complete answer.");
}
