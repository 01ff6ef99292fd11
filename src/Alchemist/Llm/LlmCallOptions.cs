namespace Alchemist.Llm;

/// <summary>How calls are retried, bounded and throttled.</summary>
/// <param name="MaxRetries">Retries after the first attempt of a retryable failure (429, 408, 5xx, timeout, connection failure).</param>
/// <param name="BaseDelay">First backoff delay; doubled per retry, with jitter.</param>
/// <param name="MaxDelay">Largest computed backoff delay (a server's Retry-After is honoured as given).</param>
/// <param name="Timeout">Per-attempt timeout.</param>
/// <param name="Concurrency">Calls in flight at once.</param>
public sealed record LlmCallOptions(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan Timeout, int Concurrency)
{
    /// <summary>Production defaults for the spec's model settings: 2 s first backoff, at most 60 s.</summary>
    public static LlmCallOptions From(Tasks.ModelSettings model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new LlmCallOptions(model.MaxRetries, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60),
            TimeSpan.FromSeconds(model.TimeoutSeconds), model.Concurrency);
    }
}
