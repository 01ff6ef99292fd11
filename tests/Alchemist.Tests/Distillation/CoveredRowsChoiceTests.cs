using Alchemist.Aggregation;
using Alchemist.Distillation;

namespace Alchemist.Tests.Distillation;

public sealed class CoveredRowsChoiceTests
{
    /// <summary>Judge rows: the first <paramref name="covered"/> covered; the label model right on <paramref name="lmRight"/> of
    /// them, the end model on <paramref name="emRight"/>; the uncovered rows answered wrong by the label model, right by the end model.</summary>
    private static (int[] Gold, int[] Lm, bool[] Covered, int[] Em) Rows(int covered, int lmRight, int emRight, int uncovered = 20)
    {
        var n = covered + uncovered;
        var gold = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        var lm = gold.Select((g, i) => i < covered ? (i < lmRight ? g : 1 - g) : 1 - g).ToArray();
        var em = gold.Select((g, i) => i < covered ? (i < emRight ? g : 1 - g) : g).ToArray();
        return (gold, lm, Enumerable.Range(0, n).Select(i => i < covered).ToArray(), em);
    }

    [Fact]
    public void Keeps_the_label_model_on_covered_rows_only_when_it_is_strictly_more_accurate_there()
    {
        var (gold, lm, covered, em) = Rows(covered: 40, lmRight: 36, emRight: 32);
        var (answer, note) = CoveredRowsChoice.Decide(gold, lm, covered, em, "the judge");
        Assert.Equal(CoveredRowsAnswer.LabelModel, answer);
        // Uncovered rows (where the end model is right and the label model wrong) do not count.
        Assert.Contains("accuracy 0.900 label model, 0.800 end model on the 40 covered rows of the judge", note);

        (gold, lm, covered, em) = Rows(covered: 40, lmRight: 32, emRight: 32);
        Assert.Equal(CoveredRowsAnswer.EndModel, CoveredRowsChoice.Decide(gold, lm, covered, em, "the judge").Answer);
        (gold, lm, covered, em) = Rows(covered: 40, lmRight: 30, emRight: 35);
        Assert.Equal(CoveredRowsAnswer.EndModel, CoveredRowsChoice.Decide(gold, lm, covered, em, "the judge").Answer);
    }

    [Fact]
    public void Keeps_the_end_model_when_too_few_judge_rows_are_covered()
    {
        var (gold, lm, covered, em) = Rows(covered: ReferenceLabels.MinRows - 1, lmRight: ReferenceLabels.MinRows - 1, emRight: 0);
        var (answer, note) = CoveredRowsChoice.Decide(gold, lm, covered, em, "the judge");
        Assert.Equal(CoveredRowsAnswer.EndModel, answer);
        Assert.Contains($"only {ReferenceLabels.MinRows - 1} of the judge are covered", note);
    }

    [Fact]
    public void Hands_out_the_label_models_answer_and_distribution_where_covered_and_the_end_models_elsewhere()
    {
        var labelModel = new Pseudolabels(2, [0.9f, 0.1f, 0.5f, 0.5f, 0.2f, 0.8f], [true, false, true]);
        var endModel = new Pseudolabels(2, [0.3f, 0.7f, 0.6f, 0.4f, 0.4f, 0.6f], [true, true, true]);
        var (answers, probabilities) = FinalAnswers.Combine(labelModel, [0, 0, 1], endModel, [1, 0, 1]);
        Assert.Equal([0, 0, 1], answers);
        Assert.Equal([0.9f, 0.1f, 0.6f, 0.4f, 0.2f, 0.8f], probabilities.Probabilities);
        Assert.All(probabilities.Covered, Assert.True);
        Assert.Throws<AlchemistException>(() => FinalAnswers.Combine(labelModel, [0, 0], endModel, [1, 0, 1]));
    }
}
