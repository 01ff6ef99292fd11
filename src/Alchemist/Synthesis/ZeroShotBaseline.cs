using System.Text.Json;
using System.Text.RegularExpressions;
using Alchemist.Aggregation;
using Alchemist.Data;
using Alchemist.Evaluation;
using Alchemist.Llm;
using Microsoft.Extensions.AI;

namespace Alchemist.Synthesis;

/// <summary>What labeling a split zero-shot would cost before any call.</summary>
/// <param name="Split">The split.</param>
/// <param name="Rows">Its rows.</param>
/// <param name="Calls">Calls still to make (distinct prompts not yet cached: rows with the same text share a call).</param>
/// <param name="InputTokens">Prompt tokens of those calls.</param>
/// <param name="OutputTokens">Answer tokens of those calls (a JSON answer each).</param>
/// <param name="Cost">Dollars; null when the model has no price.</param>
internal sealed record BaselineEstimate(string Split, int Rows, int Calls, long InputTokens, long OutputTokens, decimal? Cost);

/// <summary>
/// The paper's baseline: one zero-shot call per row (the <c>baseline.txt</c> prompt, "what is the category of this
/// data point", answered in JSON), through the session's LLM pipeline (cache, batch files, budget, cost meter), so it
/// is priced and replayed exactly like synthesis.
/// </summary>
internal static class ZeroShotBaseline
{
    /// <summary>The answer the prompt asks for; its token count is the estimate's answer length per row.</summary>
    public const string AnswerShape = "{\"label\": 0}";

    private const int MaxAnswerTokens = 16;

    /// <summary>The rows of <paramref name="split"/> of the session's data (every WRENCH split, or the one data file).</summary>
    /// <exception cref="AlchemistException">The data is a single file and <paramref name="split"/> is not its name.</exception>
    public static Dataset Load(SynthesisSession session, string split, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var data = session.Spec.Data;
        if (Directory.Exists(data.Path)) return DatasetLoader.Load(data with { Split = split }, session.Spec.Labels, cancellationToken);
        var splits = DataSplits.Of(data);
        if (!splits.TryGetValue(split, out var source))
            throw new AlchemistException($"{data.Path} is a single data file with the split(s) {string.Join(", ", splits.Keys)}; --split {split} does not exist.");
        // The session's data is the spec's rows: the whole file, or the train side of its holdout.
        return source.Holdout?.Part == HoldoutPart.Test ? DatasetLoader.Load(source, session.Spec.Labels, cancellationToken) : session.Data;
    }

    /// <summary>The request for one row: temperature 0, a short answer.</summary>
    public static LlmRequest Request(SynthesisSession session, string split, Dataset data, int row)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(data);
        return new LlmRequest(session.Spec.Model.Provider, session.Spec.Model.Name, session.Prompts.Baseline(data.Text(row)), 0f, MaxAnswerTokens, 0,
            $"baseline:{split}:{row}");
    }

    /// <summary>Tokens and dollars of the calls not yet cached, without any call.</summary>
    public static BaselineEstimate Estimate(SynthesisSession session, string split, CancellationToken cancellationToken)
    {
        var data = Load(session, split, cancellationToken);
        long input = 0, calls = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < data.Count; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = Request(session, split, data, row);
            if (!seen.Add(request.Key) || session.Cache.Get(request) is not null) continue;
            calls++;
            input += TokenEstimator.Count(request.Messages);
        }
        var output = calls * TokenEstimator.Count(AnswerShape);
        return new BaselineEstimate(split, data.Count, (int)calls, input, output, session.Prices.Find(session.Spec.Model.Name)?.Cost(input, output));
    }

    /// <summary>Labels every row through the session's LLM client (<see cref="SynthesisSession.CreateChatClient"/>), writing the
    /// batch file of the rows left pending when the settings export one.</summary>
    /// <returns>The result and the requests left pending.</returns>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    public static async Task<(BaselineResult Result, IReadOnlyList<LlmRequest> Pending)> RunAsync(SynthesisSession session, string split,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var chat = session.CreateChatClient();
        var outcome = await RunAsync(session, chat, split, cancellationToken).ConfigureAwait(false);
        SynthesisSession.CompleteExport(chat);
        return outcome;
    }

    /// <summary>Labels every row by asking <paramref name="chat"/> (rows it leaves pending stay unanswered) and scores against gold.</summary>
    /// <returns>The result and the requests left pending (as <paramref name="chat"/>'s cost meter lists them).</returns>
    /// <exception cref="LlmCallException">A live call failed for good; answers received before are cached.</exception>
    internal static async Task<(BaselineResult Result, IReadOnlyList<LlmRequest> Pending)> RunAsync(SynthesisSession session, IChatClient chat, string split,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var data = Load(session, split, cancellationToken);
        // Rows with the same text share one request (and one answer): each distinct prompt is asked once.
        var requests = Enumerable.Range(0, data.Count).Select(row => Request(session, split, data, row)).ToArray();
        var distinct = requests.GroupBy(r => r.Key).Select(g => g.First()).ToArray();
        var byKey = new System.Collections.Concurrent.ConcurrentDictionary<string, LlmResponse?>();
        await Parallel.ForEachAsync(distinct,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, session.Spec.Model.Concurrency), CancellationToken = cancellationToken },
            async (request, ct) => byKey[request.Key] = await chat.AskAsync(request, ct).ConfigureAwait(false)).ConfigureAwait(false);
        var calls = CallSummary.Of(chat);
        var answers = requests.Select(r => byKey[r.Key]).ToArray();

        var k = session.Spec.Labels.Count;
        var labels = answers.Select(a => a is null ? -1 : Parse(a.Text, session.Spec.Labels)).ToArray();
        var answered = answers.Count(a => a is not null);
        var unparsed = answers.Where((a, i) => a is not null && labels[i] < 0).Count();
        long input = distinct.Sum(r => byKey[r.Key]?.InputTokens ?? 0), output = distinct.Sum(r => byKey[r.Key]?.OutputTokens ?? 0);
        ClassificationScores? scores = null;
        if (answered == data.Count && data.HasGold)
        {
            var probabilities = new float[data.Count * k];
            for (var r = 0; r < data.Count; r++) if (labels[r] >= 0) probabilities[r * k + labels[r]] = 1;
            scores = Metrics.Score(data.Gold!, labels, new Pseudolabels(k, probabilities, labels.Select(l => l >= 0).ToArray()));
        }
        var result = new BaselineResult(split, $"{session.Spec.Model.Provider}/{session.Spec.Model.Name}", data.Count, answered, unparsed, calls.Counts,
            input, output, session.Prices.Find(session.Spec.Model.Name)?.Cost(input, output), scores);
        return (result, calls.Pending);
    }

    /// <summary>
    /// The class an answer names: <c>{"label": N}</c> (N a class id or name), else the first bare number that is a class id,
    /// else a class name appearing in the answer; -1 when none.
    /// </summary>
    public static int Parse(string answer, LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(labels);
        var start = answer.IndexOf('{', StringComparison.Ordinal);
        var end = answer.LastIndexOf('}');
        if (start >= 0 && end > start)
        {
            try
            {
                using var json = JsonDocument.Parse(answer[start..(end + 1)]);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("label", out var label))
                {
                    if (label.ValueKind == JsonValueKind.Number && label.TryGetInt32(out var id)) return id >= 0 && id < labels.Count ? id : -1;
                    if (label.ValueKind == JsonValueKind.String) return Named(label.GetString()!, labels);
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall through to the looser readings.
            }
        }
        var number = Regex.Match(answer, @"-?\d+", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (number.Success && int.TryParse(number.Value, out var n)) return n >= 0 && n < labels.Count ? n : -1;
        return Named(answer, labels);
    }

    private static int Named(string text, LabelSet labels)
    {
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, out var id)) return id >= 0 && id < labels.Count ? id : -1;
        for (var c = 0; c < labels.Count; c++)
            if (Regex.IsMatch(trimmed, $@"\b{Regex.Escape(labels.Names[c])}\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))) return c;
        return -1;
    }
}
