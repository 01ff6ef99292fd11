namespace Alchemist.Programs;

/// <summary>Process-wide settings for a process that runs untrusted programs (the worker calls this at start).</summary>
public static class ProgramSandbox
{
    /// <summary>
    /// Sets the default regex match timeout of the process (AppContext "REGEX_DEFAULT_MATCH_TIMEOUT"). Every regex a
    /// program builds already gets <see cref="ProgramLimits.RegexTimeout"/> explicitly; this is the backstop for any
    /// regex built without one. It only takes effect when called before the first <see cref="System.Text.RegularExpressions.Regex"/>
    /// of the process is constructed, so call it first thing in the worker.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive.</exception>
    public static void InitializeProcess(TimeSpan regexTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(regexTimeout, TimeSpan.Zero);
        AppContext.SetData("REGEX_DEFAULT_MATCH_TIMEOUT", regexTimeout);
    }
}
