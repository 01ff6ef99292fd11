using Alchemist.Aggregation;

namespace Alchemist.Evaluation;

/// <summary>A label model scored on one split: what was fitted where, which prior came from where, and the scores.</summary>
/// <param name="LabelModel">The requested model name (e.g. auto).</param>
/// <param name="ChosenLabelModel">The concrete model that produced the answers (differs from the request only for auto).</param>
/// <param name="FitSplit">The split whose votes (never gold labels) the model was fitted on.</param>
/// <param name="EvalSplit">The split whose gold labels scored the answers.</param>
/// <param name="ClassBalance">The prior used, with its source (and, for dev_gold, the split counted).</param>
/// <param name="TieBreak">How ties and uncovered rows became answers.</param>
/// <param name="All">Scores on every row of the evaluation split (uncovered rows get the tie-break answer).</param>
/// <param name="Covered">Scores on the rows where at least one program voted.</param>
/// <param name="ProgramAccuracies">The model's estimated program accuracies (no gold labels used); null for mv.</param>
/// <param name="AutoScores">For auto: each candidate's held-out agreement on the fit split.</param>
/// <param name="Groups">Average, worst-group accuracy and gap over the evaluation split's groups, when groups were given.</param>
internal sealed record LabelModelEvaluation(
    string LabelModel,
    string ChosenLabelModel,
    string FitSplit,
    string EvalSplit,
    ClassBalance ClassBalance,
    TieBreakPolicy TieBreak,
    ClassificationScores All,
    ClassificationScores Covered,
    IReadOnlyList<double>? ProgramAccuracies,
    IReadOnlyDictionary<string, double>? AutoScores,
    GroupScores? Groups = null)
{
    /// <summary>
    /// Fits <paramref name="trainer"/> on <paramref name="fitVotes"/>, answers every row of <paramref name="evalVotes"/>
    /// and scores the answers against <paramref name="gold"/> on all rows and on covered rows (and per group when
    /// <paramref name="groups"/>, one per evaluation row, are given).
    /// </summary>
    /// <remarks>Gold labels are read only to score: no choice (of model, prior or settings) looks at them.</remarks>
    public static LabelModelEvaluation Run(LabelModelTrainer trainer, LabelMatrix fitVotes, string fitSplit, LabelMatrix evalVotes, int[] gold,
        string evalSplit, int classes, ClassBalance? classBalance, TieBreakPolicy tieBreak, int positiveClass, int seed,
        IReadOnlyList<string>? groups = null, CancellationToken cancellationToken = default)
    {
        if (gold.Length != evalVotes.Rows)
            throw new AlchemistException($"Split '{evalSplit}' has {gold.Length} gold labels but {evalVotes.Rows} label-matrix rows.");
        var model = trainer.Fit(fitVotes, classes, classBalance, seed, cancellationToken);
        var probabilities = model.PredictProba(evalVotes, cancellationToken);
        var answers = tieBreak.Decide(probabilities, model.ClassBalance.Prior);
        var coveredRows = Enumerable.Range(0, evalVotes.Rows).Where(r => probabilities.Covered[r]).ToArray();
        return new LabelModelEvaluation(
            trainer.Name,
            model.Name,
            fitSplit,
            evalSplit,
            model.ClassBalance,
            tieBreak,
            Metrics.Score(gold, answers, probabilities, null, positiveClass),
            Metrics.Score(gold, answers, probabilities, coveredRows, positiveClass),
            model.ProgramAccuracies,
            model.SelectedBy,
            groups is null ? null : GroupScores.Compute(gold, answers, groups));
    }
}
