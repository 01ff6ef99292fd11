using Alchemist.Aggregation;
using Alchemist.Refinement;
using Alchemist.Tasks;

namespace Alchemist.Tests.Refinement;

public sealed class FallbackRankingTests
{
    // Rows 1 and 4 are uncovered; among the covered ones row 3 is least sure (0.55), then 0 (0.6), 5 (0.8), 2 (0.99).
    private static readonly Pseudolabels Labels = new(2,
        [0.6f, 0.4f, 0.5f, 0.5f, 0.01f, 0.99f, 0.45f, 0.55f, 0.5f, 0.5f, 0.8f, 0.2f],
        [true, false, true, true, false, true]);

    [Fact]
    public void Uncertain_sends_uncovered_rows_first_then_the_least_sure_covered_rows()
    {
        var ranked = FallbackRanking.Rank(Labels, FallbackRows.Uncertain, seed: 3);

        Assert.Equal(6, ranked.Length);
        Assert.Equal([1, 4], ranked[..2].Order().ToArray());
        Assert.Equal([3, 0, 5, 2], ranked[2..]);
        Assert.Equal(ranked, FallbackRanking.Rank(Labels, FallbackRows.Uncertain, seed: 3));
    }

    [Fact]
    public void Uncovered_sends_only_rows_no_program_voted_on_in_a_seeded_order()
    {
        var orders = Enumerable.Range(0, 20).Select(seed => string.Join(",", FallbackRanking.Rank(Labels, FallbackRows.Uncovered, seed))).ToArray();

        Assert.All(orders, o => Assert.True(o is "1,4" or "4,1", o));
        Assert.Equal(2, orders.Distinct().Count());
    }

    [Fact]
    public void The_curve_scores_each_share_and_stops_scoring_where_answers_are_pending()
    {
        // Ten rows; the label model says 0 everywhere; gold is 1 on rows 0-3. The LLM answers rows 0, 1 right; row 2 is pending.
        var labelModel = new int[10];
        var gold = new[] { 1, 1, 1, 1, 0, 0, 0, 0, 0, 0 };
        var judge = ((IReadOnlyList<int>)Enumerable.Range(0, 10).ToArray(), (IReadOnlyList<int>)gold, "gold");

        var curve = FallbackCurves.Build([0, 1, 2], [1, 1, RowAnswers.Pending], labelModel, judge, costPerRow: 0.5m);

        Assert.Equal([0, 1, 2, 3], curve.Points.Select(p => p.Rows));
        Assert.Equal(0.6, curve.Points[0].Accuracy!.Accuracy, 9);
        Assert.Equal(0.7, curve.Points[1].Accuracy!.Accuracy, 9);
        Assert.Equal(0.8, curve.Points[2].Accuracy!.Accuracy, 9);
        Assert.Null(curve.Points[3].Accuracy);
        Assert.Equal(1.5m, curve.Points[3].Cost);

        var answered = FallbackCurves.Build([0, 1, 2], [1, 1, 1], labelModel, judge, costPerRow: null);
        Assert.Equal(0.9, answered.Points[^1].Accuracy!.Accuracy, 9);
        Assert.Null(answered.Points[^1].Cost);
    }
}
