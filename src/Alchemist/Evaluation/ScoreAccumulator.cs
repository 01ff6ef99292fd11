namespace Alchemist.Evaluation;

/// <summary>
/// The counts behind <see cref="ClassificationScores"/>, added row by row: a stream of rows (<c>alchemist predict</c>
/// over a file read in chunks) is scored without keeping its rows, and <see cref="Metrics.Score"/> is this over a list.
/// </summary>
internal sealed class ScoreAccumulator
{
    private readonly int _classes;
    private readonly int _positiveClass;
    private readonly int[][] _confusion;
    private readonly int[] _binCount = new int[Metrics.CalibrationBins];
    private readonly int[] _binCorrect = new int[Metrics.CalibrationBins];
    private readonly double[] _binConfidence = new double[Metrics.CalibrationBins];
    private int _n, _correct, _covered, _abstained;
    private double _brier;

    /// <summary>Counts for <paramref name="classes"/> classes; <paramref name="positiveClass"/> is binary F1's class.</summary>
    /// <exception cref="ArgumentException">Two classes and a positive class that is not 0 or 1.</exception>
    public ScoreAccumulator(int classes, int positiveClass = 1)
    {
        if (classes == 2 && positiveClass is < 0 or > 1) throw new ArgumentException($"Positive class {positiveClass} is not 0 or 1.", nameof(positiveClass));
        _classes = classes;
        _positiveClass = positiveClass;
        _confusion = new int[classes][];
        for (var y = 0; y < classes; y++) _confusion[y] = new int[classes + 1];
    }

    /// <summary>Adds one row; a row whose gold label is unknown (-1) is not scored.</summary>
    /// <param name="gold">Gold class (-1 = unknown).</param>
    /// <param name="answer">Answer (-1 = abstained).</param>
    /// <param name="probabilities">The row's class probabilities.</param>
    /// <param name="covered">Whether a program voted on the row.</param>
    /// <exception cref="ArgumentException">The gold label is outside the classes.</exception>
    public void Add(int gold, int answer, ReadOnlySpan<float> probabilities, bool covered)
    {
        if (gold < 0) return;
        if (gold >= _classes) throw new ArgumentException($"Gold label {gold} is outside the {_classes} classes.", nameof(gold));
        _n++;
        if (answer == gold) _correct++;
        if (answer < 0) _abstained++;
        if (covered) _covered++;
        _confusion[gold][answer < 0 ? _classes : answer]++;
        var confidence = 0f;
        for (var y = 0; y < _classes; y++)
        {
            var error = probabilities[y] - (y == gold ? 1.0 : 0.0);
            _brier += error * error;
            confidence = Math.Max(confidence, probabilities[y]);
        }
        var bin = Math.Min(Metrics.CalibrationBins - 1, (int)(confidence * Metrics.CalibrationBins));
        _binCount[bin]++;
        _binConfidence[bin] += confidence;
        if (answer == gold) _binCorrect[bin]++;
    }

    /// <summary>The scores of the rows added so far.</summary>
    public ClassificationScores Finish()
    {
        var (k, n, confusion, positiveClass) = (_classes, _n, _confusion.Select(row => row.ToArray()).ToArray(), _positiveClass);
        var (binCount, binCorrect, binConfidence) = (_binCount, _binCorrect, _binConfidence);
        var (correct, covered, abstained, brier) = (_correct, _covered, _abstained, _brier);
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
        for (var b = 0; b < Metrics.CalibrationBins; b++)
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
