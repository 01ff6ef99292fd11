namespace Alchemist.Tasks;

/// <summary>Which rows the selective per-row fallback sends to the LLM.</summary>
public enum FallbackRows
{
    /// <summary>Only rows no program voted on.</summary>
    Uncovered,

    /// <summary>Rows no program voted on first, then the covered rows the label model is least sure of.</summary>
    Uncertain,
}

/// <summary>
/// Selective per-row fallback (<c>fallback:</c> in <c>alchemist.yaml</c>, <c>--llm-fallback</c> on the command line):
/// the training rows the programs cannot decide are labeled by the LLM one at a time, and the end model trains on the
/// union of those answers and the label model's.
/// </summary>
/// <param name="Rows">Which rows go.</param>
/// <param name="Share">The largest share of the training rows sent (the budget can stop earlier).</param>
public sealed record FallbackSettings(FallbackRows Rows = FallbackRows.Uncertain, double Share = 0.1)
{
    /// <summary>The names of <see cref="FallbackRows"/> in files and on the command line.</summary>
    public static ChoiceNames<FallbackRows> Names { get; } = new("fallback rows", ("uncovered", FallbackRows.Uncovered), ("uncertain", FallbackRows.Uncertain));
}
