namespace Alchemist.Aggregation;

/// <summary>
/// The class balance the programs' votes suggest, with how far it can be trusted: the majority-vote share of each class
/// among covered rows with its sampling standard error, and the range the share on all rows can take, because the
/// uncovered rows may belong to any class. Low coverage makes that range wide, and a prior estimated from votes then
/// decides every uncovered row.
/// </summary>
/// <param name="Split">The split whose votes were counted.</param>
/// <param name="Rows">Rows of that split.</param>
/// <param name="Coverage">Share of rows with at least one vote.</param>
/// <param name="Share">Per class, its share of the covered rows' majority votes (a tie is shared among the tied classes).</param>
/// <param name="StandardError">Per class, the sampling standard error of <paramref name="Share"/>.</param>
/// <param name="Lower">Per class, the smallest share on all rows consistent with the votes (no uncovered row is of that class).</param>
/// <param name="Upper">Per class, the largest (every uncovered row is of that class).</param>
public sealed record VoteBalanceEstimate(
    string Split,
    int Rows,
    double Coverage,
    IReadOnlyList<double> Share,
    IReadOnlyList<double> StandardError,
    IReadOnlyList<double> Lower,
    IReadOnlyList<double> Upper)
{
    /// <summary>Below this coverage the estimate is flagged: a fifth or more of the rows only get the prior.</summary>
    public const double LowCoverageThreshold = 0.8;

    /// <summary>True when so few rows are covered that the class balance on all rows is poorly known.</summary>
    public bool LowCoverage => Coverage < LowCoverageThreshold;

    /// <summary>Counts the majority votes of <paramref name="votes"/>.</summary>
    public static VoteBalanceEstimate From(LabelMatrix votes, int classes, string split)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var counts = VotePatterns.Count(votes, CancellationToken.None).MajorityVoteCounts(classes, out var covered);
        var coverage = votes.Rows == 0 ? 0 : covered / (double)votes.Rows;
        var share = counts.Select(c => covered == 0 ? 0 : c / covered).ToArray();
        var error = share.Select(p => covered == 0 ? double.NaN : Math.Sqrt(p * (1 - p) / covered)).ToArray();
        return new VoteBalanceEstimate(split, votes.Rows, coverage, share, error,
            share.Select(p => p * coverage).ToArray(), share.Select(p => p * coverage + (1 - coverage)).ToArray());
    }
}
