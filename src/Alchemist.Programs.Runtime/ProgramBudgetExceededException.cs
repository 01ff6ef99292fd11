namespace Alchemist.Programs.Runtime;

/// <summary>Thrown into a running program when it exhausts its per-row step budget or call depth.</summary>
public sealed class ProgramBudgetExceededException : Exception
{
    /// <summary>Creates the fault with a message saying which bound was hit.</summary>
    public ProgramBudgetExceededException(string message) : base(message) { }
}
