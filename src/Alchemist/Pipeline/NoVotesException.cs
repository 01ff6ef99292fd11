using Alchemist.Labeling;

namespace Alchemist.Pipeline;

/// <summary>
/// Applying the programs gave no vote on any row: every program was rejected or quarantined, or none of them voted.
/// Nothing downstream means anything then (a label model fitted on empty votes answers the prior everywhere), so
/// <c>apply</c> and <c>run</c> stop here instead of reporting a majority-class "accuracy" as if the programs worked.
/// </summary>
public sealed class NoVotesException : AlchemistException
{
    /// <summary>Creates the exception; the message says why there are no votes and where to look.</summary>
    public NoVotesException(string message) : base(message) { }

    /// <summary>Throws when no program voted on any row of any split; the run folder's files stay written for inspection.</summary>
    /// <param name="programsFolder">The programs' folder (named in the message).</param>
    /// <param name="run">The run folder the statistics were written to.</param>
    /// <param name="splits">Each split's per-program statistics, in program order.</param>
    /// <exception cref="NoVotesException">No vote anywhere.</exception>
    public static void ThrowIfNone(string programsFolder, RunFolder run, IReadOnlyDictionary<string, IReadOnlyList<ProgramStats>> splits)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(splits);
        if (splits.Count == 0 || splits.Values.Any(programs => programs.Any(p => p.Votes > 0))) return;
        var first = splits.First();
        var programs = first.Value;
        var rejected = programs.Where(p => p.Quarantined).ToArray();
        var stats = run.ProgramStatsPath(first.Key);
        if (rejected.Length == programs.Count && programs.Count > 0)
            throw new NoVotesException($"{programsFolder}: all {programs.Count} program(s) were rejected, so there is no vote to aggregate; " +
                $"{rejected[0].Name}: {Excerpt.Of(rejected[0].QuarantineReason!, 300)} (every reason is in {stats}).");
        throw new NoVotesException($"{programsFolder}: coverage is 0: none of the {programs.Count} program(s) voted on any row " +
            $"({rejected.Length} rejected, the others abstained on every row), so there is no vote to aggregate; see {stats}.");
    }
}
