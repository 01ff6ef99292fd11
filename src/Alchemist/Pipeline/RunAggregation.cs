using Alchemist.Aggregation;
using Alchemist.Refinement;

namespace Alchemist.Pipeline;

/// <summary>
/// What a run folder adds to the aggregation options a user gave: the complete LLM-labeled sample, which <c>auto</c>
/// chooses the label model on (and whose split it fits), and the programs refinement retired, whose votes the label
/// model leaves out. <c>alchemist run</c> and <c>alchemist aggregate --run</c> both fit through it, so the two cannot fit
/// differently.
/// </summary>
public static class RunAggregation
{
    /// <summary><paramref name="options"/> with what <paramref name="run"/> holds.</summary>
    /// <param name="run">The run folder.</param>
    /// <param name="options">The label model, class balance, fit split and seed asked for.</param>
    public static AggregateOptions For(RunFolder run, AggregateOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var retired = RefinementRecord.Load(run)?.RetiredPrograms() ?? [];
        var with = options with { IgnoredPrograms = retired.Count > 0 ? retired : null };
        return PseudoGold.Load(run) is { Complete: true } sample
            ? with with { Reference = new ReferenceLabels(sample.Rows, sample.Labels, "llm sample"), FitSplit = sample.Split }
            : with;
    }
}
