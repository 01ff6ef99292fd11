using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>Counts of where a run's answers came from.</summary>
/// <param name="Live">Calls made.</param>
/// <param name="Cached">Answers found in the cache.</param>
/// <param name="Batch">Answers taken from an imported batch file.</param>
/// <param name="Pending">Requests left unanswered (offline, exported, or refused by the budget).</param>
public sealed record CallCounts(int Live, int Cached, int Batch, int Pending);

/// <summary>What a run's calls did and cost, as the summaries print it.</summary>
/// <param name="Counts">Where the answers came from.</param>
/// <param name="Pending">The requests left unanswered, in purpose order (one per key).</param>
/// <param name="BudgetStopped">True when a call was refused because it could exceed the budget.</param>
/// <param name="Spent">Dollars of the live answers (at the price table's prices; 0 when the price is unknown).</param>
internal sealed record CallSummary(CallCounts Counts, IReadOnlyList<LlmRequest> Pending, bool BudgetStopped, decimal Spent)
{
    /// <summary>No call at all.</summary>
    public static readonly CallSummary None = new(new CallCounts(0, 0, 0, 0), [], false, 0);

    /// <summary>The summary of <paramref name="chat"/>'s meter; <see cref="None"/> when it has none.</summary>
    public static CallSummary Of(IChatClient chat) => chat.GetService<CostMeteringChatClient>()?.Summary ?? None;
}

/// <summary>
/// Cost metering as middleware, outermost so it sees every answer: counts live, cached and batch answers and pending
/// requests (by the marks the layers below set), prices live answers' usage with <see cref="PriceTable"/> prices, and
/// reports one line per live answer (progress of a long run). Thread-safe.
/// </summary>
/// <param name="inner">The layers below.</param>
/// <param name="price">The model's price; null when unknown (then live answers count as free).</param>
/// <param name="log">Receives one line per live answer; null for silence.</param>
internal sealed class CostMeteringChatClient(IChatClient inner, ModelPrice? price, Action<string>? log = null) : LlmMiddleware(inner)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LlmRequest> _pending = [];
    private int _live, _cached, _batch;
    private bool _budgetStopped;
    private decimal _spent;

    /// <summary>What the calls so far did and cost.</summary>
    public CallSummary Summary
    {
        get
        {
            lock (_gate)
                return new CallSummary(new CallCounts(_live, _cached, _batch, _pending.Count),
                    _pending.Values.OrderBy(r => r.Purpose, StringComparer.Ordinal).ToArray(), _budgetStopped, _spent);
        }
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        if (LlmChat.PendingReasonOf(response) is { } reason)
        {
            var request = LlmChat.RequestOf(messages, options);
            lock (_gate)
            {
                _pending[request.Key] = request;
                _budgetStopped |= reason == PendingReason.Budget;
            }
            return response;
        }
        var answer = LlmChat.ToLlmResponse(response);
        lock (_gate)
        {
            switch (answer.Origin)
            {
                case ResponseOrigin.Cache: _cached++; break;
                case ResponseOrigin.Batch: _batch++; break;
                default:
                    _live++;
                    _spent += price?.Cost(answer.InputTokens, answer.OutputTokens) ?? 0;
                    break;
            }
        }
        if (answer.Origin == ResponseOrigin.Live)
            log?.Invoke($"{LlmChat.RequestOf(messages, options).Purpose}: answered, {answer.InputTokens} + {answer.OutputTokens} tokens");
        return response;
    }
}
