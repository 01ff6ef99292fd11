namespace Alchemist.Programs;

/// <summary>
/// The per-row bounds an instrumented program runs under. A row that exceeds them faults (and counts as an abstain)
/// instead of hanging or overflowing the stack.
/// </summary>
/// <param name="MaxSteps">Budget of steps per row: one per loop iteration, per method/lambda entry, and the length of
/// an array or string that a <c>foreach</c> walks (charged once, up front).</param>
/// <param name="MaxCallDepth">Deepest nesting of the program's own methods, local functions and lambdas; far below
/// the depth at which the thread's stack would overflow (which .NET cannot catch).</param>
/// <param name="RegexTimeout">Match timeout given to every regex the program builds.</param>
public readonly record struct ProgramLimits(long MaxSteps, int MaxCallDepth, TimeSpan RegexTimeout)
{
    /// <summary>
    /// 10 million steps (tens of milliseconds of tight looping, far above what a keyword or regex heuristic needs on a
    /// text of a few thousand characters), depth 200, regex timeout 1 s.
    /// </summary>
    public static ProgramLimits Default { get; } = new(10_000_000, 200, TimeSpan.FromSeconds(1));
}
