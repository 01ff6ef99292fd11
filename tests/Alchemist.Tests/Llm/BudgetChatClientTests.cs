using Alchemist.Llm;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>The budget layer: worst case reserved before a call, actual usage settled after it.</summary>
public sealed class BudgetChatClientTests
{
    private static readonly ModelPrice Price = new(0.15m, 0.60m);

    /// <summary>What one call of <see cref="Asking.Request"/> reserves: its prompt and the full answer allowance.</summary>
    private static readonly decimal WorstCase = Price.Cost(TokenEstimator.Count(Asking.Request.Messages), Asking.Request.MaxTokens);

    private static BudgetChatClient Budgeted(FakeLlmServer server, decimal budget) =>
        new(Asking.Live("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls), Price, budget, "gpt-4o-mini");

    [Fact]
    public async Task A_call_whose_worst_case_could_exceed_the_budget_is_not_made()
    {
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("ok"));
        using var chat = Budgeted(server, WorstCase * 0.99m);

        Assert.Equal(PendingReason.Budget, await chat.PendingAsync(Asking.Request));
        Assert.Equal(0, server.Requests);
        Assert.Equal(0m, chat.Spent);
    }

    [Fact]
    public async Task A_call_in_flight_holds_its_reservation_until_its_actual_usage_is_settled()
    {
        using var arrived = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var server = new FakeLlmServer(call =>
        {
            if (call.Number == 1)
            {
                arrived.Set();
                release.Wait();
            }
            return FakeReply.OpenAi("ok", 100, 50);
        });
        using var chat = Budgeted(server, WorstCase * 1.5m);

        var first = chat.AnswerAsync(Asking.Request);
        arrived.Wait();
        // The first call's worst case is reserved: a second one would overshoot while it is in flight.
        Assert.Equal(PendingReason.Budget, await chat.PendingAsync(Asking.Request with { SampleIndex = 1 }));
        release.Set();
        await first;

        Assert.Equal(Price.Cost(100, 50), chat.Spent);
        // Settled at its actual (smaller) cost, the first call leaves room for the next.
        Assert.Equal("ok", (await chat.AnswerAsync(Asking.Request with { SampleIndex = 2 })).Text);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_failed_call_releases_its_reservation()
    {
        using var server = new FakeLlmServer(call => call.Number == 1 ? FakeReply.Error(400, "bad request") : FakeReply.OpenAi("ok", 100, 50));
        using var chat = Budgeted(server, WorstCase * 1.5m);

        await Assert.ThrowsAsync<LlmCallException>(() => chat.AnswerAsync(Asking.Request));
        Assert.Equal("ok", (await chat.AnswerAsync(Asking.Request)).Text);
        Assert.Equal(Price.Cost(100, 50), chat.Spent);
    }

    [Fact]
    public void A_budget_needs_the_models_price()
    {
        var error = Assert.Throws<AlchemistException>(() => new BudgetChatClient(new OfflineChatClient(), null, 1m, "llama3"));
        Assert.Equal("--budget needs the price of model 'llama3': add it to prices.json in the project folder.", error.Message);
    }
}
