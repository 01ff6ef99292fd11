using System.Diagnostics;

namespace Alchemist.Pipeline;

/// <summary>Who holds a <see cref="RunLock"/>: the process (id and start time, so a reused id is not mistaken for it) and the host.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="Host">The machine's name.</param>
/// <param name="ProcessStarted">When that process started (UTC).</param>
/// <param name="Purpose">What it is doing, for the message a waiting user sees.</param>
internal sealed record RunLockOwner(int Pid, string Host, DateTimeOffset ProcessStarted, string Purpose)
{
    /// <summary>This process.</summary>
    public static RunLockOwner Current(string purpose)
    {
        using var self = Process.GetCurrentProcess();
        return new RunLockOwner(Environment.ProcessId, Environment.MachineName, self.StartTime.ToUniversalTime(), purpose);
    }

    /// <summary>
    /// True when the owner is known to be gone: on this host, no process has its id, or the one that has it started at
    /// another time (the id was reused). An owner on another host is presumed alive: we cannot look.
    /// </summary>
    public bool IsGone
    {
        get
        {
            if (!string.Equals(Host, Environment.MachineName, StringComparison.OrdinalIgnoreCase)) return false;
            try
            {
                using var process = Process.GetProcessById(Pid);
                if (process.HasExited) return true;
                return Math.Abs((process.StartTime.ToUniversalTime() - ProcessStarted).TotalSeconds) > 1;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                return true;
            }
        }
    }
}
