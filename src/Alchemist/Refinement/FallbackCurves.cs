using Alchemist.Evaluation;

namespace Alchemist.Refinement;

/// <summary>
/// Builds <see cref="FallbackCurve"/>: for each share of rows sent (0%, 1%, 2%, 5%, 10%, 20%, 30%, 50%, 100%, up to
/// the share actually sent, which is always a point), the labels a run would deliver (the LLM's answer on the first
/// rows of the ranking, the label model's elsewhere) scored on the judge's rows. One fallback run gives the whole curve,
/// so a user picks the point without paying for each.
/// </summary>
internal static class FallbackCurves
{
    /// <summary>The shares drawn below the one sent.</summary>
    public static IReadOnlyList<double> Shares { get; } = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1];

    /// <summary>The curve.</summary>
    /// <param name="sent">The rows sent, in ranking order.</param>
    /// <param name="answers">The LLM's class per sent row (negative: none, see <see cref="RowAnswers"/>).</param>
    /// <param name="labelModel">The label model's class for every row of the split.</param>
    /// <param name="judge">The rows and labels scored against, and their name; null when nothing judges.</param>
    /// <param name="costPerRow">Dollars per row sent; null when unknown.</param>
    public static FallbackCurve Build(IReadOnlyList<int> sent, IReadOnlyList<int> answers, IReadOnlyList<int> labelModel,
        (IReadOnlyList<int> Rows, IReadOnlyList<int> Labels, string Name)? judge, decimal? costPerRow)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(labelModel);
        var n = labelModel.Count;
        var counts = Shares.Select(s => (int)Math.Ceiling(s * n)).Where(k => k < sent.Count).Append(sent.Count).Distinct().ToArray();
        var labels = labelModel.ToArray();
        var points = new List<FallbackPoint>();
        var applied = 0;
        var pending = false;
        foreach (var k in counts)
        {
            for (; applied < k; applied++)
            {
                if (answers[applied] == RowAnswers.Pending) pending = true;
                else if (answers[applied] >= 0) labels[sent[applied]] = answers[applied];
            }
            var accuracy = judge is { } j && !pending ? AccuracyEstimate.Of(j.Rows, j.Labels, labels) : null;
            points.Add(new FallbackPoint(n == 0 ? 0 : (double)k / n, k, accuracy, costPerRow * k));
        }
        return new FallbackCurve(judge?.Name, points);
    }
}
