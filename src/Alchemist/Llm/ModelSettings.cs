namespace Alchemist.Llm;

/// <summary>Which LLM is asked and how.</summary>
/// <param name="Provider"><c>openai</c> (also any OpenAI-compatible server through a base URL) or <c>anthropic</c>.</param>
/// <param name="Name">The model name as the provider spells it.</param>
/// <param name="BaseUrl">An OpenAI-compatible or Anthropic endpoint; null uses the environment variable or the provider's default.</param>
/// <param name="Temperatures">Sampling temperatures cycled across rounds of programs (diversity); one entry is the common case.</param>
/// <param name="MaxTokens">Upper bound on each answer's length.</param>
/// <param name="Concurrency">How many calls may be in flight at once.</param>
/// <param name="TimeoutSeconds">Per-attempt timeout of a call.</param>
/// <param name="MaxRetries">Retries of a retryable failure (429, 5xx, timeout) before giving up.</param>
/// <param name="MaxRetryAfterSeconds">The longest wait a server's Retry-After is honoured for; asking for more stops the
/// call with the time the server named (a rate limit of a day must not hang the command for a day).</param>
public sealed record ModelSettings(
    string Provider,
    string Name,
    string? BaseUrl,
    IReadOnlyList<float> Temperatures,
    int MaxTokens = 1024,
    int Concurrency = 4,
    double TimeoutSeconds = 120,
    int MaxRetries = 5,
    double MaxRetryAfterSeconds = LlmCallOptions.DefaultMaxRetryAfterSeconds);
