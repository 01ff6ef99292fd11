namespace Alchemist.Pipeline;

/// <summary>Another live process holds the lock of the project or run folder this command would change.</summary>
public sealed class RunLockedException : AlchemistException
{
    /// <summary>Creates the exception; the message names the holder and the lock file.</summary>
    public RunLockedException(string message) : base(message) { }
}
