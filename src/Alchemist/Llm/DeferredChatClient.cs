using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// The live client, created on the first request that reaches it: a run answered from the cache or a batch file never
/// resolves a connection, so it needs no key and no network. Creation failures (no key) repeat on every request.
/// </summary>
/// <param name="create">Creates the live client (connection, SDK client, retries).</param>
internal sealed class DeferredChatClient(Func<IChatClient> create) : IChatClient
{
    private readonly Lazy<IChatClient> _live = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        _live.Value.GetResponseAsync(messages, options, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        _live.Value.GetStreamingResponseAsync(messages, options, cancellationToken);

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : _live.IsValueCreated ? _live.Value.GetService(serviceType, serviceKey) : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_live.IsValueCreated) _live.Value.Dispose();
    }
}
