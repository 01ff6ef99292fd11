using Alchemist.Llm;

namespace Alchemist.Synthesis;

/// <summary>How a synthesis run is asked for.</summary>
/// <param name="Count">Programs to ask for; null takes the spec's number.</param>
public sealed record SynthesisOptions(int? Count = null);

/// <summary>The summary of a synthesis run.</summary>
/// <param name="Task">The task's name.</param>
/// <param name="Provider">openai or anthropic.</param>
/// <param name="Model">The model asked.</param>
/// <param name="PricesAsOf">Date of the price table used for costs.</param>
/// <param name="Programs">Every program, in order.</param>
/// <param name="Calls">Where the answers came from.</param>
/// <param name="PendingRequests">Requests still unanswered (to export as a batch, or to make with a bigger budget).</param>
/// <param name="BudgetStopped">True when a call was refused because it could exceed the budget.</param>
/// <param name="Total">Tokens and cost of every answer used by the programs (knowledge calls included), whenever they were made.</param>
/// <param name="LiveCost">Dollars spent on calls made in this run.</param>
public sealed record SynthesisReport(
    string Task,
    string Provider,
    string Model,
    string PricesAsOf,
    IReadOnlyList<SynthesizedProgram> Programs,
    CallCounts Calls,
    IReadOnlyList<LlmRequest> PendingRequests,
    bool BudgetStopped,
    Usage Total,
    decimal LiveCost)
{
    /// <summary>Programs accepted.</summary>
    public int Accepted => Programs.Count(p => p.Status == ProgramStatus.Accepted);

    /// <summary>Programs rejected.</summary>
    public int Rejected => Programs.Count(p => p.Status == ProgramStatus.Rejected);

    /// <summary>Programs still waiting for an answer.</summary>
    public int Pending => Programs.Count(p => p.Status == ProgramStatus.Pending);

    /// <summary>Accepted programs that behave like an earlier one on the sample.</summary>
    public int Duplicates => Programs.Count(p => p.DuplicateOf is not null);
}
