namespace Alchemist.Labeling;

/// <summary>Why a program produced no vote on a row although it did not choose to abstain.</summary>
public enum ProgramFaultKind
{
    /// <summary>The program threw an exception.</summary>
    Exception,

    /// <summary>The program returned an id that is neither a class of the task nor -1.</summary>
    InvalidLabel,

    /// <summary>The program exhausted its instrumented loop or call-depth budget (or the execution stack).</summary>
    Budget,

    /// <summary>The program allocated more than the worker's heap limit allows.</summary>
    OutOfMemory,

    /// <summary>The program ran past the wall-clock deadline per row (the worker was killed), or a regex timed out.</summary>
    Timeout,

    /// <summary>The worker process died while running the program on the row (e.g. a stack overflow).</summary>
    Crash,
}

/// <summary>One example of a fault, kept so the user can see what went wrong and where.</summary>
/// <param name="Row">0-based row index in the applied data.</param>
/// <param name="Kind">The kind of fault.</param>
/// <param name="Message">What happened, e.g. the exception type and message.</param>
public sealed record ProgramFault(int Row, ProgramFaultKind Kind, string Message);
