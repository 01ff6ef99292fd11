using Alchemist.Llm;
using Microsoft.Extensions.AI;

namespace Alchemist.Tests.Llm;

/// <summary>Asking a pipeline (or one of its layers) in tests.</summary>
internal static class Asking
{
    public static readonly LlmRequest Request = new("openai", "gpt-4o-mini",
        [new LlmMessage("system", "You write labeling functions."), new LlmMessage("user", "Write one.")], 0.7f, 256, 0, "program:001-none");

    /// <summary>The answer to <paramref name="request"/>; fails the test when it stays pending.</summary>
    public static async Task<LlmResponse> AnswerAsync(this IChatClient chat, LlmRequest request) =>
        await chat.AskAsync(request, CancellationToken.None) ?? throw new Xunit.Sdk.XunitException($"{request.Purpose} stayed pending");

    /// <summary>Why <paramref name="request"/> stayed pending; fails the test when it was answered.</summary>
    public static async Task<PendingReason> PendingAsync(this IChatClient chat, LlmRequest request)
    {
        var response = await chat.GetResponseAsync(LlmChat.Messages(request), LlmChat.Options(request), CancellationToken.None);
        return LlmChat.PendingReasonOf(response) ?? throw new Xunit.Sdk.XunitException($"{request.Purpose} was answered: {response.Text}");
    }

    /// <summary>The live client of a pipeline: the SDK client at <paramref name="baseUrl"/> with retries over it.</summary>
    public static RetryingChatClient Live(string provider, string baseUrl, LlmCallOptions options, Func<string, string?>? environment = null, Action<string>? log = null)
    {
        var connection = LlmConnection.Resolve(provider, baseUrl, environment ?? (_ => null));
        return new RetryingChatClient(ChatClientFactory.Create(connection, Request.Model, Request.MaxTokens), connection.ToString(), options, log);
    }
}
