using Alchemist.Tasks;

namespace Alchemist.Synthesis;

/// <summary>The state of a program after a run.</summary>
public enum ProgramStatus
{
    /// <summary>Compiled, behaved on the sample, written to the programs folder.</summary>
    Accepted,
    /// <summary>Failed extraction, the safety check, compilation or the smoke run; written to <c>rejected/</c>.</summary>
    Rejected,
    /// <summary>Its answer (or its knowledge call's answer) has not arrived yet: offline run or budget reached.</summary>
    Pending,
}

/// <summary>What became of one program.</summary>
/// <param name="Name">NNN-strategy.</param>
/// <param name="Strategy">Its supplementary-knowledge strategy.</param>
/// <param name="Temperature">Its sampling temperature.</param>
/// <param name="Status">Accepted, rejected or pending.</param>
/// <param name="Problems">Why it was rejected; empty otherwise.</param>
/// <param name="Repaired">True when the accepted or rejected answer came from the repair round.</param>
/// <param name="DuplicateOf">The earlier accepted program with the same behaviour on the sample, if any.</param>
/// <param name="Smoke">Its smoke run, when it compiled.</param>
/// <param name="Usage">Tokens and cost attributed to it.</param>
/// <param name="Path">The file written, when not pending.</param>
/// <param name="KeptEdited">True when the file at <paramref name="Path"/> had been edited by hand and was left as it is.</param>
public sealed record SynthesizedProgram(
    string Name,
    KnowledgeStrategy Strategy,
    float Temperature,
    ProgramStatus Status,
    IReadOnlyList<string> Problems,
    bool Repaired,
    string? DuplicateOf,
    SmokeRun? Smoke,
    Usage Usage,
    string? Path,
    bool KeptEdited = false);

/// <summary>Tokens and dollars; <see cref="Cost"/> is null when the model has no price.</summary>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at the price table's prices.</param>
public sealed record Usage(double InputTokens, double OutputTokens, decimal? Cost)
{
    /// <summary>No usage.</summary>
    public static Usage Zero { get; } = new(0, 0, 0m);

    /// <summary>The sum of two usages (unknown cost stays unknown).</summary>
    public static Usage operator +(Usage a, Usage b) =>
        new(a.InputTokens + b.InputTokens, a.OutputTokens + b.OutputTokens, a.Cost is { } x && b.Cost is { } y ? x + y : null);

    /// <summary>A share of this usage (knowledge calls are split among the programs that use them).</summary>
    public Usage Share(int parts) => new(InputTokens / parts, OutputTokens / parts, Cost / parts);
}
