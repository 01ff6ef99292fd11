using Alchemist.Llm;
using Alchemist.Tasks;

namespace Alchemist.Refinement;

/// <summary>What became of one refinement candidate.</summary>
public enum CandidateStatus
{
    /// <summary>Passed the gate: written to the programs folder and applied from now on.</summary>
    Kept,
    /// <summary>Compiled and ran, but the gate (or the round's check on the pseudo-gold sample) dropped it.</summary>
    Dropped,
    /// <summary>Failed extraction, the safety checks, compilation or the smoke run (also after one repair).</summary>
    Rejected,
    /// <summary>Its answer has not arrived (offline, exported to a batch file, or the budget).</summary>
    Pending,
}

/// <summary>One candidate program of a round and the gate's decision on it.</summary>
/// <param name="Name">Its name and file stem, <c>rR-NN-class</c>.</param>
/// <param name="Focus">The class its request aimed at.</param>
/// <param name="Status">Kept, dropped, rejected or pending.</param>
/// <param name="Reason">Why, with the numbers.</param>
/// <param name="Gate">The gate's numbers, when it reached the gate.</param>
/// <param name="InputTokens">Prompt tokens (repair included).</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at list prices; null when the model has no price.</param>
public sealed record RefineCandidate(string Name, string Focus, CandidateStatus Status, string Reason, GateDecision? Gate,
    long InputTokens, long OutputTokens, decimal? Cost);

/// <summary>One refinement round: what it targeted, what it asked for, and what it changed.</summary>
/// <param name="Round">1-based.</param>
/// <param name="Uncovered">Training rows no program voted on when the round began.</param>
/// <param name="Conflicting">Rows whose programs disagreed.</param>
/// <param name="Unsure">Other rows whose label-model answer was unsure.</param>
/// <param name="Focus">The classes its requests aimed at, in slot order.</param>
/// <param name="Candidates">Its candidates, in slot order.</param>
/// <param name="CoverageBefore">Training coverage when the round began.</param>
/// <param name="CoverageAfter">Training coverage with its kept programs.</param>
/// <param name="PseudoGoldBefore">The label model's accuracy on the pseudo-gold sample when the round began; null without a sample.</param>
/// <param name="PseudoGoldAfter">The same with the round's kept programs.</param>
public sealed record RefineRound(int Round, int Uncovered, int Conflicting, int Unsure, IReadOnlyList<string> Focus, IReadOnlyList<RefineCandidate> Candidates,
    double CoverageBefore, double CoverageAfter, double? PseudoGoldBefore, double? PseudoGoldAfter)
{
    /// <summary>How many of the round's candidates ended with <paramref name="status"/>.</summary>
    public int CountOf(CandidateStatus status) => Candidates.Count(c => c.Status == status);
}

/// <summary>Why refinement stopped.</summary>
public enum RefineStop
{
    /// <summary>It made every round asked for.</summary>
    RoundLimit,
    /// <summary>A round's answers are not in yet (offline or exported): the next run continues from there.</summary>
    Pending,
    /// <summary>The budget cannot pay for the next call.</summary>
    Budget,
    /// <summary>No candidate of the last round passed the gate.</summary>
    NothingKept,
    /// <summary>The label model's accuracy on the pseudo-gold sample stopped improving.</summary>
    NoImprovement,
    /// <summary>No target row is left.</summary>
    NoTargets,
    /// <summary>The pseudo-gold sample asked for is not answered yet, so nothing could be gated on it.</summary>
    WaitingForPseudoGold,
}

/// <summary>
/// The refinement artifact (<see cref="RunFolder.RefinementPath"/>): the settings, every round with every candidate and
/// decision, why it stopped, and what it cost. Refinement replays from the cache, so the same answers always give the
/// same record.
/// </summary>
/// <param name="Settings">The settings it ran with.</param>
/// <param name="Split">The split it targeted and gated on.</param>
/// <param name="Rounds">The rounds made.</param>
/// <param name="Stop">Why it stopped.</param>
/// <param name="Kept">The programs it kept, in order.</param>
/// <param name="Calls">Where its answers came from.</param>
/// <param name="InputTokens">Prompt tokens of all its answers.</param>
/// <param name="OutputTokens">Answer tokens.</param>
/// <param name="Cost">Dollars at list prices; null when the model has no price.</param>
/// <param name="Retirements">With <see cref="RefineSettings.DropHarmful"/>: the review of every program found below the
/// gate's floor after the rounds (<see cref="HarmfulPrograms"/>); null when it did not run.</param>
public sealed record RefinementRecord(RefineSettings Settings, string Split, IReadOnlyList<RefineRound> Rounds, RefineStop Stop, IReadOnlyList<string> Kept,
    CallCounts Calls, long InputTokens, long OutputTokens, decimal? Cost, IReadOnlyList<RetireDecision>? Retirements = null)
{
    /// <summary>The programs whose votes the label model ignores from now on (their files stay).</summary>
    public IReadOnlyList<string> RetiredPrograms() => Retirements?.Where(d => d.Retired).Select(d => d.Program).ToArray() ?? [];

    /// <summary>How many candidates of all rounds ended with <paramref name="status"/>.</summary>
    public int CountOf(CandidateStatus status) => Rounds.Sum(r => r.CountOf(status));

    /// <summary>The run's record, or null when refinement has not run for it.</summary>
    public static RefinementRecord? Load(RunFolder run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return File.Exists(run.RefinementPath) ? ArtifactJson.Load<RefinementRecord>(run.RefinementPath) : null;
    }

    /// <summary>Whether <paramref name="program"/> is named as refinement names its programs (<c>rR-NN-…</c>).</summary>
    public static bool IsRefinedName(string program) =>
        System.Text.RegularExpressions.Regex.IsMatch(program, @"^r[0-9]+-[0-9]{2}-", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}

/// <summary>Human wording of <see cref="RefineStop"/>.</summary>
public static class RefineStops
{
    /// <summary>Why refinement stopped, in words (and what to do when it waits).</summary>
    public static string Describe(RefineStop stop) => stop switch
    {
        RefineStop.RoundLimit => "made every round asked for",
        RefineStop.Pending => "waiting for answers (offline or exported to a batch file); run again once they are in batch/",
        RefineStop.Budget => "the budget cannot pay for the next call",
        RefineStop.NothingKept => "no candidate of the last round passed the gate",
        RefineStop.NoImprovement => "the label model's accuracy on the pseudo-gold sample stopped improving",
        RefineStop.NoTargets => "no target row is left",
        RefineStop.WaitingForPseudoGold => "waiting for the LLM-labeled sample (validation.llm_sample) to be answered",
        _ => stop.ToString(),
    };
}
