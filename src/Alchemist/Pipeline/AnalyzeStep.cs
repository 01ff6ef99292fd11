using Alchemist.Aggregation;
using Alchemist.Labeling;

namespace Alchemist.Pipeline;

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

    /// <summary>Reads a split's analysis file.</summary>
    public static LabelMatrixSummary Load(RunFolder run, string split) => ArtifactJson.Load<LabelMatrixSummary>(PathOf(run, split));
}
