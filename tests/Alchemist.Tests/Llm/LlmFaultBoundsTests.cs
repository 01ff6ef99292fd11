using Alchemist.Llm;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>Bounded waits and retried cut-off answers, through the real SDKs against a misbehaving local server.</summary>
public sealed class LlmFaultBoundsTests
{
    private static readonly LlmRequest Request = Asking.Request;

    private static RetryingChatClient Caller(string provider, string baseUrl, LlmCallOptions options) =>
        Asking.Live(provider, baseUrl, options, name => name == "ANTHROPIC_API_KEY" ? "sk-ant-test" : null);

    private static string BaseUrl(FakeLlmServer server, string provider) => provider == "openai" ? server.OpenAiBaseUrl : server.AnthropicBaseUrl;

    private static FakeReply Answer(string provider, string text) => provider == "openai" ? FakeReply.OpenAi(text) : FakeReply.Anthropic(text);

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_retry_after_of_a_day_stops_at_once_naming_the_wait_instead_of_sleeping(string provider)
    {
        using var server = new FakeLlmServer(_ => FakeReply.Error(429, "Daily quota exhausted") with { Headers = new Dictionary<string, string> { ["Retry-After"] = "86400" } });
        using var caller = Caller(provider, BaseUrl(server, provider), SynthesisFixture.FastCalls with { MaxRetryAfter = TimeSpan.FromMinutes(5) });

        var e = await Assert.ThrowsAsync<LlmCallException>(() => caller.AnswerAsync(Request with { Provider = provider }));

        Assert.Equal(1, server.Requests);
        Assert.Contains("HTTP 429, and the server asked to wait 24 h (86,400 s)", e.Message);
        Assert.Contains("longer than the 300 s this tool waits (model.max_retry_after_seconds)", e.Message);
        Assert.Contains("Daily quota exhausted", e.Message);
    }

    [Fact]
    public async Task A_retry_after_within_the_cap_is_still_honoured()
    {
        using var server = new FakeLlmServer(call => call.Number == 1 ? FakeReply.Error(429, "slow down", retryAfterMs: 20) : FakeReply.OpenAi("ok"));
        using var caller = Caller("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls with { MaxRetryAfter = TimeSpan.FromSeconds(1) });

        Assert.Equal("ok", (await caller.AnswerAsync(Request)).Text);
        Assert.Equal(2, server.Requests);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task An_answer_cut_off_after_its_headers_is_retried(string provider)
    {
        using var server = new FakeLlmServer(call => call.Number == 1 ? Answer(provider, "never complete") with { CutOff = true } : Answer(provider, "ok"));
        using var caller = Caller(provider, BaseUrl(server, provider), SynthesisFixture.FastCalls);

        var response = await caller.AnswerAsync(Request with { Provider = provider });

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, server.Requests);
        Assert.Equal(1, caller.Retries);
    }

    [Fact]
    public void The_spec_sets_the_retry_after_cap_and_defaults_to_five_minutes()
    {
        using var fixture = new SynthesisFixture();
        Assert.Equal(TimeSpan.FromMinutes(5), LlmCallOptions.From(Alchemist.Tasks.TaskSpecLoader.Load(fixture.Root).Model).RetryAfterCap);
        var spec = File.ReadAllText(Path.Combine(fixture.Root, "alchemist.yaml")).Replace("  max_tokens: 512", "  max_tokens: 512\n  max_retry_after_seconds: 30", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(fixture.Root, "alchemist.yaml"), spec);
        Assert.Equal(TimeSpan.FromSeconds(30), LlmCallOptions.From(Alchemist.Tasks.TaskSpecLoader.Load(fixture.Root).Model).RetryAfterCap);
    }
}
