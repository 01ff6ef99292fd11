namespace Alchemist.Aggregation;

/// <summary>
/// Majority vote: each row's probabilities are the share of votes per class (uniform when nobody votes, as in
/// WRENCH). Nothing is learned; the class balance only serves the <see cref="TieBreakKind.Prior"/> tie-break.
/// </summary>
internal sealed class MajorityVote : LabelModelTrainer
{
    /// <inheritdoc />
    public override LabelModelKind Kind => LabelModelKind.MajorityVote;

    private protected override FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken) =>
        Fitted(statistics, balance, null, new Dictionary<string, double>(), new Dictionary<string, double[]>());

    internal static VoteTable Posterior(LabelModelState state) => Indicators(state.Programs.Count, state.Classes);

    /// <summary>The vote-share table: a vote for v adds 1 to v's score; scores are normalised, not soft-maxed.</summary>
    internal static VoteTable Indicators(int programs, int classes)
    {
        var weights = new float[programs * (classes + 1) * classes];
        for (var j = 0; j < programs; j++)
            for (var v = 0; v < classes; v++) weights[(j * (classes + 1) + v + 1) * classes + v] = 1;
        return new VoteTable(programs, classes, classes, weights, new float[classes], softmax: false);
    }
}
