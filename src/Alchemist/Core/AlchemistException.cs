namespace Alchemist.Core;

/// <summary>
/// An error caused by the user's input or environment (a bad file, a missing setting), whose message is
/// written to be shown as is: the CLI prints it on one line and exits non-zero.
/// </summary>
public class AlchemistException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public AlchemistException(string message, Exception? inner = null) : base(message, inner) { }
}
