using Microsoft.Extensions.AI;

namespace Alchemist.Llm;

/// <summary>
/// How an <see cref="LlmRequest"/> travels through the <see cref="IChatClient"/> pipeline and how its answer comes back.
/// The request's fields that are not chat options (provider, sample index, purpose) ride in
/// <see cref="ChatOptions.AdditionalProperties"/>, so every layer can rebuild the request and its cache key exactly; the
/// provider's client never sees them (<see cref="Untagged"/>). An answer carries where it came from
/// (<see cref="ResponseOrigin"/>) or, when no answer was made, why it is pending (<see cref="PendingReason"/>).
/// </summary>
internal static class LlmChat
{
    private const string ProviderTag = "alchemist.provider";
    private const string SampleTag = "alchemist.sample_index";
    private const string PurposeTag = "alchemist.purpose";
    private const string OriginTag = "alchemist.origin";
    private const string PendingTag = "alchemist.pending";

    /// <summary>Asks <paramref name="chat"/> for the answer to <paramref name="request"/>; null when it stays pending.</summary>
    /// <exception cref="LlmCallException">A live call failed for good.</exception>
    public static async Task<LlmResponse?> AskAsync(this IChatClient chat, LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(request);
        var response = await chat.GetResponseAsync(Messages(request), Options(request), cancellationToken).ConfigureAwait(false);
        return PendingReasonOf(response) is null ? ToLlmResponse(response) : null;
    }

    /// <summary>The conversation of <paramref name="request"/> as chat messages.</summary>
    public static List<ChatMessage> Messages(LlmRequest request) => request.Messages.Select(m => new ChatMessage(new ChatRole(m.Role), m.Text)).ToList();

    /// <summary>The chat options of <paramref name="request"/>, tagged with the fields chat options do not have.</summary>
    public static ChatOptions Options(LlmRequest request) => new()
    {
        ModelId = request.Model,
        Temperature = request.Temperature,
        MaxOutputTokens = request.MaxTokens,
        AdditionalProperties = new() { [ProviderTag] = request.Provider, [SampleTag] = request.SampleIndex, [PurposeTag] = request.Purpose },
    };

    /// <summary>The request a layer received, rebuilt field by field (so its <see cref="LlmRequest.Key"/> is the one the cache holds).</summary>
    /// <exception cref="ArgumentException">The options do not come from <see cref="Options"/>.</exception>
    public static LlmRequest RequestOf(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var tags = options?.AdditionalProperties;
        if (options is not { ModelId: { } model, Temperature: { } temperature, MaxOutputTokens: { } maxTokens } || tags is null
            || !tags.TryGetValue(ProviderTag, out string? provider) || provider is null || !tags.TryGetValue(SampleTag, out int sample)
            || !tags.TryGetValue(PurposeTag, out string? purpose) || purpose is null)
            throw new ArgumentException("The LLM pipeline answers requests made with LlmChat.AskAsync (model, temperature, max tokens and request tags set).", nameof(options));
        return new LlmRequest(provider, model, messages.Select(m => new LlmMessage(m.Role.Value, m.Text)).ToArray(), temperature, maxTokens, sample, purpose);
    }

    /// <summary>A copy of <paramref name="options"/> without the request tags, for the provider's client.</summary>
    public static ChatOptions? Untagged(ChatOptions? options)
    {
        if (options?.AdditionalProperties is not { } tags) return options;
        var clone = options.Clone();
        var rest = tags.Where(t => t.Key is not (ProviderTag or SampleTag or PurposeTag)).ToList();
        clone.AdditionalProperties = rest.Count == 0 ? null : new AdditionalPropertiesDictionary(rest);
        return clone;
    }

    /// <summary>A stored answer as a chat response, marked with its origin.</summary>
    public static ChatResponse ToChatResponse(LlmResponse response) => new(new ChatMessage(ChatRole.Assistant, response.Text))
    {
        Usage = new UsageDetails { InputTokenCount = response.InputTokens, OutputTokenCount = response.OutputTokens },
        FinishReason = response.FinishReason is { } finish ? new ChatFinishReason(finish) : null,
        AdditionalProperties = new() { [OriginTag] = response.Origin },
    };

    /// <summary>A chat response as an answer with its usage; unmarked responses come from the provider (live).</summary>
    public static LlmResponse ToLlmResponse(ChatResponse response) =>
        new(response.Text ?? "", response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0, response.FinishReason?.Value, OriginOf(response));

    /// <summary>Where <paramref name="response"/> came from: its mark, else <see cref="ResponseOrigin.Live"/> (the provider marks nothing).</summary>
    public static ResponseOrigin OriginOf(ChatResponse response) =>
        response.AdditionalProperties?.TryGetValue(OriginTag, out ResponseOrigin origin) == true ? origin : ResponseOrigin.Live;

    /// <summary>The answer a layer gives when no answer is made: no message, marked with why.</summary>
    public static ChatResponse Pending(PendingReason reason) => new() { AdditionalProperties = new() { [PendingTag] = reason } };

    /// <summary>Why <paramref name="response"/> holds no answer; null when it holds one.</summary>
    public static PendingReason? PendingReasonOf(ChatResponse response) =>
        response.AdditionalProperties?.TryGetValue(PendingTag, out PendingReason reason) == true ? reason : null;
}
