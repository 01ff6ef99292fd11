using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Synthesis;
using Microsoft.Extensions.AI;

namespace Alchemist.Refinement;

/// <summary>The LLM's answers for some rows of a split, and what they cost.</summary>
/// <param name="Labels">The class per asked row, in the order asked; <see cref="Unparsed"/> where the answer named no class,
/// <see cref="Pending"/> where no answer came (offline, or the budget stopped the call).</param>
/// <param name="Calls">Where the answers came from (live, cache, batch files) and how many are pending.</param>
/// <param name="InputTokens">Prompt tokens of the answers (each distinct prompt once).</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at list prices; null when the model has no price.</param>
/// <param name="BudgetStopped">True when the budget left rows unasked.</param>
internal sealed record RowAnswers(IReadOnlyList<int> Labels, CallCounts Calls, long InputTokens, long OutputTokens, decimal? Cost, bool BudgetStopped)
{
    /// <summary>The label of a row whose answer names no class.</summary>
    public const int Unparsed = -1;

    /// <summary>The label of a row not answered yet.</summary>
    public const int Pending = -2;
}

/// <summary>
/// Labels chosen rows one at a time, each asked zero-shot with the per-row baseline's request
/// (<see cref="ZeroShotBaseline.Request"/>), through the session's LLM pipeline: cache, budget, batch files, cost meter.
/// The same request for the same row is the same cache entry, so the LLM-labeled sample, the selective fallback and
/// <c>alchemist baseline</c> never pay twice for a row; rows with the same text are asked once.
/// </summary>
internal static class RowLabeler
{
    /// <summary>Asks for the labels of <paramref name="rows"/> of <paramref name="data"/>.</summary>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public static async Task<RowAnswers> AskAsync(SynthesisSession session, IChatClient chat, string split, Dataset data, IReadOnlyList<int> rows,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        var requests = rows.Select(row => ZeroShotBaseline.Request(session, split, data, row)).ToArray();
        var distinct = requests.GroupBy(r => r.Key, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        var byKey = new System.Collections.Concurrent.ConcurrentDictionary<string, LlmResponse?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(distinct,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, session.Spec.Model.Concurrency), CancellationToken = cancellationToken },
            async (request, ct) => byKey[request.Key] = await chat.AskAsync(request, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var labels = requests.Select(r => byKey[r.Key] is { } a ? ZeroShotBaseline.Parse(a.Text, session.Spec.Labels) : RowAnswers.Pending).ToArray();
        long input = byKey.Values.Sum(a => a?.InputTokens ?? 0), output = byKey.Values.Sum(a => a?.OutputTokens ?? 0);
        var calls = CallSummary.Of(chat);
        return new RowAnswers(labels, calls.Counts, input, output, session.Prices.Find(session.Spec.Model.Name)?.Cost(input, output), calls.BudgetStopped);
    }
}
