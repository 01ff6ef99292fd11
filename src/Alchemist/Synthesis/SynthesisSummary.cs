using Alchemist.Llm;

namespace Alchemist.Synthesis;

/// <summary>Tokens and dollars of one synthesized program, as recorded for the run's summary and report.</summary>
/// <param name="Name">The program's name.</param>
/// <param name="Status">accepted, rejected or pending.</param>
/// <param name="InputTokens">Prompt tokens (its share of a knowledge call included).</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at list prices; null when unknown.</param>
/// <param name="DuplicateOf">The earlier program it behaves like on the smoke sample, if any.</param>
/// <param name="Problems">Why it was rejected.</param>
public sealed record ProgramCost(string Name, ProgramStatus Status, double InputTokens, double OutputTokens, decimal? Cost, string? DuplicateOf,
    IReadOnlyList<string> Problems);

/// <summary>The synthesis stage's artifact, <c>RUNDIR/synthesis.json</c>.</summary>
/// <param name="Provider">The provider asked.</param>
/// <param name="Model">The model asked.</param>
/// <param name="PricesAsOf">Date of the price table.</param>
/// <param name="Accepted">Programs accepted.</param>
/// <param name="Rejected">Programs rejected.</param>
/// <param name="Pending">Programs still waiting for an answer (offline, or stopped by the budget).</param>
/// <param name="Calls">Where this invocation's answers came from: live, cache, batch file.</param>
/// <param name="LiveCost">Dollars spent on live calls by this invocation.</param>
/// <param name="Total">Tokens and dollars of every answer the programs used, whenever it was made.</param>
/// <param name="Programs">Per-program cost and status.</param>
/// <param name="BaselineRows">Rows of the per-row zero-shot baseline estimate (the spec's data).</param>
/// <param name="BaselineCost">Estimated dollars of labeling those rows with one zero-shot call each.</param>
/// <param name="KeptEdited">Program files the user edited, which synthesis left alone.</param>
/// <param name="BatchFiles">The batch output files imported.</param>
public sealed record SynthesisSummary(
    string Provider,
    string Model,
    string PricesAsOf,
    int Accepted,
    int Rejected,
    int Pending,
    CallCounts Calls,
    decimal LiveCost,
    Usage Total,
    IReadOnlyList<ProgramCost> Programs,
    int BaselineRows,
    decimal? BaselineCost,
    IReadOnlyList<string> KeptEdited,
    IReadOnlyList<string> BatchFiles);
