using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>Everything the LLM pipeline is built from.</summary>
/// <param name="Cache">The response cache (owned by the caller).</param>
/// <param name="Price">The model's price; null when unknown.</param>
/// <param name="Model">The model name (for messages).</param>
/// <param name="Budget">Dollars the run may spend on live calls; null for no limit.</param>
/// <param name="Refresh">Ignore (and replace) answers cached before this run.</param>
/// <param name="Imported">Answers of an imported Batch API output file, by request key; null when none.</param>
/// <param name="ExportBatch">Record every request not answered by the cache or an import for this Batch API input file,
/// and make no call; null when not exporting.</param>
/// <param name="Live">Creates the live client (see <see cref="LlmPipeline.LiveClient"/>); null for an offline run.</param>
/// <param name="Log">Receives one line per live answer; null for silence.</param>
internal sealed record LlmPipelineOptions(
    ResponseCache Cache,
    ModelPrice? Price,
    string Model,
    decimal? Budget = null,
    bool Refresh = false,
    IReadOnlyDictionary<string, LlmResponse>? Imported = null,
    string? ExportBatch = null,
    Func<IChatClient>? Live = null,
    Action<string>? Log = null);

/// <summary>
/// Builds the one <see cref="IChatClient"/> every LLM caller (synthesis, the zero-shot baseline, concept extraction)
/// asks, composed with <see cref="ChatClientBuilder"/>, outermost first:
/// <list type="number">
/// <item><see cref="CostMeteringChatClient"/>: sees every answer, so it counts cached and batch answers too and prices the live ones;</item>
/// <item><see cref="ResponseCachingChatClient"/>: a cached answer stops here, so it costs nothing, needs no budget, key or network;</item>
/// <item><see cref="BatchImportChatClient"/>: imported answers stop here and, passing back through the cache, are stored in it;</item>
/// <item><see cref="BatchExportChatClient"/>: what is still unanswered is recorded for the batch file instead of being called;</item>
/// <item><see cref="BudgetChatClient"/>: only calls about to be made reserve money;</item>
/// <item>the live client, created on the first call: <see cref="RetryingChatClient"/> over the provider's SDK client (or
/// <see cref="OfflineChatClient"/> for an offline run).</item>
/// </list>
/// </summary>
internal static class LlmPipeline
{
    /// <summary>Builds the pipeline of <paramref name="options"/>.</summary>
    /// <exception cref="AlchemistException">A budget is set but the model has no price.</exception>
    public static IChatClient Build(LlmPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IChatClient bottom = options.Live is { } live ? new DeferredChatClient(live) : new OfflineChatClient();
        var builder = new ChatClientBuilder(bottom)
            .Use(inner => new CostMeteringChatClient(inner, options.Price, options.Log))
            .Use(inner => new ResponseCachingChatClient(inner, options.Cache, options.Refresh));
        if (options.Imported is { } imported) builder.Use(inner => new BatchImportChatClient(inner, imported));
        if (options.ExportBatch is { } export) builder.Use(inner => new BatchExportChatClient(inner, export));
        if (options.Budget is { } budget) builder.Use(inner => new BudgetChatClient(inner, options.Price, budget, options.Model));
        // Build runs every layer's constructor now, so a budget without a price is refused before any request.
        return builder.Build();
    }

    /// <summary>
    /// Creates the live client lazily from <paramref name="connect"/> (called on the first live call, so runs answered
    /// without one need no key): the provider's SDK client with <see cref="RetryingChatClient"/> over it.
    /// </summary>
    /// <param name="connect">Resolves endpoint and key.</param>
    /// <param name="model">The model name.</param>
    /// <param name="maxTokens">Default answer length (Anthropic requires one).</param>
    /// <param name="callOptions">Retry, timeout and concurrency.</param>
    /// <param name="log">Receives one line per retry; null for silence.</param>
    public static Func<IChatClient> LiveClient(Func<LlmConnection> connect, string model, int maxTokens, LlmCallOptions callOptions, Action<string>? log) => () =>
    {
        var connection = connect();
        return new ChatClientBuilder(ChatClientFactory.Create(connection, model, maxTokens))
            .Use(inner => new RetryingChatClient(inner, connection.ToString(), callOptions, log))
            .Build();
    };
}
