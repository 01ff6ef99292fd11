using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Alchemist.Llm;

/// <summary>
/// Builds the provider's official SDK client as an <see cref="IChatClient"/>. The SDKs' own retries are switched off
/// and their HTTP goes through <see cref="HttpStatusHandler"/>, so <see cref="RetryingChatClient"/> alone decides on
/// retries. The pipeline's request tags (<see cref="LlmChat"/>) are taken off the options before the SDK sees them.
/// </summary>
internal static class ChatClientFactory
{
    /// <summary>Placeholder credential for servers that need none (the SDKs insist on some value).</summary>
    private const string NoKey = "no-key";

    /// <summary>Creates a chat client for <paramref name="model"/> at <paramref name="connection"/>.</summary>
    /// <param name="connection">Endpoint and key.</param>
    /// <param name="model">The model name.</param>
    /// <param name="maxTokens">Default answer length (Anthropic requires one on every request).</param>
    /// <param name="transport">The HTTP handler to send through; null uses a new <see cref="SocketsHttpHandler"/>.</param>
    public static IChatClient Create(LlmConnection connection, string model, int maxTokens, HttpMessageHandler? transport = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // The per-attempt timeout is RetryingChatClient's; the HttpClient's own must never fire first.
        var http = new HttpClient(new HttpStatusHandler(transport ?? new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        var sdk = connection.Provider switch
        {
            "openai" => CreateOpenAi(connection, model, http),
            "anthropic" => CreateAnthropic(connection, model, maxTokens, http),
            var other => throw new AlchemistException($"Unknown provider '{other}'; use openai or anthropic."),
        };
        return sdk.AsBuilder()
            .Use((messages, options, inner, cancellationToken) => inner.GetResponseAsync(messages, LlmChat.Untagged(options), cancellationToken), null)
            .Build();
    }

    private static IChatClient CreateOpenAi(LlmConnection connection, string model, HttpClient http)
    {
        var options = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
        };
        if (connection.BaseUrl is not null) options.Endpoint = new Uri(connection.BaseUrl);
        return new ChatClient(model, new ApiKeyCredential(connection.ApiKey ?? NoKey), options).AsIChatClient();
    }

    private static IChatClient CreateAnthropic(LlmConnection connection, string model, int maxTokens, HttpClient http)
    {
        var client = new AnthropicClient
        {
            ApiKey = connection.ApiKey ?? NoKey,
            HttpClient = http,
            MaxRetries = 0,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (connection.BaseUrl is not null) client = (AnthropicClient)client.WithOptions(o => o with { BaseUrl = connection.BaseUrl });
        return client.AsIChatClient(model, maxTokens);
    }
}
