using System.Net;

namespace Alchemist.Llm;

/// <summary>
/// A non-success HTTP answer from the provider, raised below the SDK by <see cref="HttpStatusHandler"/> so both SDKs
/// report failures the same way: status, the server's own wait hint and the start of its error body.
/// </summary>
internal sealed class LlmHttpException : HttpRequestException
{
    /// <summary>Creates the exception.</summary>
    public LlmHttpException(HttpStatusCode status, TimeSpan? retryAfter, string url, string body)
        : base($"HTTP {(int)status} from {url}: {body}", null, status)
    {
        Status = status;
        RetryAfter = retryAfter;
        Url = url;
        Body = body;
    }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>How long the server asked us to wait (Retry-After, retry-after-ms), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The URL called (no credentials: keys travel in headers, never in URLs).</summary>
    public string Url { get; }

    /// <summary>The start of the error body.</summary>
    public string Body { get; }

    /// <summary>429, 408 and 5xx are worth retrying; every other status is a mistake a retry cannot fix.</summary>
    public bool IsRetryable => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)Status >= 500;
}
