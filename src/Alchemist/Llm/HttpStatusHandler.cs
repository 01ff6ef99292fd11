using System.Globalization;
using System.Net.Sockets;

namespace Alchemist.Llm;

/// <summary>
/// Sits under the SDK's HTTP client and turns every non-success status into an <see cref="LlmHttpException"/>
/// carrying the Retry-After hint, and a refused connection into an <see cref="LlmUnreachableException"/> naming the URL, so
/// retries are decided in one place (<see cref="RetryingChatClient"/>) for every provider.
/// </summary>
internal sealed class HttpStatusHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private const int MaxBodyChars = 500;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri?.GetLeftPart(UriPartial.Path) ?? "(unknown)";
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            throw new LlmUnreachableException(url, e);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            body = Excerpt.Of(body, MaxBodyChars);
            throw new LlmHttpException(response.StatusCode, RetryAfter(response), url, body.Trim());
        }
    }

    /// <summary>OpenAI's <c>retry-after-ms</c>, else the standard Retry-After (seconds or a date).</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            return TimeSpan.FromMilliseconds(milliseconds);
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero;
        return null;
    }
}
