namespace Alchemist.Programs;

/// <summary>How one program run on one row ended.</summary>
internal enum ProgramOutcomeKind
{
    /// <summary>A class id in the label set.</summary>
    Label,
    /// <summary>The program abstained (-1, null).</summary>
    Abstain,
    /// <summary>The program threw an exception of its own.</summary>
    Exception,
    /// <summary>The program exhausted its step budget or call depth (endless loop, runaway recursion).</summary>
    Budget,
    /// <summary>A regex match ran past its timeout (catastrophic backtracking).</summary>
    RegexTimeout,
    /// <summary>The program returned an unknown class name.</summary>
    BadOutput,
    /// <summary>The program returned an id outside the label set (and not -1).</summary>
    OutOfRange,
}

/// <summary>
/// The result of <see cref="ProgramRunner.Run(CompiledProgram, string, int)"/>: a vote, or a fault that counts as an
/// abstain. A struct holding no reference into the program (so its assembly can still unload), allocation-free on success.
/// </summary>
/// <param name="Kind">How the run ended.</param>
/// <param name="Returned">The id the program returned (for <see cref="ProgramOutcomeKind.OutOfRange"/>, the bad id); -1 for other faults.</param>
/// <param name="Fault">For exception-based faults, "ExceptionType: message".</param>
internal readonly record struct ProgramOutcome(ProgramOutcomeKind Kind, int Returned, string? Fault = null)
{
    /// <summary>True for every kind except <see cref="ProgramOutcomeKind.Label"/> and <see cref="ProgramOutcomeKind.Abstain"/>.</summary>
    public bool IsFault => Kind >= ProgramOutcomeKind.Exception;

    /// <summary>What goes into the label matrix: the class id, or -1 for an abstain or any fault.</summary>
    public int Vote => Kind == ProgramOutcomeKind.Label ? Returned : LabelSet.Abstain;

    /// <summary>A one-line description of the fault, or null when there is none.</summary>
    public string? FaultMessage => Kind == ProgramOutcomeKind.OutOfRange ? $"returned {Returned}, which is not a class id or -1" : Fault;
}
