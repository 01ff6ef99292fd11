namespace Alchemist.Aggregation;

/// <summary>
/// A fitted label model: what a <see cref="LabelModelTrainer"/> learned (or <see cref="LabelModelFile"/> read), turning
/// each row's votes into class probabilities. Immutable: prediction is a pure function of the saved parameters.
/// </summary>
public sealed class FittedLabelModel
{
    private readonly LabelModelState _state;
    private readonly IVotePosterior _posterior;

    private FittedLabelModel(LabelModelState state, LabelModelKind kind, ClassBalance balance, IVotePosterior posterior)
    {
        _state = state;
        _posterior = posterior;
        Kind = kind;
        ClassBalance = balance;
    }

    /// <summary>The concrete model (for one picked by <c>auto</c>, the pick).</summary>
    public LabelModelKind Kind { get; }

    /// <summary>The model's name: mv, wmv, ds, snorkel or flyingsquid.</summary>
    public string Name => _state.Model;

    /// <summary>The model that was asked for: <see cref="LabelModelKind.Auto"/> when <c>auto</c> picked this one, else <see cref="Kind"/>.</summary>
    public LabelModelKind Requested => SelectedBy is null ? Kind : LabelModelKind.Auto;

    /// <summary>Number of classes k.</summary>
    public int Classes => _state.Classes;

    /// <summary>Names of the programs (label-matrix columns) the model was fitted on, in column order.</summary>
    public IReadOnlyList<string> Programs => _state.Programs;

    /// <summary>The class prior the model predicts with, with its source.</summary>
    public ClassBalance ClassBalance { get; }

    /// <summary>
    /// Estimated accuracy of each program when it votes, P(λ_j = Y | λ_j ≠ -1), learned without gold labels;
    /// null for majority vote, which does not model accuracies.
    /// </summary>
    public IReadOnlyList<double>? ProgramAccuracies => _state.ProgramAccuracies;

    /// <summary>Hyper-parameters and fit diagnostics by name (e.g. Dawid-Skene's <c>iterations</c>, Snorkel's <c>final_loss</c>).</summary>
    public IReadOnlyDictionary<string, double> Settings => _state.Settings;

    /// <summary>For a model picked by <c>auto</c>: each candidate's class-balanced held-out agreement (empty when too few
    /// programs forced majority vote); null otherwise.</summary>
    public IReadOnlyDictionary<string, double>? SelectedBy => _state.SelectedBy;

    /// <summary>
    /// The estimated accuracy of the program named <paramref name="program"/> (see <see cref="ProgramAccuracies"/>); null
    /// for majority vote and for a program the model was not fitted on (an ignored one).
    /// </summary>
    public double? AccuracyOf(string program)
    {
        if (ProgramAccuracies is not { } accuracies) return null;
        for (var j = 0; j < Programs.Count; j++)
            if (Programs[j] == program) return accuracies[j];
        return null;
    }

    /// <summary>Columns of the label matrix the model leaves out (programs refinement retired); empty when none.</summary>
    public IReadOnlyList<string> IgnoredPrograms => _state.IgnoredPrograms ?? [];

    /// <summary>
    /// Class probabilities for every row of <paramref name="votes"/>: the same programs in the same order, or those and
    /// the <see cref="IgnoredPrograms"/> in any order (their votes are left out).
    /// </summary>
    /// <exception cref="AlchemistException">The matrix has other programs, or a vote outside the classes.</exception>
    public Pseudolabels PredictProba(LabelMatrix votes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(votes);
        var own = IgnoredPrograms.Count > 0 && ColumnsOf(votes.ProgramNames) is { } columns ? votes.SelectColumns(columns) : votes;
        LabelModelInput.CheckSameShape(own, Programs.Count, Classes, Name);
        return _posterior.Predict(own, cancellationToken);
    }

    /// <summary>
    /// Where the model's programs are among <paramref name="columns"/>, in the model's order, when the columns are exactly
    /// its programs and its ignored ones; else null.
    /// </summary>
    internal int[]? ColumnsOf(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count != Programs.Count + IgnoredPrograms.Count) return null;
        if (IgnoredPrograms.Count == 0) return columns.SequenceEqual(Programs) ? Enumerable.Range(0, columns.Count).ToArray() : null;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < columns.Count; j++)
            if (!index.TryAdd(columns[j], j)) return null;
        if (!IgnoredPrograms.All(index.ContainsKey)) return null;
        var own = new int[Programs.Count];
        for (var j = 0; j < own.Length; j++)
            if (!index.TryGetValue(Programs[j], out own[j])) return null;
        return own;
    }

    /// <summary>This model, told that a matrix may also hold the columns <paramref name="ignored"/>, whose votes it leaves out.</summary>
    internal FittedLabelModel Ignoring(IReadOnlyList<string> ignored) =>
        ignored.Count == 0 ? this : new(_state with { IgnoredPrograms = ignored.ToArray() }, Kind, ClassBalance, _posterior);

    /// <summary>One class per row: the most probable class, ties broken by <paramref name="policy"/>.</summary>
    public int[] Predict(LabelMatrix votes, TieBreakPolicy policy, CancellationToken cancellationToken = default) =>
        policy.Decide(PredictProba(votes, cancellationToken), ClassBalance.Prior);

    /// <summary>The fitted parameters in the documented, versioned file format (<see cref="LabelModelFile"/>); the arrays are copies.</summary>
    public LabelModelState Export() => _state with { Parameters = _state.Parameters.ToDictionary(p => p.Key, p => p.Value.ToArray()) };

    /// <summary>This model, marked as picked by <c>auto</c> with each candidate's score.</summary>
    internal FittedLabelModel SelectedWith(IReadOnlyDictionary<string, double> scores) => new(_state with { SelectedBy = scores }, Kind, ClassBalance, _posterior);

    /// <summary>The model a state describes: the one place that knows how each kind predicts from its parameters.</summary>
    /// <param name="state">A concrete model's state (checked: known model, parameters of the right length).</param>
    /// <param name="balance">The prior to report (a fit keeps its detail; a loaded file has none).</param>
    /// <exception cref="AlchemistException">Unknown model, or a parameter missing or of the wrong length.</exception>
    internal static FittedLabelModel Create(LabelModelState state, ClassBalance balance)
    {
        if (!LabelModels.Names.TryParse(state.Model, out var kind) || kind == LabelModelKind.Auto)
            throw new AlchemistException($"field 'model': unknown label model '{state.Model}'.");
        IVotePosterior posterior = kind switch
        {
            LabelModelKind.MajorityVote => MajorityVote.Posterior(state),
            LabelModelKind.WeightedMajorityVote => WeightedMajorityVote.Posterior(state),
            LabelModelKind.DawidSkene => DawidSkene.Posterior(state),
            LabelModelKind.Snorkel => SnorkelLabelModel.Posterior(state),
            _ => FlyingSquid.Posterior(state),
        };
        return new FittedLabelModel(state, kind, balance, posterior);
    }
}
