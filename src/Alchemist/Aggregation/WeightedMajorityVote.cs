namespace Alchemist.Aggregation;

/// <summary>
/// Weighted majority vote: a vote for class y adds w_j = log((k−1)·a_j / (1−a_j)) to y's score, and the scores plus
/// the log prior are soft-maxed — the Bayes posterior when each program is right with probability a_j and spreads
/// its errors evenly over the other classes (the "one-coin" model).
/// </summary>
/// <remarks>
/// Accuracies are estimated without gold labels from agreements alone. Under that model two programs that both vote
/// agree with probability A_ij = a_i·a_j + (1−a_i)(1−a_j)/(k−1), so s_ij = (k·A_ij − 1)/(k − 1) factorises as
/// s_i·s_j with s_i = (k·a_i − 1)/(k − 1), and the triplet method (<see cref="TripletEstimator"/>) recovers |s_i|.
/// A program without a usable triplet (fewer than 3 programs, or too little overlap) gets
/// <see cref="FallbackAccuracy"/>. Accuracies are clamped to [1/k, 0.99] so that weights are finite and never negative.
/// </remarks>
internal sealed class WeightedMajorityVote : LabelModelTrainer
{
    /// <summary>The accuracy assumed for a program whose accuracy cannot be estimated (Snorkel's precision prior).</summary>
    public const double FallbackAccuracy = 0.7;

    private const double MaximumAccuracy = 0.99;

    /// <inheritdoc />
    public override LabelModelKind Kind => LabelModelKind.WeightedMajorityVote;

    /// <remarks>Parameter <c>accuracies</c>: one per program.</remarks>
    private protected override FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken)
    {
        var accuracies = EstimateAccuracies(statistics.Overlap);
        return Fitted(statistics, balance, accuracies, new Dictionary<string, double> { ["fallback_accuracy"] = FallbackAccuracy },
            new Dictionary<string, double[]> { ["accuracies"] = accuracies });
    }

    internal static VoteTable Posterior(LabelModelState state) =>
        Table(state.Parameter("accuracies", state.Programs.Count), state.Classes, state.ClassBalance);

    /// <summary>One-coin accuracies from agreement rates by the triplet method (see the class remarks).</summary>
    internal static double[] EstimateAccuracies(OverlapCounts counts)
    {
        var m = counts.Programs;
        var k = counts.Classes;
        var moments = new double[m * m];
        var overlap = new long[m * m];
        for (var i = 0; i < m; i++)
            for (var j = 0; j < m; j++)
            {
                if (i == j) continue;
                var both = overlap[i * m + j] = counts.BothVote(i, j);
                if (both > 0) moments[i * m + j] = (k * (double)counts.Agree(i, j) / both - 1) / (k - 1);
            }
        var s = TripletEstimator.Estimate(moments, overlap, m);
        return s.Select(si => si is null
            ? FallbackAccuracy
            : Math.Clamp((1 + (k - 1) * si.Value) / k, 1.0 / k, MaximumAccuracy)).ToArray();
    }

    private static VoteTable Table(double[] accuracies, int classes, IReadOnlyList<double> prior)
    {
        var m = accuracies.Length;
        var weights = new float[m * (classes + 1) * classes];
        for (var j = 0; j < m; j++)
        {
            var w = (float)Math.Log((classes - 1) * accuracies[j] / (1 - accuracies[j]));
            for (var v = 0; v < classes; v++) weights[(j * (classes + 1) + v + 1) * classes + v] = w;
        }
        return new VoteTable(m, classes, classes, weights, prior.Select(p => (float)Math.Log(p)).ToArray(), softmax: true);
    }
}
