using System.Collections.Concurrent;
using Alchemist.Llm;

namespace Alchemist.Synthesis;

/// <summary>Counts of where this run's answers came from.</summary>
/// <param name="Live">Calls made.</param>
/// <param name="Cached">Answers found in the cache.</param>
/// <param name="Batch">Answers taken from an imported batch file.</param>
/// <param name="Pending">Requests left unanswered (offline, or refused by the budget).</param>
public sealed record CallCounts(int Live, int Cached, int Batch, int Pending);

/// <summary>
/// Answers requests from, in order: an imported batch file, the cache (unless refreshing), a live call. Every answer
/// that is not from the cache is stored in it at once. Without a caller (offline: export or import runs) or when the
/// budget refuses a call, the request is recorded as pending and null is returned.
/// </summary>
public sealed class ResponseSource
{
    private readonly ResponseCache _cache;
    private readonly Lazy<LlmCaller>? _caller;
    private readonly IReadOnlyDictionary<string, LlmResponse> _imported;
    private readonly CostMeter _meter;
    private readonly bool _refresh;
    private readonly Action<string>? _log;
    private readonly ConcurrentDictionary<string, LlmRequest> _pending = new();
    private readonly ConcurrentDictionary<string, byte> _answeredThisRun = new();
    private int _live, _cached, _batch;

    /// <summary>Creates the source.</summary>
    /// <param name="cache">The response cache.</param>
    /// <param name="caller">Makes live calls, created on the first call needed (so a run answered from the cache needs no
    /// key); null for an offline run.</param>
    /// <param name="imported">Answers from a batch output file, by request key; null when none.</param>
    /// <param name="meter">Budget and spending of live calls.</param>
    /// <param name="refresh">Ignore cached answers (they are replaced by new ones).</param>
    /// <param name="log">Receives one line per live answer (progress of a long run); null for silence.</param>
    public ResponseSource(ResponseCache cache, Lazy<LlmCaller>? caller, IReadOnlyDictionary<string, LlmResponse>? imported, CostMeter meter, bool refresh,
        Action<string>? log = null)
    {
        _log = log;
        _cache = cache;
        _caller = caller;
        _imported = imported ?? new Dictionary<string, LlmResponse>();
        _meter = meter;
        _refresh = refresh;
    }

    /// <summary>True when a live call was refused because it could exceed the budget.</summary>
    public bool BudgetStopped { get; private set; }

    /// <summary>The requests left unanswered, in the order they were asked.</summary>
    public IReadOnlyList<LlmRequest> Pending => _pending.Values.OrderBy(r => r.Purpose, StringComparer.Ordinal).ToArray();

    /// <summary>Where answers came from so far.</summary>
    public CallCounts Counts => new(_live, _cached, _batch, _pending.Count);

    /// <summary>The answer to <paramref name="request"/>, or null when it stays pending.</summary>
    /// <exception cref="LlmCallException">A live call failed for good (answers received before are kept in the cache).</exception>
    public async Task<LlmResponse?> GetAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Key;
        if (_imported.TryGetValue(key, out var imported))
        {
            _cache.Put(request, imported);
            Interlocked.Increment(ref _batch);
            return imported;
        }
        if ((!_refresh || _answeredThisRun.ContainsKey(key)) && _cache.Get(request) is { } cached)
        {
            Interlocked.Increment(ref _cached);
            return cached;
        }
        if (_caller is null) return Defer(request);
        if (!_meter.TryReserve(request, out var reserved))
        {
            BudgetStopped = true;
            return Defer(request);
        }
        LlmResponse? response = null;
        try
        {
            response = await _caller.Value.CallAsync(request, cancellationToken).ConfigureAwait(false);
            _cache.Put(request, response);
            _answeredThisRun[key] = 0;
            Interlocked.Increment(ref _live);
            _log?.Invoke($"{request.Purpose}: answered, {response.InputTokens} + {response.OutputTokens} tokens");
            return response;
        }
        finally
        {
            _meter.Settle(reserved, response);
        }
    }

    private LlmResponse? Defer(LlmRequest request)
    {
        _pending[request.Key] = request;
        return null;
    }
}
