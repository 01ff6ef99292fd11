using Alchemist.Aggregation;
using Alchemist.Distillation;
using Alchemist.Evaluation;

namespace Alchemist.Pipeline;

/// <summary>One label model of the comparison, fitted on train votes and scored on the dev split.</summary>
/// <param name="LabelModel">The requested model (auto included).</param>
/// <param name="Chosen">The concrete model behind it.</param>
/// <param name="Scores">Scores on every row of the dev split.</param>
public sealed record LabelModelComparison(string LabelModel, string Chosen, ClassificationScores Scores);

/// <summary>The evaluation stage's artifact, <c>RUNDIR/evaluation.json</c>.</summary>
/// <param name="LabelModel">The run's label model.</param>
/// <param name="ClassBalance">Its prior and where that came from.</param>
/// <param name="LabelModelScores">The run's pseudolabels (prior tie-break) scored on each split with gold labels.</param>
/// <param name="EndModelScores">The end model scored on each split with gold labels (empty without an end model).</param>
/// <param name="ComparisonSplit">The split every label model was compared on (never the test split), or null without one.</param>
/// <param name="Comparison">Every label model fitted on train and scored on <paramref name="ComparisonSplit"/>, with a prior
/// that does not look at that split's gold labels.</param>
/// <param name="VoteBalance">The class balance the votes of the fit split suggest, with its uncertainty (null in artifacts
/// written before it existed).</param>
public sealed record EvaluationSummary(
    string LabelModel,
    ClassBalance ClassBalance,
    IReadOnlyDictionary<string, ClassificationScores> LabelModelScores,
    IReadOnlyDictionary<string, ClassificationScores> EndModelScores,
    string? ComparisonSplit,
    IReadOnlyList<LabelModelComparison> Comparison,
    VoteBalanceEstimate? VoteBalance = null);

/// <summary>
/// The evaluation stage: scores what the run produced against gold labels wherever a split has them, and compares
/// every label model on the dev split so the choice can be reviewed without touching the test split.
/// </summary>
public static class EvaluateStep
{
    /// <summary>The evaluation artifact of a run.</summary>
    public static string PathOf(RunFolder run) => Path.Combine(run.Root, "evaluation.json");

    /// <summary>Scores and writes <see cref="PathOf"/>.</summary>
    /// <param name="run">The run folder (after aggregate, and distill when <paramref name="withEndModel"/>).</param>
    /// <param name="classBalance">The run's <c>--class-balance</c> choice, reused for the comparison.</param>
    /// <param name="seed">Seed of the fits.</param>
    /// <param name="withEndModel">Score the end model too.</param>
    /// <param name="cancellationToken">Cancels the fits and featurizing.</param>
    public static EvaluationSummary Run(RunFolder run, string classBalance, int seed, bool withEndModel, CancellationToken cancellationToken)
    {
        var splits = VoteSplits.FromRun(run, loadGold: true, cancellationToken);
        var model = LabelModelFile.Load(run.LabelModelPath);
        var tieBreak = TieBreakPolicy.Parse("prior", seed);
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
            var balance = ClassBalanceChoice.Resolve(classBalance, splits, fit, comparisonSplit.Name);
            foreach (var name in LabelModels.Names)
            {
                var e = LabelModelEvaluation.Run(LabelModels.Create(name), fit.Votes, fit.Name, comparisonSplit.Votes, comparisonSplit.Gold!, comparisonSplit.Name,
                    splits.Labels.Count, balance, tieBreak, 1, seed, cancellationToken);
                comparison.Add(new LabelModelComparison(name, e.ChosenLabelModel, e.All));
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
