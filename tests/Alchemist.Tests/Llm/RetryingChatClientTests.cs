using Alchemist.Llm;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>The retry layer: retries, timeouts and errors of live calls, through the real OpenAI and Anthropic SDKs against a local server.</summary>
public sealed class RetryingChatClientTests
{
    private static readonly LlmRequest Request = Asking.Request;

    private static RetryingChatClient Caller(string provider, string baseUrl, LlmCallOptions? options = null, Func<string, string?>? environment = null,
        Action<string>? log = null) => Asking.Live(provider, baseUrl, options ?? SynthesisFixture.FastCalls, environment, log);

    [Fact]
    public async Task OpenAi_answer_and_usage_arrive_through_the_sdk()
    {
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("hello", 12, 3));
        using var caller = Caller("openai", server.OpenAiBaseUrl);

        var response = await caller.AnswerAsync(Request);

        Assert.Equal(new LlmResponse("hello", 12, 3, "stop", ResponseOrigin.Live), response);
        var call = Assert.Single(server.Calls);
        Assert.Equal("/v1/chat/completions", call.Path);
        Assert.Equal("gpt-4o-mini", (string?)call.Body["model"]);
        Assert.Equal(0.7, call.Temperature, 3);
        Assert.DoesNotContain("alchemist.", call.AllText, StringComparison.Ordinal); // the request tags stay inside the pipeline
    }

    [Fact]
    public async Task Anthropic_answer_and_usage_arrive_through_the_sdk()
    {
        using var server = new FakeLlmServer(_ => FakeReply.Anthropic("hi there", 20, 4));
        using var caller = Caller("anthropic", server.AnthropicBaseUrl, environment: name => name == "ANTHROPIC_API_KEY" ? "sk-ant-test" : null);

        var response = await caller.AnswerAsync(Request with { Provider = "anthropic", Model = "claude-haiku-4-5" });

        Assert.Equal("hi there", response.Text);
        Assert.Equal((20, 4), (response.InputTokens, response.OutputTokens));
        var call = Assert.Single(server.Calls);
        Assert.Equal("/v1/messages", call.Path);
        Assert.Equal("You write labeling functions.", call.Body["system"] is System.Text.Json.Nodes.JsonArray blocks ? (string?)blocks[0]!["text"] : (string?)call.Body["system"]);
        Assert.Contains("sk-ant-test", server.AuthHeaders.Single());
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Rate_limit_is_retried_honouring_retry_after(string provider)
    {
        using var server = new FakeLlmServer(call => call.Number == 1
            ? FakeReply.Error(429, "Rate limit reached", retryAfterMs: 30)
            : provider == "openai" ? FakeReply.OpenAi("ok") : FakeReply.Anthropic("ok"));
        var retries = new List<string>();
        using var caller = Caller(provider, provider == "openai" ? server.OpenAiBaseUrl : server.AnthropicBaseUrl, log: retries.Add);

        var response = await caller.AnswerAsync(Request with { Provider = provider });

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, server.Requests);
        Assert.Equal(1, caller.Retries);
        // The wait the retry policy chose, as it reports it (not a clock): the server's retry-after-ms over the 1 ms backoff.
        Assert.Contains(" in 0.03 s after: ", Assert.Single(retries));
    }

    [Fact]
    public async Task Server_errors_beyond_the_retry_limit_stop_with_a_clear_message()
    {
        using var server = new FakeLlmServer(_ => FakeReply.Error(500, "The server had an error"));
        using var caller = Caller("openai", server.OpenAiBaseUrl);

        var error = await Assert.ThrowsAsync<LlmCallException>(() => caller.AnswerAsync(Request));

        Assert.Equal(3, server.Requests); // first try + MaxRetries 2
        Assert.Contains("gave up after 3 attempt(s): HTTP 500", error.Message);
        Assert.Contains("The server had an error", error.Message);
    }

    [Theory]
    [InlineData(401, "authentication failed (HTTP 401); check OPENAI_API_KEY")]
    [InlineData(400, "request rejected (HTTP 400)")]
    [InlineData(404, "unknown model or wrong base URL")]
    public async Task Non_retryable_errors_stop_at_once(int status, string expected)
    {
        using var server = new FakeLlmServer(_ => FakeReply.Error(status, "The model `gpt-9` does not exist"));
        using var caller = Caller("openai", server.OpenAiBaseUrl);

        var error = await Assert.ThrowsAsync<LlmCallException>(() => caller.AnswerAsync(Request));

        Assert.Equal(1, server.Requests);
        Assert.Contains(expected, error.Message);
        Assert.Contains("gpt-9", error.Message);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task A_refused_connection_stops_at_the_first_attempt_naming_the_url(string provider)
    {
        var baseUrl = $"http://127.0.0.1:{ClosedPort()}/v1";
        var retries = new List<string>();
        using var caller = Caller(provider, baseUrl, log: retries.Add); // MaxRetries 2: a retried refusal would make 3 attempts

        var error = await Assert.ThrowsAsync<LlmCallException>(() => caller.AnswerAsync(Request with { Provider = provider }));

        Assert.Equal(0, caller.Retries);
        Assert.Empty(retries);
        Assert.Contains($"connection refused by {baseUrl}/", error.Message);
        Assert.Contains("Start the server", error.Message);
        Assert.Contains($"{provider.ToUpperInvariant()}_BASE_URL", error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    /// <summary>A port on 127.0.0.1 nothing listens on: one the system just handed out, closed again.</summary>
    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task A_malformed_answer_stops_with_a_clear_message()
    {
        using var server = new FakeLlmServer(_ => new FakeReply(200, "<html>proxy error</html>"));
        using var caller = Caller("openai", server.OpenAiBaseUrl);

        var error = await Assert.ThrowsAsync<LlmCallException>(() => caller.AnswerAsync(Request));

        Assert.Equal(1, server.Requests);
        Assert.Contains("unreadable answer", error.Message);
    }

    [Fact]
    public async Task An_empty_answer_is_returned_as_empty_text()
    {
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("", 10, 0));
        using var caller = Caller("openai", server.OpenAiBaseUrl);

        var response = await caller.AnswerAsync(Request);

        Assert.Equal("", response.Text);
        Assert.Equal(10, response.InputTokens);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_is_retried()
    {
        using var server = new FakeLlmServer(call => call.Number == 1 ? FakeReply.OpenAi("late") with { Delay = TimeSpan.FromSeconds(3) } : FakeReply.OpenAi("on time"));
        using var caller = Caller("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls with { Timeout = TimeSpan.FromMilliseconds(500) });

        var response = await caller.AnswerAsync(Request);

        Assert.Equal("on time", response.Text);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task Concurrency_limit_bounds_calls_in_flight()
    {
        var inFlight = 0;
        var most = 0;
        var gate = new object();
        using var server = new FakeLlmServer(_ =>
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (gate) most = Math.Max(most, now);
            Thread.Sleep(50);
            Interlocked.Decrement(ref inFlight);
            return FakeReply.OpenAi("ok");
        });
        using var caller = Caller("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls with { Concurrency = 2 });

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => caller.AnswerAsync(Request with { SampleIndex = i })));

        Assert.Equal(6, server.Requests);
        Assert.InRange(most, 1, 2);
    }
}
