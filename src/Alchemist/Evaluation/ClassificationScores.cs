using Alchemist.Aggregation;

namespace Alchemist.Evaluation;

/// <summary>Scores of answers and probabilities against gold labels, on one set of rows.</summary>
/// <param name="N">Rows scored (rows whose gold label is unknown are never scored).</param>
/// <param name="Accuracy">Fraction of rows answered correctly (an abstention is wrong).</param>
/// <param name="F1Binary">F1 of the positive class; null unless there are exactly 2 classes.</param>
/// <param name="PositiveClass">The class <paramref name="F1Binary"/> is about; null unless 2 classes.</param>
/// <param name="F1Macro">Unweighted mean F1 over the classes present in gold or answers (as scikit-learn).</param>
/// <param name="F1Weighted">F1 per class weighted by its gold support.</param>
/// <param name="Coverage">Fraction of rows on which at least one program voted.</param>
/// <param name="Abstained">Rows answered -1 (only under the abstain tie-break).</param>
/// <param name="Brier">Mean over rows of Σ_y (p_y − [y = gold])²; 0 is perfect, 2 the worst.</param>
/// <param name="Ece">Expected calibration error: confidence (max p) in <see cref="Metrics.CalibrationBins"/> equal-width bins,
/// Σ_bins |accuracy − mean confidence| · share of rows.</param>
/// <param name="ConfusionMatrix">Gold class (rows) × answer (columns 0..k−1, then a last column for abstentions).</param>
public sealed record ClassificationScores(
    int N,
    double Accuracy,
    double? F1Binary,
    int? PositiveClass,
    double F1Macro,
    double F1Weighted,
    double Coverage,
    int Abstained,
    double Brier,
    double Ece,
    int[][] ConfusionMatrix);

/// <summary>The metrics of label-model evaluation.</summary>
internal static class Metrics
{
    /// <summary>Bins of the expected calibration error.</summary>
    public const int CalibrationBins = 10;

    /// <summary>Scores the given rows.</summary>
    /// <param name="gold">Gold class per row (-1 = unknown: skipped).</param>
    /// <param name="answers">Answer per row (-1 = abstained).</param>
    /// <param name="probabilities">The probabilities behind the answers (and per-row coverage).</param>
    /// <param name="rows">Which rows to score; null scores all.</param>
    /// <param name="positiveClass">Positive class for binary F1.</param>
    /// <exception cref="ArgumentException">Lengths disagree, or a gold label is outside the classes.</exception>
    public static ClassificationScores Score(IReadOnlyList<int> gold, IReadOnlyList<int> answers, Pseudolabels probabilities,
        IReadOnlyList<int>? rows = null, int positiveClass = 1)
    {
        if (gold.Count != answers.Count || gold.Count != probabilities.Rows)
            throw new ArgumentException($"Gold ({gold.Count}), answers ({answers.Count}) and probabilities ({probabilities.Rows}) differ in length.");
        var accumulator = new ScoreAccumulator(probabilities.Classes, positiveClass);
        foreach (var r in rows ?? Enumerable.Range(0, gold.Count))
        {
            if (gold[r] >= probabilities.Classes) throw new ArgumentException($"Gold label {gold[r]} at row {r} is outside the {probabilities.Classes} classes.", nameof(gold));
            accumulator.Add(gold[r], answers[r], probabilities.Row(r), probabilities.Covered[r]);
        }
        return accumulator.Finish();
    }
}

