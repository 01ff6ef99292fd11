using Alchemist.Aggregation;
using Alchemist.Labeling;

namespace Alchemist.Pipeline;

/// <summary>One program's row of <c>alchemist analyze</c>: Snorkel's <c>lf_summary</c> columns plus how it ran.</summary>
/// <param name="Name">The program.</param>
/// <param name="Polarity">The class ids it voted for.</param>
/// <param name="Coverage">Share of rows it voted on.</param>
/// <param name="Overlaps">Share of rows it voted on together with another program.</param>
/// <param name="Conflicts">Share of rows where another program voted differently.</param>
/// <param name="Correct">Votes equal to the gold label (null without gold).</param>
/// <param name="Incorrect">Votes not equal to the gold label (null without gold).</param>
/// <param name="EmpAcc">Correct / (correct + incorrect) (null without gold).</param>
/// <param name="Faults">Rows on which it faulted.</param>
/// <param name="Quarantined">True when it was not run (rejected, or faulting too often).</param>
public sealed record ProgramAnalysisRow(string Name, IReadOnlyList<int> Polarity, double Coverage, double Overlaps, double Conflicts, int? Correct, int? Incorrect,
    double? EmpAcc, int Faults, bool Quarantined);

/// <summary>One split's analysis as <c>alchemist analyze</c> reports it.</summary>
/// <param name="Split">The split.</param>
/// <param name="Rows">Its rows.</param>
/// <param name="Coverage">Share of rows with at least one vote.</param>
/// <param name="Overlap">Share of rows with at least two votes.</param>
/// <param name="Conflict">Share of rows with disagreeing votes.</param>
/// <param name="Programs">Each program, in label-matrix order.</param>
public sealed record SplitAnalysis(string Split, int Rows, double Coverage, double Overlap, double Conflict, IReadOnlyList<ProgramAnalysisRow> Programs);

/// <summary>
/// The analysis stage of a run: Snorkel's <c>lf_summary</c> (<see cref="ProgramAnalysis"/>) of every split, written to
/// <c>RUNDIR/SPLIT/analysis.json</c> (accuracy columns filled where the split has gold labels).
/// </summary>
public static class AnalyzeStep
{
    /// <summary>A split's analysis file.</summary>
    public static string PathOf(RunFolder run, string split) => run.AnalysisPath(split);

    /// <summary>Analyses every split of the run and writes the files.</summary>
    public static IReadOnlyDictionary<string, LabelMatrixSummary> Run(RunFolder run, CancellationToken cancellationToken)
    {
        var splits = VoteSplits.FromRun(run, loadGold: true, cancellationToken);
        var result = new Dictionary<string, LabelMatrixSummary>();
        foreach (var (name, split) in splits.Splits)
        {
            var summary = ProgramAnalysis.Summarize(split.Votes, split.HasGold ? split.Gold : null);
            ArtifactJson.Save(PathOf(run, name), summary);
            result[name] = summary;
        }
        return result;
    }

    /// <summary>
    /// Runs the stage (as <c>alchemist run</c> does, writing every split's file) and returns one split's analysis with
    /// each program's faults and quarantine, for <c>alchemist analyze</c>.
    /// </summary>
    /// <param name="run">The run folder (after apply).</param>
    /// <param name="split">The split to report; null: the development split when the run has one, else its first split.</param>
    /// <param name="cancellationToken">Cancels loading the data.</param>
    /// <exception cref="AlchemistException">No such split, or data that no longer matches the label matrix.</exception>
    public static SplitAnalysis Run(RunFolder run, string? split, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var manifest = RunManifest.Load(run);
        var name = split ?? SplitRoles.DevelopmentOf(manifest.Splits.Keys) ?? manifest.Splits.Keys.First();
        if (!manifest.Splits.ContainsKey(name))
            throw new AlchemistException($"{run.ManifestPath}: the run has no split '{name}' (it has {string.Join(", ", manifest.Splits.Keys)}).");
        var summary = Run(run, cancellationToken)[name];
        var stats = ProgramStatsFile.Load(run.ProgramStatsPath(name));
        return new SplitAnalysis(name, summary.Rows, summary.Coverage, summary.Overlap, summary.Conflict,
            summary.Programs.Select((p, j) => new ProgramAnalysisRow(p.Name, p.Polarity, p.Coverage, p.Overlaps, p.Conflicts, p.Correct, p.Incorrect,
                p.EmpiricalAccuracy, j < stats.Count ? stats[j].FaultCount : 0, j < stats.Count && stats[j].Quarantined)).ToArray());
    }

    /// <summary>Reads a split's analysis file.</summary>
    public static LabelMatrixSummary Load(RunFolder run, string split) => ArtifactJson.Load<LabelMatrixSummary>(PathOf(run, split));
}
