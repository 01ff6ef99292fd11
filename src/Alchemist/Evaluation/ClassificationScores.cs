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
        var k = probabilities.Classes;
        if (k == 2 && positiveClass is < 0 or > 1) throw new ArgumentException($"Positive class {positiveClass} is not 0 or 1.", nameof(positiveClass));
        var confusion = new int[k][];
        for (var y = 0; y < k; y++) confusion[y] = new int[k + 1];
        var binCount = new int[CalibrationBins];
        var binCorrect = new int[CalibrationBins];
        var binConfidence = new double[CalibrationBins];
        int n = 0, correct = 0, covered = 0, abstained = 0;
        var brier = 0.0;
        foreach (var r in rows ?? Enumerable.Range(0, gold.Count))
        {
            var g = gold[r];
            if (g < 0) continue;
            if (g >= k) throw new ArgumentException($"Gold label {g} at row {r} is outside the {k} classes.", nameof(gold));
            var answer = answers[r];
            n++;
            if (answer == g) correct++;
            if (answer < 0) abstained++;
            if (probabilities.Covered[r]) covered++;
            confusion[g][answer < 0 ? k : answer]++;
            var p = probabilities.Row(r);
            var confidence = 0f;
            for (var y = 0; y < k; y++)
            {
                var error = p[y] - (y == g ? 1.0 : 0.0);
                brier += error * error;
                confidence = Math.Max(confidence, p[y]);
            }
            var bin = Math.Min(CalibrationBins - 1, (int)(confidence * CalibrationBins));
            binCount[bin]++;
            binConfidence[bin] += confidence;
            if (answer == g) binCorrect[bin]++;
        }
        if (n == 0) return new ClassificationScores(0, 0, k == 2 ? 0 : null, k == 2 ? positiveClass : null, 0, 0, 0, 0, 0, 0, confusion);

        var f1 = new double[k];
        var present = new bool[k];
        var support = new int[k];
        for (var y = 0; y < k; y++)
        {
            var truePositives = confusion[y][y];
            var goldCount = confusion[y].Sum();
            var answerCount = 0;
            for (var g = 0; g < k; g++) answerCount += confusion[g][y];
            support[y] = goldCount;
            present[y] = goldCount > 0 || answerCount > 0;
            f1[y] = goldCount + answerCount == 0 ? 0 : 2.0 * truePositives / (goldCount + answerCount);
        }
        var ece = 0.0;
        for (var b = 0; b < CalibrationBins; b++)
            if (binCount[b] > 0) ece += Math.Abs((double)binCorrect[b] / binCount[b] - binConfidence[b] / binCount[b]) * binCount[b] / n;
        var presentCount = present.Count(x => x);
        return new ClassificationScores(
            n,
            (double)correct / n,
            k == 2 ? f1[positiveClass] : null,
            k == 2 ? positiveClass : null,
            presentCount == 0 ? 0 : Enumerable.Range(0, k).Where(y => present[y]).Sum(y => f1[y]) / presentCount,
            Enumerable.Range(0, k).Sum(y => f1[y] * support[y]) / n,
            (double)covered / n,
            abstained,
            brier / n,
            ece,
            confusion);
    }
}
