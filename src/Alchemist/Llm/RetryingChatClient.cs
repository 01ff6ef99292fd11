using System.Net;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Alchemist.Llm;

/// <summary>
/// Retries as middleware, directly above the provider's client: at most <see cref="LlmCallOptions.Concurrency"/> calls
/// at once, each attempt bounded by a timeout, retried (Polly) with jittered exponential backoff only when the failure is
/// transient (429 honouring Retry-After up to <see cref="LlmCallOptions.RetryAfterCap"/>, 408, 5xx, timeouts, dropped
/// connections). Anything else, or retries running out, stops with an <see cref="LlmCallException"/> saying what to do;
/// a refused connection (nothing listens at the base URL) stops at the first attempt.
/// </summary>
internal sealed class RetryingChatClient : LlmMiddleware
{
    private readonly string _endpoint;
    private readonly ResiliencePipeline _pipeline;
    private readonly SemaphoreSlim _slots;
    private readonly Action<string>? _log;
    private readonly TimeSpan _retryAfterCap;
    private int _retries;

    /// <summary>Creates the layer; it owns and disposes <paramref name="chat"/>.</summary>
    /// <param name="chat">The provider's chat client (see <see cref="ChatClientFactory"/>).</param>
    /// <param name="endpoint">A description of where calls go, for messages (never the key).</param>
    /// <param name="options">Retry, timeout and concurrency settings.</param>
    /// <param name="log">Receives one line per retry; null for silence.</param>
    public RetryingChatClient(IChatClient chat, string endpoint, LlmCallOptions options, Action<string>? log = null) : base(chat)
    {
        ArgumentNullException.ThrowIfNull(options);
        _endpoint = endpoint;
        _log = log;
        _slots = new SemaphoreSlim(options.Concurrency);
        _retryAfterCap = options.RetryAfterCap;
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => IsTransient(e) && !WaitsTooLong(e)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(Find<LlmHttpException>(args.Outcome.Exception)?.RetryAfter),
                OnRetry = args =>
                {
                    Interlocked.Increment(ref _retries);
                    _log?.Invoke($"retry {args.AttemptNumber + 1}/{options.MaxRetries} in {args.RetryDelay.TotalSeconds:0.###} s after: {Describe(args.Outcome.Exception)}");
                    return ValueTask.CompletedTask;
                },
            });
        _pipeline = builder.AddTimeout(options.Timeout).Build();
    }

    /// <summary>Retries made so far.</summary>
    public int Retries => _retries;

    /// <inheritdoc />
    /// <exception cref="LlmCallException">A non-retryable failure, or retries ran out.</exception>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var request = LlmChat.RequestOf(messages, options);
        var conversation = messages as IReadOnlyList<ChatMessage> ?? messages.ToArray();
        var attempts = 0;
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                return await base.GetResponseAsync(conversation, options, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new LlmCallException(Explain(request, e, attempts), e);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>
    /// Failures a later attempt may not meet: a retryable status, a timeout, a connection that failed or dropped, or an
    /// answer cut off after its headers (the body ended early: an I/O error below the SDK's parser). Not a refused
    /// connection: a server that is down stays down for the seconds retries would wait.
    /// </summary>
    public static bool IsTransient(Exception exception) =>
        Find<LlmHttpException>(exception) is { } http ? http.IsRetryable
        : Find<LlmUnreachableException>(exception) is null
          && (exception is TimeoutRejectedException || Find<HttpRequestException>(exception) is { StatusCode: null } || Find<IOException>(exception) is not null);

    /// <summary>The server asked for a wait beyond the cap: waiting would hang the command, so the call stops instead.</summary>
    private bool WaitsTooLong(Exception exception) => Find<LlmHttpException>(exception)?.RetryAfter > _retryAfterCap;

    private string Explain(LlmRequest request, Exception e, int attempts)
    {
        var what = $"{request.Provider} model '{request.Model}' at {_endpoint} ({request.Purpose})";
        var http = Find<LlmHttpException>(e);
        return http?.Status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"{what}: authentication failed (HTTP {(int)http.Status}); check {request.Provider.ToUpperInvariant()}_API_KEY. Server said: {http.Body}",
            HttpStatusCode.NotFound =>
                $"{what}: not found (HTTP 404): unknown model or wrong base URL. Server said: {http.Body}",
            HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity =>
                $"{what}: request rejected (HTTP {(int)http.Status}), often an unknown model or an unsupported setting. Server said: {http.Body}",
            not null when http.IsRetryable && http.RetryAfter > _retryAfterCap =>
                $"{what}: HTTP {(int)http.Status}, and the server asked to wait {Duration(http.RetryAfter.Value)} (until about {DateTimeOffset.UtcNow + http.RetryAfter.Value:yyyy-MM-dd HH:mm} UTC), " +
                $"longer than the {Duration(_retryAfterCap)} this tool waits (model.max_retry_after_seconds). Run again after that time, or raise the limit. " +
                $"Answers received so far are cached. Server said: {http.Body}",
            not null when http.IsRetryable =>
                $"{what}: gave up after {attempts} attempt(s): HTTP {(int)http.Status}. Server said: {http.Body}. Answers received so far are cached; run again to resume.",
            not null => $"{what}: HTTP {(int)http.Status}. Server said: {http.Body}",
            null when Find<LlmUnreachableException>(e) is { } refused =>
                $"{what}: connection refused by {refused.Url}: nothing is listening there. Start the server, or point model.base_url " +
                $"(--base-url, {request.Provider.ToUpperInvariant()}_BASE_URL) at the address it listens on.",
            null when IsTransient(e) => $"{what}: gave up: {Describe(e)}. Answers received so far are cached; run again to resume.",
            null => $"{what}: unreadable answer: {Describe(e)}",
        };
    }

    private static string Duration(TimeSpan wait) => wait.TotalHours >= 1 ? $"{wait.TotalHours:0.#} h ({wait.TotalSeconds:N0} s)" : $"{wait.TotalSeconds:N0} s";

    private static string Describe(Exception? e) => e switch
    {
        null => "unknown failure",
        TimeoutRejectedException t => $"timed out after {t.Timeout.TotalSeconds:0.###} s",
        _ => Find<LlmHttpException>(e)?.Message ?? e.GetBaseException().Message,
    };

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T match) return match;
            if (e is AggregateException { InnerExceptions: var inner })
                return inner.Select(Find<T>).FirstOrDefault(x => x is not null);
        }
        return null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _slots.Dispose();
        base.Dispose(disposing);
    }
}
