using Alchemist.Aggregation;

namespace Alchemist.Distillation;

/// <summary>
/// Decides <see cref="CoveredRowsAnswer"/>: the end model must not lose to its teacher, so where the label model answers
/// the judge's covered rows more accurately than the end model (the end model smooths its targets, and on some tasks
/// that costs it the teacher's sharper keyword answers), the label model's answer is kept on every row a program votes on.
/// </summary>
internal static class CoveredRowsChoice
{
    /// <summary>
    /// Compares the two on the judge rows a program voted on. The label model is kept only when it is strictly more accurate on at
    /// least <see cref="ReferenceLabels.MinRows"/> such rows; ties and thin evidence keep the end model.
    /// </summary>
    /// <param name="judgeLabels">Trusted labels of the judge rows.</param>
    /// <param name="labelModel">The label model's answer on each judge row.</param>
    /// <param name="covered">Whether a program voted on each judge row.</param>
    /// <param name="endModel">The end model's answer on each judge row.</param>
    /// <param name="judgeName">What the judge is, for the note.</param>
    public static (CoveredRowsAnswer Answer, string Note) Decide(int[] judgeLabels, int[] labelModel, bool[] covered, int[] endModel, string judgeName)
    {
        int n = 0, lm = 0, em = 0;
        for (var i = 0; i < judgeLabels.Length; i++)
        {
            if (!covered[i]) continue;
            n++;
            if (labelModel[i] == judgeLabels[i]) lm++;
            if (endModel[i] == judgeLabels[i]) em++;
        }
        if (n < ReferenceLabels.MinRows)
            return (CoveredRowsAnswer.EndModel, $"covered rows: the end model's answer (only {n} of {judgeName} are covered, {ReferenceLabels.MinRows} needed to compare it with the label model)");
        var (a, b) = ((double)lm / n, (double)em / n);
        var keep = a > b ? CoveredRowsAnswer.LabelModel : CoveredRowsAnswer.EndModel;
        return (keep, FormattableString.Invariant(
            $"covered rows: accuracy {a:0.000} label model, {b:0.000} end model on the {n} covered rows of {judgeName}; kept the {(keep == CoveredRowsAnswer.LabelModel ? "label model's answer where a program votes" : "end model's answer")}"));
    }
}
