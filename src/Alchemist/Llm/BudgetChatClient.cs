using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// The budget as middleware, just above the live call: before a call its worst case (estimated prompt + the full answer
/// allowance) is reserved, and a call whose reservation could take spending past the budget is not made (answered
/// pending, <see cref="PendingReason.Budget"/>); after the call the reservation is replaced by the actual usage (or
/// released when the call failed). Calls in flight reserve concurrently, so together they never overshoot. Thread-safe.
/// </summary>
internal sealed class BudgetChatClient : LlmMiddleware
{
    private readonly Lock _gate = new();
    private readonly ModelPrice _price;
    private readonly decimal _budget;
    private decimal _spent;
    private decimal _reserved;

    /// <summary>Creates the layer.</summary>
    /// <param name="inner">The live call below.</param>
    /// <param name="price">The model's price; a budget cannot be enforced without it.</param>
    /// <param name="budget">Dollars the run may spend on live calls.</param>
    /// <param name="model">The model name, for the message when its price is missing.</param>
    /// <exception cref="AlchemistException">The model has no price.</exception>
    public BudgetChatClient(IChatClient inner, ModelPrice? price, decimal budget, string model) : base(inner)
    {
        _price = price ?? throw new AlchemistException($"--budget needs the price of model '{model}': add it to {PriceTable.FileName} in the project folder.");
        _budget = budget;
    }

    /// <summary>Dollars spent on calls made through this layer.</summary>
    public decimal Spent { get { lock (_gate) return _spent; } }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = LlmChat.RequestOf(messages, options);
        var reservation = _price.Cost(TokenEstimator.Count(request.Messages), request.MaxTokens);
        lock (_gate)
        {
            if (_spent + _reserved + reservation > _budget) return LlmChat.Pending(PendingReason.Budget);
            _reserved += reservation;
        }
        ChatResponse? response = null;
        try
        {
            response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            lock (_gate)
            {
                _reserved -= reservation;
                if (response is not null && LlmChat.PendingReasonOf(response) is null)
                    _spent += _price.Cost(response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
            }
        }
    }
}
