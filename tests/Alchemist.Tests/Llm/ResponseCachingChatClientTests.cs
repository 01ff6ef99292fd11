using Alchemist.Llm;
using Alchemist.Tests.Data;
using Alchemist.Tests.Synthesis;

namespace Alchemist.Tests.Llm;

/// <summary>The cache layer, over live calls to a local server speaking the OpenAI wire format.</summary>
public sealed class ResponseCachingChatClientTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ResponseCache _cache;

    public ResponseCachingChatClientTests() => _cache = new ResponseCache(_folder.PathOf(".alchemist/cache.db"));

    [Fact]
    public async Task An_answer_is_stored_as_it_arrives_and_a_repeat_makes_no_request()
    {
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("hello", 12, 3));
        using var chat = new ResponseCachingChatClient(Asking.Live("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls), _cache, refresh: false);

        Assert.Equal(new LlmResponse("hello", 12, 3, "stop", ResponseOrigin.Live), await chat.AnswerAsync(Asking.Request));
        Assert.Equal(new LlmResponse("hello", 12, 3, "stop", ResponseOrigin.Cache), _cache.Get(Asking.Request));
        Assert.Equal(new LlmResponse("hello", 12, 3, "stop", ResponseOrigin.Cache), await chat.AnswerAsync(Asking.Request));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task Answers_cached_before_the_pipeline_existed_are_found_under_the_same_key()
    {
        // Written through the cache's own API, keyed by LlmRequest.Key, as every earlier version wrote it.
        _cache.Put(Asking.Request, new LlmResponse("stored earlier", 7, 2, "length", ResponseOrigin.Live));
        using var chat = new ResponseCachingChatClient(new OfflineChatClient(), _cache, refresh: false);

        Assert.Equal(new LlmResponse("stored earlier", 7, 2, "length", ResponseOrigin.Cache), await chat.AnswerAsync(Asking.Request));
        var rebuilt = LlmChat.RequestOf(LlmChat.Messages(Asking.Request), LlmChat.Options(Asking.Request));
        Assert.Equal((Asking.Request.Key, Asking.Request.Purpose), (rebuilt.Key, rebuilt.Purpose));
        Assert.Equal(PendingReason.Offline, await chat.PendingAsync(Asking.Request with { SampleIndex = 1 }));
    }

    [Fact]
    public async Task Refresh_asks_again_once_then_answers_from_what_this_run_stored()
    {
        _cache.Put(Asking.Request, new LlmResponse("old", 7, 2, "stop", ResponseOrigin.Live));
        using var server = new FakeLlmServer(_ => FakeReply.OpenAi("new"));
        using var chat = new ResponseCachingChatClient(Asking.Live("openai", server.OpenAiBaseUrl, SynthesisFixture.FastCalls), _cache, refresh: true);

        Assert.Equal(("new", ResponseOrigin.Live), Pair(await chat.AnswerAsync(Asking.Request)));
        Assert.Equal(("new", ResponseOrigin.Cache), Pair(await chat.AnswerAsync(Asking.Request)));
        Assert.Equal(1, server.Requests);
        Assert.Equal("new", _cache.Get(Asking.Request)!.Text);

        static (string, ResponseOrigin) Pair(LlmResponse r) => (r.Text, r.Origin);
    }

    [Fact]
    public async Task A_pending_answer_is_not_stored()
    {
        using var chat = new ResponseCachingChatClient(new OfflineChatClient(), _cache, refresh: false);
        Assert.Equal(PendingReason.Offline, await chat.PendingAsync(Asking.Request));
        Assert.Null(_cache.Get(Asking.Request));
    }

    public void Dispose()
    {
        _cache.Dispose();
        _folder.Dispose();
    }
}
