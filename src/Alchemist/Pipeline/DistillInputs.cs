using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Refinement;

namespace Alchemist.Pipeline;

/// <summary>
/// What distillation reads from the run folder besides its pseudolabels, the same for <c>alchemist run</c> and
/// <c>alchemist distill --run</c>: the LLM-labeled sample as the judge (features under <c>auto</c>, whose answer covered
/// rows take) and the selective fallback's answers as certain targets.
/// </summary>
internal static class DistillInputs
{
    /// <summary><paramref name="requested"/> with the run's complete LLM sample as <see cref="DistillationOptions.Judge"/> and its
    /// answered fallback rows as <see cref="DistillationOptions.Answers"/>, where the run has them.</summary>
    public static DistillationOptions With(RunFolder run, DistillationOptions requested)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(requested);
        var options = requested;
        if (PseudoGold.Load(run) is { Complete: true } sample) options = options with { Judge = new ReferenceLabels(sample.Rows, sample.Labels, "llm sample") };
        if (FallbackRecord.Load(run) is { Answered: > 0 } fallback) options = options with { Answers = fallback.Answers };
        return options;
    }
}
