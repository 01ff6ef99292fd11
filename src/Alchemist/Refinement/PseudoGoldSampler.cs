using Alchemist.Data;
using Alchemist.Synthesis;
using Microsoft.Extensions.AI;

namespace Alchemist.Refinement;

/// <summary>
/// Draws the pseudo-gold sample: a seeded sample of the split's rows, each labeled by the LLM one row at a time
/// (<see cref="RowLabeler"/>: the per-row baseline's request, so an answer the baseline already received is reused).
/// </summary>
internal static class PseudoGoldSampler
{
    /// <summary>The seed of the sample, derived from the task's validation seed (distinct from the smoke sample's).</summary>
    public static int SeedOf(int validationSeed) => unchecked(validationSeed * 31 + 7);

    /// <summary>Asks for the labels of the sampled rows; rows left pending get -1 and count in <see cref="PseudoGold.Calls"/>.</summary>
    /// <exception cref="Llm.LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public static async Task<PseudoGold> DrawAsync(SynthesisSession session, IChatClient chat, string split, Dataset data, int count,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(data);
        var seed = SeedOf(session.Spec.Validation.Seed);
        var rows = SeededOrder.Sample(data.Count, count, seed);
        var answers = await RowLabeler.AskAsync(session, chat, split, data, rows, cancellationToken).ConfigureAwait(false);
        return new PseudoGold(split, seed, rows, answers.Labels, answers.Calls, answers.InputTokens, answers.OutputTokens, answers.Cost);
    }
}
