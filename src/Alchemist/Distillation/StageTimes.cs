using System.Diagnostics;

namespace Alchemist.Distillation;

/// <summary>
/// Wall time per <see cref="PredictStage"/>, for the benchmark that asks where a predict's time goes. Off (and free
/// but for one null check per measured block) unless a benchmark sets <see cref="Active"/>; the product never does.
/// </summary>
internal sealed class StageTimes
{
    private readonly long[] _ticks = new long[Enum.GetValues<PredictStage>().Length];
    private readonly long[] _calls = new long[Enum.GetValues<PredictStage>().Length];

    /// <summary>The collector the measured blocks add to; null (the default) measures nothing.</summary>
    public static StageTimes? Active { get; set; }

    /// <summary>Starts timing <paramref name="stage"/> until the returned scope is disposed (nothing when no collector is active).</summary>
    public static Scope Measure(PredictStage stage) => new(Active, stage);

    /// <summary>Seconds spent in <paramref name="stage"/> so far.</summary>
    public double Seconds(PredictStage stage) => (double)Interlocked.Read(ref _ticks[(int)stage]) / Stopwatch.Frequency;

    /// <summary>Measured blocks of <paramref name="stage"/> so far.</summary>
    public long Calls(PredictStage stage) => Interlocked.Read(ref _calls[(int)stage]);

    private void Add(PredictStage stage, long ticks)
    {
        Interlocked.Add(ref _ticks[(int)stage], ticks);
        Interlocked.Increment(ref _calls[(int)stage]);
    }

    /// <summary>One timed block.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly StageTimes? _times;
        private readonly PredictStage _stage;
        private readonly long _start;

        internal Scope(StageTimes? times, PredictStage stage)
        {
            _times = times;
            _stage = stage;
            _start = times is null ? 0 : Stopwatch.GetTimestamp();
        }

        /// <inheritdoc />
        public void Dispose() => _times?.Add(_stage, Stopwatch.GetTimestamp() - _start);
    }
}
