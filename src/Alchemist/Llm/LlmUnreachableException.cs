namespace Alchemist.Llm;

/// <summary>
/// Nothing accepted the connection at the endpoint (connection refused): a local server that is not running, or a
/// wrong port. Raised below the SDK by <see cref="HttpStatusHandler"/>; <see cref="RetryingChatClient"/> never retries
/// it, because waiting does not start a server, and says which URL to check instead.
/// </summary>
internal sealed class LlmUnreachableException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    public LlmUnreachableException(string url, HttpRequestException inner)
        : base($"connection refused by {url}", inner, null) => Url = url;

    /// <summary>The URL called, scheme, host, port and path (no credentials: keys travel in headers).</summary>
    public string Url { get; }
}
