namespace Alchemist.Llm;

/// <summary>How calls are retried, bounded and throttled.</summary>
/// <param name="MaxRetries">Retries after the first attempt of a retryable failure (429, 408, 5xx, timeout, connection failure).</param>
/// <param name="BaseDelay">First backoff delay; doubled per retry, with jitter.</param>
/// <param name="MaxDelay">Largest computed backoff delay (a server's Retry-After is honoured as given).</param>
/// <param name="Timeout">Per-attempt timeout.</param>
/// <param name="Concurrency">Calls in flight at once.</param>
/// <param name="MaxRetryAfter">The longest Retry-After honoured; a server asking for more stops the call (default
/// <see cref="DefaultMaxRetryAfterSeconds"/>).</param>
public sealed record LlmCallOptions(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan Timeout, int Concurrency, TimeSpan? MaxRetryAfter = null)
{
    /// <summary>Five minutes: long enough for any per-minute rate limit, short enough that nobody waits on a daily one.</summary>
    public const double DefaultMaxRetryAfterSeconds = 300;

    /// <summary>The Retry-After cap in force.</summary>
    public TimeSpan RetryAfterCap => MaxRetryAfter ?? TimeSpan.FromSeconds(DefaultMaxRetryAfterSeconds);

    /// <summary>Production defaults for the spec's model settings: 2 s first backoff, at most 60 s.</summary>
    public static LlmCallOptions From(ModelSettings model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new LlmCallOptions(model.MaxRetries, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60),
            TimeSpan.FromSeconds(model.TimeoutSeconds), model.Concurrency, TimeSpan.FromSeconds(model.MaxRetryAfterSeconds));
    }
}
