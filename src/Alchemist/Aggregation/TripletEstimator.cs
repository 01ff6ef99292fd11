namespace Alchemist.Aggregation;

/// <summary>
/// The triplet method (Fu et al., FlyingSquid): when programs are conditionally independent given Y, a pairwise
/// moment factorises as M_ij = a_i · a_j, so |a_i| = sqrt(|M_ij · M_il / M_jl|) for any two other programs j, l.
/// We take the median over every usable pair (j, l) rather than one triplet per program: it costs O(m³) on an
/// m × m matrix (nothing per row) and one unlucky triplet can no longer ruin an estimate.
/// </summary>
internal static class TripletEstimator
{
    /// <summary>Pairs that overlap on fewer rows than this carry too little information to use.</summary>
    public const long MinimumOverlap = 10;

    /// <summary>A denominator |M_jl| below this would blow the ratio up; such pairs are skipped.</summary>
    public const double MinimumMoment = 1e-3;

    /// <summary>
    /// Estimates |a_i| per program from the symmetric moments; null where no usable triplet exists.
    /// </summary>
    /// <param name="moments">m × m moments M_ij (diagonal unused).</param>
    /// <param name="overlap">m × m rows on which both programs vote (the moment's support).</param>
    /// <param name="programs">m.</param>
    public static double?[] Estimate(double[] moments, long[] overlap, int programs)
    {
        var estimates = new double?[programs];
        var candidates = new List<double>();
        for (var i = 0; i < programs; i++)
        {
            candidates.Clear();
            for (var j = 0; j < programs; j++)
            {
                if (j == i || overlap[i * programs + j] < MinimumOverlap) continue;
                for (var l = j + 1; l < programs; l++)
                {
                    if (l == i || overlap[i * programs + l] < MinimumOverlap || overlap[j * programs + l] < MinimumOverlap) continue;
                    var denominator = moments[j * programs + l];
                    if (Math.Abs(denominator) < MinimumMoment) continue;
                    candidates.Add(Math.Sqrt(Math.Abs(moments[i * programs + j] * moments[i * programs + l] / denominator)));
                }
            }
            if (candidates.Count == 0) continue;
            candidates.Sort();
            var mid = candidates.Count / 2;
            estimates[i] = candidates.Count % 2 == 1 ? candidates[mid] : (candidates[mid - 1] + candidates[mid]) / 2;
        }
        return estimates;
    }
}
