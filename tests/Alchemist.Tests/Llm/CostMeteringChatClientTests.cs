using Alchemist.Llm;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>The cost meter: counts of live, cached, batch and pending answers, and dollars of the live ones.</summary>
public sealed class CostMeteringChatClientTests : IDisposable
{
    private static readonly ModelPrice Price = new(0.15m, 0.60m);
    private readonly TempFolder _folder = new();
    private readonly ResponseCache _cache;

    public CostMeteringChatClientTests() => _cache = new ResponseCache(_folder.PathOf("cache.db"));

    private static LlmRequest Sample(int i, string purpose) => Asking.Request with { SampleIndex = i, Purpose = purpose };

    [Fact]
    public async Task Counts_every_answer_by_origin_and_prices_only_the_live_ones()
    {
        _cache.Put(Sample(0, "program:cached"), new LlmResponse("cached", 500, 500, "stop", ResponseOrigin.Live));
        var input = _folder.PathOf("in.jsonl");
        BatchFile.Export([Sample(1, "program:batch")], input);
        var output = _folder.Write("out.jsonl", string.Join("\n", BatchApi.Answer(input, _ => FakeReply.OpenAi("batch", 400, 400))));
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("live", 100, 50));
        var log = new List<string>();
        using var chat = LlmPipeline.Build(new LlmPipelineOptions(_cache, Price, "gpt-4o-mini", Imported: BatchFile.Import(output).Answers,
            Live: () => Asking.Live("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls), Log: log.Add));

        foreach (var (i, purpose) in new[] { (0, "program:cached"), (1, "program:batch"), (2, "program:live") })
            await chat.AnswerAsync(Sample(i, purpose));

        var summary = CallSummary.Of(chat);
        Assert.Equal(new CallCounts(Live: 1, Cached: 1, Batch: 1, Pending: 0), summary.Counts);
        Assert.Equal(Price.Cost(100, 50), summary.Spent);
        Assert.Equal(["program:live: answered, 100 + 50 tokens"], log);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Pending_requests_are_listed_once_each_in_purpose_order_and_a_budget_refusal_is_flagged()
    {
        using var offline = LlmPipeline.Build(new LlmPipelineOptions(_cache, Price, "gpt-4o-mini"));
        foreach (var request in new[] { Sample(0, "program:b"), Sample(1, "program:a"), Sample(0, "program:b") }) await offline.PendingAsync(request);
        var summary = CallSummary.Of(offline);
        Assert.Equal(["program:a", "program:b"], summary.Pending.Select(r => r.Purpose));
        Assert.Equal((new CallCounts(0, 0, 0, 2), false, 0m), (summary.Counts, summary.BudgetStopped, summary.Spent));

        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("never"));
        using var broke = LlmPipeline.Build(new LlmPipelineOptions(_cache, Price, "gpt-4o-mini", Budget: 0m,
            Live: () => Asking.Live("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls)));
        Assert.Equal(PendingReason.Budget, await broke.PendingAsync(Asking.Request));
        Assert.True(CallSummary.Of(broke).BudgetStopped);
        Assert.Equal(0, server.Requests);
    }

    public void Dispose()
    {
        _cache.Dispose();
        _folder.Dispose();
    }
}
