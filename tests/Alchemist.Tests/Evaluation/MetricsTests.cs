using Alchemist.Aggregation;
using Alchemist.Evaluation;

namespace Alchemist.Tests.Evaluation;

public class MetricsTests
{
    [Fact]
    public void Binary_scores_match_a_hand_computation()
    {
        // gold:    1 1 1 0 0 0
        // answer:  1 1 0 1 0 0  → TP 2, FN 1, FP 1, TN 2
        int[] gold = [1, 1, 1, 0, 0, 0];
        int[] answers = [1, 1, 0, 1, 0, 0];
        var probabilities = new Pseudolabels(2, [0.2f, 0.8f, 0.4f, 0.6f, 0.6f, 0.4f, 0.1f, 0.9f, 1f, 0f, 0.5f, 0.5f], [true, true, true, true, true, false]);
        var s = Metrics.Score(gold, answers, probabilities);
        Assert.Equal(6, s.N);
        Assert.Equal(4.0 / 6, s.Accuracy, 12);
        Assert.Equal(2.0 * 2 / (2 * 2 + 1 + 1), s.F1Binary!.Value, 12);     // positive class 1: 4/6
        Assert.Equal((2.0 / 3 + 2.0 / 3) / 2, s.F1Macro, 12);             // class 0: 2·2/(2·2+1+1)
        Assert.Equal(5.0 / 6, s.Coverage, 12);
        // Brier: Σ over rows of (p0 − [g=0])² + (p1 − [g=1])²
        var brier = (0.08 + 0.32 + 0.72 + 1.62 + 0 + 0.5) / 6;
        Assert.Equal(brier, s.Brier, 6);
        Assert.Equal([[2, 1, 0], [1, 2, 0]], s.ConfusionMatrix);
        var negative = Metrics.Score(gold, answers, probabilities, positiveClass: 0);
        Assert.Equal(2.0 / 3, negative.F1Binary!.Value, 12);
    }

    [Fact]
    public void Expected_calibration_error_matches_a_hand_computation()
    {
        // Two rows at confidence 0.9 (one right) and two at 0.6 (both right):
        // bins 9 and 6: |0.5 − 0.9|·2/4 + |1 − 0.6|·2/4 = 0.4
        int[] gold = [0, 1, 0, 0];
        int[] answers = [0, 0, 0, 0];
        var probabilities = new Pseudolabels(2, [0.9f, 0.1f, 0.9f, 0.1f, 0.6f, 0.4f, 0.6f, 0.4f], [true, true, true, true]);
        Assert.Equal(0.4, Metrics.Score(gold, answers, probabilities).Ece, 6);
    }

    [Fact]
    public void Multi_class_macro_and_weighted_f1_and_abstentions()
    {
        // gold 0 0 1 2, answers 0 −1 1 1: class 0 F1 = 2/3, class 1 = 2/3, class 2 = 0.
        int[] gold = [0, 0, 1, 2];
        int[] answers = [0, -1, 1, 1];
        var probabilities = new Pseudolabels(3, Enumerable.Repeat(1f / 3, 12).ToArray(), [true, false, true, true]);
        var s = Metrics.Score(gold, answers, probabilities);
        Assert.Null(s.F1Binary);
        Assert.Equal(0.5, s.Accuracy, 12);
        Assert.Equal(1, s.Abstained);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 0) / 3, s.F1Macro, 12);
        Assert.Equal((2.0 / 3 * 2 + 2.0 / 3 * 1 + 0) / 4, s.F1Weighted, 12);
        Assert.Equal(1, s.ConfusionMatrix[0][3]);
    }

    [Fact]
    public void Rows_without_gold_and_row_subsets_are_respected()
    {
        int[] gold = [1, -1, 0, 1];
        int[] answers = [1, 0, 1, 1];
        var probabilities = new Pseudolabels(2, [0, 1, 1, 0, 0, 1, 0, 1], [true, true, false, true]);
        Assert.Equal(3, Metrics.Score(gold, answers, probabilities).N);
        var covered = Metrics.Score(gold, answers, probabilities, [0, 1, 3]);
        Assert.Equal(2, covered.N);
        Assert.Equal(1.0, covered.Accuracy);
    }
}
