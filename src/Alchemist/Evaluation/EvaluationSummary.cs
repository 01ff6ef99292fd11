using Alchemist.Aggregation;

namespace Alchemist.Evaluation;

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
/// <param name="FinalScores">The labels the run hands out where they differ from the end model's: the label model's answer on
/// rows a program votes on, the end model's elsewhere, on each split with gold labels; null when the end model answers
/// every row (it was as accurate as the label model on the judge's covered rows, or nothing judged).</param>
public sealed record EvaluationSummary(
    string LabelModel,
    ClassBalance ClassBalance,
    IReadOnlyDictionary<string, ClassificationScores> LabelModelScores,
    IReadOnlyDictionary<string, ClassificationScores> EndModelScores,
    string? ComparisonSplit,
    IReadOnlyList<LabelModelComparison> Comparison,
    VoteBalanceEstimate? VoteBalance = null,
    IReadOnlyDictionary<string, ClassificationScores>? FinalScores = null);
