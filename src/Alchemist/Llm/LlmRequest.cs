using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Alchemist.Llm;

/// <summary>One message of a conversation: <see cref="Role"/> is system, user or assistant.</summary>
public sealed record LlmMessage(string Role, string Text);

/// <summary>
/// One call to an LLM, complete enough to be replayed: the cache key and the batch file's <c>custom_id</c> are derived
/// from every field that changes the answer.
/// </summary>
/// <param name="Provider">openai or anthropic.</param>
/// <param name="Model">The model name.</param>
/// <param name="Messages">The full conversation sent.</param>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="MaxTokens">Upper bound on the answer's length.</param>
/// <param name="SampleIndex">Distinguishes repeated samples of the same prompt (diversity), so each gets its own cache entry.</param>
/// <param name="Purpose">What the call is for (e.g. <c>knowledge:rules</c>, <c>program:003-rules</c>); not part of the key.</param>
public sealed record LlmRequest(
    string Provider,
    string Model,
    IReadOnlyList<LlmMessage> Messages,
    float Temperature,
    int MaxTokens,
    int SampleIndex,
    string Purpose)
{
    /// <summary>SHA-256 (hex) over provider, model, messages, temperature, max tokens and sample index.</summary>
    public string Key
    {
        get
        {
            var canonical = JsonSerializer.Serialize(new object[]
            {
                Provider, Model, Messages.Select(m => new[] { m.Role, m.Text }).ToArray(),
                Temperature.ToString("R", System.Globalization.CultureInfo.InvariantCulture), MaxTokens, SampleIndex,
            });
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        }
    }
}

/// <summary>Where an answer came from in this run.</summary>
public enum ResponseOrigin
{
    /// <summary>A live call made in this run.</summary>
    Live,
    /// <summary>The response cache (a call made earlier, or imported from a batch file earlier).</summary>
    Cache,
    /// <summary>A Batch API output file imported in this run.</summary>
    Batch,
}

/// <summary>Why a request was left without an answer in this run.</summary>
internal enum PendingReason
{
    /// <summary>No live call is made in this run (offline, or its requests are exported as a batch).</summary>
    Offline,
    /// <summary>The call's worst-case cost could take spending past the budget.</summary>
    Budget,
}

/// <summary>An LLM's answer with the usage the provider reported.</summary>
/// <param name="Text">The answer text (empty when the provider returned none).</param>
/// <param name="InputTokens">Prompt tokens billed.</param>
/// <param name="OutputTokens">Answer tokens billed.</param>
/// <param name="FinishReason">Why the answer ended (stop, length, ...), when reported.</param>
/// <param name="Origin">Where the answer came from in this run.</param>
public sealed record LlmResponse(string Text, long InputTokens, long OutputTokens, string? FinishReason, ResponseOrigin Origin);
