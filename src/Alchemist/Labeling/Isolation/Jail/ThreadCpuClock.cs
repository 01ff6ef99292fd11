using System.Diagnostics;

namespace Alchemist.Labeling.Isolation.Jail;

/// <summary>
/// The CPU time one thread has used, readable from another thread: the deadline of a row is measured in the CPU
/// time of the thread running the program, so a machine under load (which stretches wall time, not CPU time) gives
/// the same verdicts as a quiet one. Falls back to wall time where the Linux per-thread clock is not available.
/// </summary>
internal sealed class ThreadCpuClock
{
    private readonly int _clockId;
    private readonly bool _cpu;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    private ThreadCpuClock(int clockId, bool cpu)
    {
        _clockId = clockId;
        _cpu = cpu;
    }

    /// <summary>The clock of the calling thread.</summary>
    public static ThreadCpuClock OfCurrentThread() =>
        LinuxNative.Supported && LinuxNative.pthread_getcpuclockid(LinuxNative.pthread_self(), out var id) == 0
            ? new ThreadCpuClock(id, true)
            : new ThreadCpuClock(0, false);

    /// <summary>True when the clock counts CPU time (false: wall time).</summary>
    public bool IsCpuTime => _cpu;

    /// <summary>Seconds used so far.</summary>
    public double Seconds => _cpu && LinuxNative.clock_gettime(_clockId, out var t) == 0 ? t.Seconds + t.Nanoseconds / 1e9 : _wall.Elapsed.TotalSeconds;
}
