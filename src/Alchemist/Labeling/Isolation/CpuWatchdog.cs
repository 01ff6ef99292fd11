using Alchemist.Labeling.Isolation.Jail;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// Inside a worker: watches the thread that runs untrusted code and ends the process when one unit of work (a row,
/// a compilation, the start-up) has used more CPU time than it may. The working thread announces each unit with
/// <see cref="Begin"/> (a counter and a limit, two memory writes); the watchdog samples every few milliseconds. The
/// process ends with <see cref="ExitCodes.RowDeadline"/> (or <see cref="ExitCodes.StartupDeadline"/>), which the
/// parent reads together with the cursor in the status file to name the cell. Nothing is measured in wall time, so
/// load on the machine cannot change a verdict; only a unit that really needs more CPU than its limit is stopped.
/// </summary>
internal sealed class CpuWatchdog
{
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(10);
    private readonly ThreadCpuClock _clock;
    private long _unit;
    private double _limitSeconds = double.PositiveInfinity;
    private int _exitCode;

    private CpuWatchdog(ThreadCpuClock clock) => _clock = clock;

    /// <summary>Starts watching the calling thread.</summary>
    public static CpuWatchdog WatchCurrentThread()
    {
        var watchdog = new CpuWatchdog(ThreadCpuClock.OfCurrentThread());
        new Thread(watchdog.Watch) { IsBackground = true, Name = "cpu-watchdog" }.Start();
        return watchdog;
    }

    /// <summary>True when limits are in CPU time (Linux); false when the clock fell back to wall time.</summary>
    public bool CountsCpuTime => _clock.IsCpuTime;

    /// <summary>A new unit of work begins on the watched thread, allowed <paramref name="limitSeconds"/> of its CPU time.</summary>
    public void Begin(double limitSeconds, int exitCode)
    {
        // Called before every cell: only the watched thread writes, so plain volatile stores suffice, and the limit
        // is stored only when it changes.
        if (_limitSeconds != limitSeconds || _exitCode != exitCode)
        {
            Volatile.Write(ref _limitSeconds, limitSeconds);
            Volatile.Write(ref _exitCode, exitCode);
        }
        Volatile.Write(ref _unit, _unit + 1);
    }

    /// <summary>The watched thread is between units (not limited).</summary>
    public void Idle() => Begin(double.PositiveInfinity, 0);

    private void Watch()
    {
        long unit = -1;
        double start = 0;
        while (true)
        {
            Thread.Sleep(Sample);
            var now = Volatile.Read(ref _unit);
            var used = _clock.Seconds;
            if (now != unit)
            {
                unit = now;
                start = used;
                continue;
            }
            if (used - start > Volatile.Read(ref _limitSeconds))
            {
                if (LinuxNative.Supported) LinuxNative._exit(Volatile.Read(ref _exitCode));
                Environment.Exit(Volatile.Read(ref _exitCode));
            }
        }
    }
}

/// <summary>Exit codes by which a worker tells its parent why it ended (besides 0, and a crash's own code or signal).</summary>
internal static class ExitCodes
{
    /// <summary>One row (or one compilation) used more CPU time than its limit.</summary>
    public const int RowDeadline = 124;

    /// <summary>Loading a program (its constructor, the warm-up row) used more CPU time than the start-up limit.</summary>
    public const int StartupDeadline = 125;

    /// <summary>The jail could not be set up and the job required it.</summary>
    public const int JailFailed = 126;
}
