using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Evaluation;

namespace Alchemist.Pipeline;

/// <summary>
/// The evaluation stage: scores what the run produced against gold labels wherever a split has them, and compares
/// every label model on the dev split so the choice can be reviewed without touching the test split.
/// </summary>
public static class EvaluateStep
{
    /// <summary>The evaluation artifact of a run.</summary>
    public static string PathOf(RunFolder run) => run.EvaluationPath;

    /// <summary>Scores and writes <see cref="PathOf"/>.</summary>
    /// <param name="run">The run folder (after aggregate, and distill when <paramref name="withEndModel"/>).</param>
    /// <param name="classBalance">The run's <c>--class-balance</c> choice, reused for the comparison.</param>
    /// <param name="seed">Seed of the fits.</param>
    /// <param name="withEndModel">Score the end model too.</param>
    /// <param name="cancellationToken">Cancels the fits and featurizing.</param>
    public static EvaluationSummary Run(RunFolder run, ClassBalanceChoice classBalance, int seed, bool withEndModel, CancellationToken cancellationToken)
    {
        var splits = VoteSplits.FromRun(run, loadGold: true, cancellationToken);
        var model = LabelModelFile.Load(run.LabelModelPath);
        var tieBreak = new TieBreakPolicy(TieBreakKind.Prior, seed);
        var labelScores = new Dictionary<string, ClassificationScores>();
        var endScores = new Dictionary<string, ClassificationScores>();
        foreach (var (name, split) in splits.Splits.Where(s => s.Value.HasGold))
        {
            var pseudolabels = PseudolabelsFile.Load(run.PseudolabelsPath(name));
            labelScores[name] = Metrics.Score(split.Gold!, tieBreak.Decide(pseudolabels, model.ClassBalance.Prior), pseudolabels);
            if (withEndModel) endScores[name] = EndModelEvaluation.Run(run, name, cancellationToken: cancellationToken).Scores;
        }

        var comparisonSplit = SplitRoles.DevelopmentOf(splits.Splits.Keys) is { } devName && splits.Splits[devName] is { HasGold: true } dev ? dev : null;
        var comparison = new List<LabelModelComparison>();
        if (comparisonSplit is not null)
        {
            var fit = splits.FitSplit(null, comparisonSplit.Name);
            var balance = classBalance.Resolve(splits, fit, comparisonSplit.Name);
            foreach (var kind in LabelModels.All)
            {
                var e = LabelModelEvaluation.Run(LabelModels.Create(kind), fit.Votes, fit.Name, comparisonSplit.Votes, comparisonSplit.Gold!, comparisonSplit.Name,
                    splits.Labels.Count, balance, tieBreak, 1, seed, cancellationToken: cancellationToken);
                comparison.Add(new LabelModelComparison(e.LabelModel, e.ChosenLabelModel, e.All));
            }
        }
        var fitSplit = splits.FitSplit(null, splits.Splits.Keys.First());
        var voteBalance = VoteBalanceEstimate.From(fitSplit.Votes, splits.Labels.Count, fitSplit.Name);
        var summary = new EvaluationSummary(model.Name, model.ClassBalance, labelScores, endScores, comparisonSplit?.Name, comparison, voteBalance);
        ArtifactJson.Save(PathOf(run), summary);
        return summary;
    }

    /// <summary>Reads a run's evaluation.</summary>
    public static EvaluationSummary Load(RunFolder run) => ArtifactJson.Load<EvaluationSummary>(PathOf(run));
}
