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
    /// <param name="run">The run folder (after aggregate, and distill when <see cref="EvaluateOptions.WithEndModel"/>).</param>
    /// <param name="options">How to score (<c>run</c> and <c>eval</c> build the same object).</param>
    /// <param name="cancellationToken">Cancels the fits and featurizing.</param>
    public static EvaluationSummary Run(RunFolder run, EvaluateOptions options, CancellationToken cancellationToken)
    {
        var (classBalance, seed, withEndModel) = (options.ClassBalance, options.Seed, options.WithEndModel);
        var splits = VoteSplits.FromRun(run, loadGold: true, cancellationToken);
        var model = LabelModelFile.Load(run.LabelModelPath);
        var tieBreak = new TieBreakPolicy(options.TieBreak, seed);
        var labelScores = new Dictionary<string, ClassificationScores>();
        var endScores = new Dictionary<string, ClassificationScores>();
        var finalScores = new Dictionary<string, ClassificationScores>();
        foreach (var (name, split) in splits.Splits.Where(s => s.Value.HasGold))
        {
            var pseudolabels = PseudolabelsFile.Load(run.PseudolabelsPath(name));
            var labelAnswers = tieBreak.Decide(pseudolabels, model.ClassBalance.Prior);
            labelScores[name] = Metrics.Score(split.Gold!, labelAnswers, pseudolabels);
            if (!withEndModel) continue;
            var end = EndModelEvaluation.Run(run, name, cancellationToken: cancellationToken);
            endScores[name] = end.Scores;
            if (end.CoveredAnswer == Distillation.CoveredRowsAnswer.LabelModel)
            {
                var (answers, probabilities) = FinalAnswers.Combine(pseudolabels, labelAnswers, end.Probabilities, end.Answers);
                finalScores[name] = Metrics.Score(split.Gold!, answers, probabilities);
            }
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
        var summary = new EvaluationSummary(model.Name, model.ClassBalance, labelScores, endScores, comparisonSplit?.Name, comparison, voteBalance,
            finalScores.Count > 0 ? finalScores : null);
        ArtifactJson.Save(PathOf(run), summary);
        return summary;
    }

    /// <summary>
    /// Fits <see cref="EvaluateOptions.LabelModel"/> on the fit split's votes and scores it on <paramref name="split"/>'s
    /// gold labels (<c>alchemist eval</c>): on all rows, on covered rows, and per group with <see cref="EvaluateOptions.GroupField"/>.
    /// </summary>
    /// <param name="splits">The votes, from a run or a dataset's own weak labels.</param>
    /// <param name="split">The scored split; it must have gold labels.</param>
    /// <param name="options">How to fit and score.</param>
    /// <param name="cancellationToken">Cancels the fit.</param>
    /// <exception cref="AlchemistException">The split has no gold labels, or the group column does not line up with the votes.</exception>
    internal static LabelModelEvaluation Score(VoteSplits splits, string split, EvaluateOptions options, CancellationToken cancellationToken)
    {
        var scored = splits.Get(split);
        if (!scored.HasGold) throw new AlchemistException($"Split '{scored.Name}' of {splits.Origin} has no gold labels to score against.");
        var fit = splits.FitSplit(options.FitSplit, scored.Name);
        var balance = options.ClassBalance.Resolve(splits, fit, scored.Name);
        var groups = options.GroupField is { } field ? Groups(scored, field, splits.Labels, cancellationToken) : null;
        return LabelModelEvaluation.Run(LabelModels.Create(options.LabelModel, options.Snorkel), fit.Votes, fit.Name, scored.Votes, scored.Gold!,
            scored.Name, splits.Labels.Count, balance, new TieBreakPolicy(options.TieBreak, options.Seed), options.PositiveClass, options.Seed,
            groups, cancellationToken);
    }

    /// <summary>The group of every row of <paramref name="split"/>: its data loaded again with the group column as the only field.</summary>
    private static string[] Groups(VoteSplit split, string field, LabelSet labels, CancellationToken ct)
    {
        var data = Data.DatasetLoader.Load(split.Source with { TextFields = [field] }, labels, ct);
        if (data.Count != split.Votes.Rows)
            throw new AlchemistException($"{data.Source}: {data.Count} rows with a '{field}' value but {split.Votes.Rows} label-matrix rows.");
        return data.Fields[0];
    }

    /// <summary>Reads a run's evaluation.</summary>
    public static EvaluationSummary Load(RunFolder run) => ArtifactJson.Load<EvaluationSummary>(PathOf(run));
}
