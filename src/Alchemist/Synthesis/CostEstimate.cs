using Alchemist.Data;
using Alchemist.Llm;
using Alchemist.Tasks;

namespace Alchemist.Synthesis;

/// <summary>
/// What a synthesis run will cost before any call, next to the paper's baseline: one zero-shot call per row.
/// Program-side figures are upper bounds: every answer is counted at the full max_tokens allowance, and a knowledge
/// answer not yet cached is counted into each program prompt at that allowance too. Repair calls (at most one per
/// rejected program) are not included.
/// </summary>
/// <param name="Programs">Programs planned.</param>
/// <param name="Calls">Calls still to make (knowledge + programs).</param>
/// <param name="CachedCalls">Calls already answered in the cache (free).</param>
/// <param name="InputTokens">Prompt tokens of the calls to make.</param>
/// <param name="OutputTokens">Answer tokens of the calls to make, at the max_tokens allowance.</param>
/// <param name="Cost">Dollars, null when the model has no price.</param>
/// <param name="BaselineRows">Rows of the task's data.</param>
/// <param name="BaselineInputTokens">Prompt tokens of one zero-shot call per row.</param>
/// <param name="BaselineOutputTokens">Answer tokens of the baseline (a JSON answer, <see cref="ZeroShotBaseline.AnswerShape"/>, per row).</param>
/// <param name="BaselineCost">Dollars of the baseline, null when the model has no price.</param>
/// <param name="ExactTokenizer">True when the counts use the model's own vocabulary (o200k_base), false when approximate.</param>
/// <param name="PricesAsOf">Date of the price table.</param>
public sealed record CostEstimate(
    int Programs,
    int Calls,
    int CachedCalls,
    long InputTokens,
    long OutputTokens,
    decimal? Cost,
    int BaselineRows,
    long BaselineInputTokens,
    long BaselineOutputTokens,
    decimal? BaselineCost,
    bool ExactTokenizer,
    string PricesAsOf)
{
    /// <summary>Baseline cost over synthesis cost (tokens when prices are unknown); null when synthesis is free (all cached).</summary>
    public double? Ratio => Cost is { } c && BaselineCost is { } b
        ? (c == 0 ? null : (double)(b / c))
        : InputTokens + OutputTokens == 0 ? null : (double)(BaselineInputTokens + BaselineOutputTokens) / (InputTokens + OutputTokens);

    /// <summary>Estimates the run <paramref name="synthesizer"/> would make for <paramref name="count"/> programs.</summary>
    public static CostEstimate For(TaskSpec spec, Synthesizer synthesizer, PromptBuilder prompts, ResponseCache cache, PriceTable prices,
        Dataset data, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(synthesizer);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(data);
        var maxTokens = spec.Model.MaxTokens;
        var planned = synthesizer.Plan(count, cache);
        long input = 0, output = 0;
        foreach (var (request, _, knowledgeKnown) in planned.Where(p => !p.Cached))
        {
            input += TokenEstimator.Count(request.Messages) + (knowledgeKnown ? 0 : maxTokens);
            output += maxTokens;
        }
        var calls = planned.Count(p => !p.Cached);

        long baselineInput = 0;
        for (var row = 0; row < data.Count; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            baselineInput += TokenEstimator.Count(prompts.Baseline(data.Text(row)));
        }
        var baselineOutput = (long)data.Count * TokenEstimator.Count(ZeroShotBaseline.AnswerShape);
        var price = prices.Find(spec.Model.Name);
        return new CostEstimate(count, calls, planned.Count - calls, input, output, price?.Cost(input, output),
            data.Count, baselineInput, baselineOutput, price?.Cost(baselineInput, baselineOutput),
            TokenEstimator.IsExact(spec.Model.Provider, spec.Model.Name), prices.AsOf);
    }
}
