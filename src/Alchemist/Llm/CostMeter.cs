namespace Alchemist.Llm;

/// <summary>
/// Counts what live calls cost and refuses a call that could take spending past the budget: before a call its
/// worst case (estimated prompt + the full answer allowance) is reserved; after it the actual usage is charged.
/// Thread-safe.
/// </summary>
public sealed class CostMeter
{
    private readonly Lock _gate = new();
    private decimal _spent;
    private decimal _reserved;

    /// <summary>Creates a meter.</summary>
    /// <param name="price">The model's price; null when unknown (then no budget can be enforced).</param>
    /// <param name="budget">Dollars the run may spend on live calls; null for no limit.</param>
    /// <param name="model">The model name, for the message when its price is missing.</param>
    /// <exception cref="AlchemistException">A budget is set but the model has no price.</exception>
    public CostMeter(ModelPrice? price, decimal? budget, string model)
    {
        if (budget is not null && price is null)
            throw new AlchemistException($"--budget needs the price of model '{model}': add it to {PriceTable.FileName} in the project folder.");
        Price = price;
        Budget = budget;
    }

    /// <summary>The model's price, when known.</summary>
    public ModelPrice? Price { get; }

    /// <summary>The spending limit, when set.</summary>
    public decimal? Budget { get; }

    /// <summary>Dollars spent on live calls so far.</summary>
    public decimal Spent { get { lock (_gate) return _spent; } }

    /// <summary>The cost of a usage; null when the price is unknown.</summary>
    public decimal? Cost(long inputTokens, long outputTokens) => Price?.Cost(inputTokens, outputTokens);

    /// <summary>Reserves the worst case of <paramref name="request"/>; false when that could exceed the budget.</summary>
    public bool TryReserve(LlmRequest request, out decimal reserved)
    {
        ArgumentNullException.ThrowIfNull(request);
        reserved = Price?.Cost(TokenEstimator.Count(request.Messages), request.MaxTokens) ?? 0;
        lock (_gate)
        {
            if (Budget is { } budget && _spent + _reserved + reserved > budget) return false;
            _reserved += reserved;
            return true;
        }
    }

    /// <summary>Replaces a reservation by the actual cost of the answer (or releases it when the call failed).</summary>
    public void Settle(decimal reserved, LlmResponse? response)
    {
        lock (_gate)
        {
            _reserved -= reserved;
            if (response is not null) _spent += Price?.Cost(response.InputTokens, response.OutputTokens) ?? 0;
        }
    }
}
