using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// The response cache as middleware: a request whose answer is in <see cref="ResponseCache"/> (keyed by
/// <see cref="LlmRequest.Key"/>, so caches written before stay valid) is answered from it, marked
/// <see cref="ResponseOrigin.Cache"/>, without reaching the layers below; any other answer from below (live or from a
/// batch file) is committed to the cache the moment it arrives. Pending answers are not stored. With refresh, cached
/// answers are ignored except those stored in this run (a repeated request is still asked once).
/// </summary>
/// <param name="inner">The layers below.</param>
/// <param name="cache">The cache; owned by the caller, not disposed here.</param>
/// <param name="refresh">Ignore (and replace) answers cached before this run.</param>
internal sealed class ResponseCachingChatClient(IChatClient inner, ResponseCache cache, bool refresh) : LlmMiddleware(inner)
{
    private readonly ConcurrentDictionary<string, byte> _storedThisRun = new();

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = LlmChat.RequestOf(messages, options);
        var key = request.Key;
        if ((!refresh || _storedThisRun.ContainsKey(key)) && cache.Get(request) is { } cached) return LlmChat.ToChatResponse(cached);
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (LlmChat.PendingReasonOf(response) is null)
        {
            cache.Put(request, LlmChat.ToLlmResponse(response));
            _storedThisRun[key] = 0;
        }
        return response;
    }
}
