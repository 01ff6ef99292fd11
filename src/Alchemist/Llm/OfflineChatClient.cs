using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// The bottom of an offline pipeline (no key, no network): every request that gets this far is answered pending
/// (<see cref="PendingReason.Offline"/>), so cached and imported answers are used and the rest is reported, not called.
/// </summary>
internal sealed class OfflineChatClient : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(LlmChat.Pending(PendingReason.Offline));

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The LLM pipeline answers whole responses only.");

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
        // Holds nothing.
    }
}
