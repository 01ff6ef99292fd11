namespace Alchemist.Programs;

/// <summary>How <see cref="ProgramCompiler"/> builds programs.</summary>
internal sealed record ProgramCompilerOptions
{
    /// <summary>The defaults: <see cref="ProgramLimits.Default"/>, full instrumentation.</summary>
    public static ProgramCompilerOptions Default { get; } = new();

    /// <summary>
    /// The task's numeric feature columns, in the order a row carries them (see <see cref="FeatureRow"/>), or
    /// null for a text task. A feature program's parameters are bound to these by name (case-insensitive, snake_case
    /// and camelCase alike); a text program is refused on a feature task and a feature program on a text task.
    /// </summary>
    public IReadOnlyList<string>? FeatureNames { get; init; }

    /// <summary>The per-row bounds the compiled program enforces.</summary>
    public ProgramLimits Limits { get; init; } = ProgramLimits.Default;

    /// <summary>
    /// False compiles the program without budget counters (never for untrusted code: only to measure what the
    /// instrumentation costs). The safety check and the regex rewriting still apply.
    /// </summary>
    internal bool Instrument { get; init; } = true;

    /// <summary>
    /// True charges a <c>foreach</c> over an array or string once with its length; false charges every iteration
    /// (kept to measure the difference: per-iteration counters cost +40% on text loops).
    /// </summary>
    internal bool ChargeForEachUpFront { get; init; } = true;

    /// <summary>
    /// True compiles without any safety check and against the whole framework, as if the checker had been bypassed:
    /// never for real programs, only for the tests proving that the worker's OS jail holds on its own.
    /// </summary>
    internal bool Unchecked { get; init; }
}
