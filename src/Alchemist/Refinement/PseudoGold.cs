using Alchemist.Evaluation;
using Alchemist.Llm;

namespace Alchemist.Refinement;

/// <summary>
/// A small LLM-labeled sample of the training rows (<c>validation.llm_sample</c>): the pseudo-gold a project without
/// gold labels uses to choose its label model, gate refined programs and estimate accuracy. It is never fitted on.
/// </summary>
/// <param name="Split">The split the rows belong to (the label model's fit split).</param>
/// <param name="Seed">Seed of the sample.</param>
/// <param name="Rows">The sampled row indices, in sample order.</param>
/// <param name="Labels">The LLM's class per sampled row; negative where it has not answered yet or its answer names no class.</param>
/// <param name="Calls">Where the answers came from.</param>
/// <param name="InputTokens">Prompt tokens of the answers.</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at list prices; null when the model has no price.</param>
public sealed record PseudoGold(string Split, int Seed, IReadOnlyList<int> Rows, IReadOnlyList<int> Labels, CallCounts Calls,
    long InputTokens, long OutputTokens, decimal? Cost)
{
    /// <summary>Rows with a usable answer.</summary>
    public int Answered => Labels.Count(l => l >= 0);

    /// <summary>True when every sampled row has been asked and answered (nothing pending).</summary>
    public bool Complete => Calls.Pending == 0;

    /// <summary>The accuracy of <paramref name="answers"/> (one per row of the split) on the sample.</summary>
    public AccuracyEstimate Score(IReadOnlyList<int> answers) => AccuracyEstimate.Of(Rows, Labels, answers);

    /// <summary>The run's sample, or null when none was drawn.</summary>
    public static PseudoGold? Load(RunFolder run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return File.Exists(run.PseudoGoldPath) ? ArtifactJson.Load<PseudoGold>(run.PseudoGoldPath) : null;
    }
}
