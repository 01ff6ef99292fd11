namespace Alchemist.Core;

/// <summary>A program returned something that is not a label: an unknown class name, or a bool on a task with more than two classes.</summary>
internal sealed class ProgramOutputException : Exception
{
    /// <summary>Creates the fault with a message naming the bad value.</summary>
    public ProgramOutputException(string message) : base(message) { }
}
