using Alchemist.Tasks;
using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Labeling;
using Alchemist.Synthesis;

namespace Alchemist.Pipeline;

/// <summary>How <see cref="ProjectRunner"/> runs a project end to end.</summary>
/// <param name="Project">The project's <c>alchemist.yaml</c>, or its folder.</param>
/// <param name="RunName">The run folder's name under <c>PROJECT/runs/</c>; null uses the task's name, so a re-run reuses
/// (and skips) what did not change.</param>
/// <param name="Synthesis">LLM access: base URL, budget, offline, refresh.</param>
/// <param name="LabelModel">The label model.</param>
/// <param name="ClassBalance">The <c>--class-balance</c> choice; null is <see cref="ClassBalanceChoice.Auto"/>.</param>
/// <param name="Distillation">End model head and features; null skips distillation.</param>
/// <param name="Apply">How programs run.</param>
/// <param name="Seed">Seed of the label model fit (the end model has its own in <paramref name="Distillation"/>).</param>
/// <param name="Progress">Hears progress inside the long stages (apply, distill), on the working thread; null for none.</param>
/// <param name="Refine">Refinement rounds to make after the first programs; null takes the task's <c>refine:</c> section (none when it has none).</param>
/// <param name="Fallback">The selective per-row fallback; null takes the task's <c>fallback:</c> section (none when it has none).</param>
public sealed record RunSettings(
    string Project,
    string? RunName,
    SynthesisSettings Synthesis,
    LabelModelKind LabelModel = LabelModelKind.Auto,
    ClassBalanceChoice? ClassBalance = null,
    DistillationOptions? Distillation = null,
    ApplyOptions? Apply = null,
    int Seed = 0,
    IProgress<StageProgress>? Progress = null,
    RefineSettings? Refine = null,
    FallbackSettings? Fallback = null)
{
    /// <summary>The aggregation options these settings make: the same object <c>alchemist aggregate</c> builds from its options.</summary>
    public AggregateOptions Aggregation => new(LabelModel, ClassBalance, FitSplit: null, Seed);
}
