using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Synthesis;
using Microsoft.Extensions.AI;

namespace Alchemist.Refinement;

/// <summary>
/// Draws the pseudo-gold sample: a seeded sample of the split's rows, each asked zero-shot with the per-row baseline's
/// request (<see cref="ZeroShotBaseline"/>: same prompt, so an answer the baseline already received is reused from the
/// cache), through the session's LLM pipeline — cache, budget, batch files and cost meter.
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
        var rows = PseudoGold.SampleRows(data.Count, count, seed);
        var requests = rows.Select(row => ZeroShotBaseline.Request(session, split, data, row)).ToArray();
        var answers = new LlmResponse?[requests.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, session.Spec.Model.Concurrency), CancellationToken = cancellationToken },
            async (i, ct) => answers[i] = await chat.AskAsync(requests[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        var labels = answers.Select(a => a is null ? -1 : ZeroShotBaseline.Parse(a.Text, session.Spec.Labels)).ToArray();
        long input = answers.Sum(a => a?.InputTokens ?? 0), output = answers.Sum(a => a?.OutputTokens ?? 0);
        var calls = CallSummary.Of(chat);
        return new PseudoGold(split, seed, rows, labels, calls.Counts, input, output, session.Prices.Find(session.Spec.Model.Name)?.Cost(input, output));
    }
}
