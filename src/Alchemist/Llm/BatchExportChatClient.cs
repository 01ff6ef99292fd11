using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// Batch export as middleware: every request that reaches it is recorded for the Batch API input file and answered
/// pending (<see cref="PendingReason.Offline"/>), without calling the layers below. <see cref="WriteFile"/> writes the
/// recorded requests, in purpose order, once the run has asked everything it can.
/// </summary>
/// <param name="inner">The layers below (never called for an answer).</param>
/// <param name="path">The Batch API input file to write.</param>
internal sealed class BatchExportChatClient(IChatClient inner, string path) : LlmMiddleware(inner)
{
    private readonly ConcurrentDictionary<string, LlmRequest> _requests = new();

    /// <summary>The file <see cref="WriteFile"/> writes.</summary>
    public string Path => path;

    /// <summary>The requests recorded so far, in purpose order (one per key).</summary>
    public IReadOnlyList<LlmRequest> Requests => _requests.Values.OrderBy(r => r.Purpose, StringComparer.Ordinal).ToArray();

    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = LlmChat.RequestOf(messages, options);
        _requests.TryAdd(request.Key, request);
        return Task.FromResult(LlmChat.Pending(PendingReason.Offline));
    }

    /// <summary>Writes the recorded requests as a Batch API input file (atomically; an empty file when none).</summary>
    public void WriteFile() => BatchFile.Export(Requests, path);
}
