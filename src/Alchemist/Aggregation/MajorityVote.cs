using Alchemist.Labeling;

namespace Alchemist.Aggregation;

/// <summary>
/// Majority vote: each row's probabilities are the share of votes per class (uniform when nobody votes, as in
/// WRENCH). Nothing is learned; the class balance only serves the <see cref="TieBreakKind.Prior"/> tie-break.
/// </summary>
public sealed class MajorityVote : ILabelModel
{
    private VoteTable? _table;
    private ClassBalance? _balance;
    private IReadOnlyList<string> _programs = [];

    /// <inheritdoc />
    public string Name => "mv";

    /// <inheritdoc />
    public int Classes => _table?.Outputs ?? 0;

    /// <inheritdoc />
    public ClassBalance ClassBalance => _balance ?? throw new InvalidOperationException("Majority vote is not fitted.");

    /// <inheritdoc />
    public IReadOnlyList<double>? ProgramAccuracies => null;

    /// <inheritdoc />
    public void Fit(LabelMatrix votes, int classes, ClassBalance? classBalance = null, int seed = 0, CancellationToken cancellationToken = default)
    {
        LabelModelInput.Validate(votes, classes);
        _balance = classBalance ?? ClassBalance.EstimateFromVotes(votes, classes);
        _programs = votes.ProgramNames;
        _table = Indicators(votes.Columns, classes);
    }

    /// <inheritdoc />
    public Pseudolabels PredictProba(LabelMatrix votes, CancellationToken cancellationToken = default)
    {
        LabelModelInput.CheckSameShape(votes, _table?.Programs ?? 0, Classes, Name);
        return _table!.Predict(votes, cancellationToken);
    }

    /// <inheritdoc />
    public LabelModelState Export() => new(LabelModelState.FormatName, LabelModelState.CurrentVersion, Name, Classes, _programs,
        ClassBalance.Prior, ClassBalance.SourceName, null, new Dictionary<string, double>(), new Dictionary<string, double[]>());

    internal static MajorityVote FromState(LabelModelState state) => new()
    {
        _balance = state.Balance(),
        _programs = state.Programs,
        _table = Indicators(state.Programs.Count, state.Classes),
    };

    /// <summary>The vote-share table: a vote for v adds 1 to v's score; scores are normalised, not soft-maxed.</summary>
    internal static VoteTable Indicators(int programs, int classes)
    {
        var weights = new float[programs * (classes + 1) * classes];
        for (var j = 0; j < programs; j++)
            for (var v = 0; v < classes; v++) weights[(j * (classes + 1) + v + 1) * classes + v] = 1;
        return new VoteTable(programs, classes, classes, weights, new float[classes], softmax: false);
    }
}
