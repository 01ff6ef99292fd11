namespace Alchemist.Aggregation;

/// <summary>
/// A weak-supervision label model before fitting: its kind and settings. <see cref="Fit(LabelMatrix, int, ClassBalance?, int, CancellationToken)"/> learns from an n × m label
/// matrix (no gold labels) how far to trust each program and returns an immutable <see cref="FittedLabelModel"/>;
/// the trainer itself keeps nothing from a fit, so one trainer can fit many matrices, even at once.
/// </summary>
/// <remarks>
/// The base holds what every model shares: the checks on the matrix and the class count, the class balance (estimated
/// from the votes when none is given, and checked against the class count), and the fitted model's state (format,
/// programs, prior and its source). Each model adds only its own learning in <see cref="FitCore"/>; prediction,
/// tie-breaks and saving are <see cref="FittedLabelModel"/>'s.
/// </remarks>
public abstract class LabelModelTrainer
{
    /// <summary>Only the models of this assembly derive from the base (<see cref="FittedLabelModel"/> knows each one's prediction).</summary>
    private protected LabelModelTrainer()
    {
    }

    /// <summary>Which model this is.</summary>
    public abstract LabelModelKind Kind { get; }

    /// <summary>The model's name as used on the command line and in files (<see cref="LabelModels.Names"/>).</summary>
    public string Name => LabelModels.Names.NameOf(Kind);

    /// <summary>Learns the model's parameters from the votes alone.</summary>
    /// <param name="votes">The label matrix to learn from.</param>
    /// <param name="classes">Number of classes (votes must lie in -1..classes-1).</param>
    /// <param name="classBalance">The class prior; null estimates it from the votes (<see cref="ClassBalance.EstimateFromVotes(LabelMatrix, int)"/>).</param>
    /// <param name="seed">Seed for anything random, so that fits reproduce.</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    /// <returns>A new fitted model; nothing in this trainer changes.</returns>
    /// <exception cref="AlchemistException">The votes or settings cannot be fitted (the message says why).</exception>
    public FittedLabelModel Fit(LabelMatrix votes, int classes, ClassBalance? classBalance = null, int seed = 0, CancellationToken cancellationToken = default) =>
        Fit(VoteStatistics.Of(votes, classes, cancellationToken), classBalance, seed, cancellationToken);

    /// <summary>
    /// Learns the model's parameters from the sufficient statistics of the votes: the one path every fit takes, so a
    /// model fitted from summed shard statistics equals the model fitted on the whole matrix.
    /// </summary>
    /// <param name="statistics">The statistics of the matrix to learn from (<see cref="VoteStatistics.Of"/>, or summed shards).</param>
    /// <param name="classBalance">The class prior; null estimates it from the votes (<see cref="ClassBalance.EstimateFromVotes(VotePatterns, int)"/>).</param>
    /// <param name="seed">Seed for anything random, so that fits reproduce.</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    /// <exception cref="AlchemistException">The statistics or settings cannot be fitted (the message says why).</exception>
    internal FittedLabelModel Fit(VoteStatistics statistics, ClassBalance? classBalance = null, int seed = 0, CancellationToken cancellationToken = default)
    {
        CheckSettings(statistics);
        var classes = statistics.Classes;
        var balance = classBalance ?? ClassBalance.EstimateFromVotes(statistics.Patterns, classes);
        if (balance.Classes != classes) throw new AlchemistException($"Class balance has {balance.Classes} classes, expected {classes}.");
        return FitCore(statistics, balance, seed, cancellationToken);
    }

    /// <summary>Throws an <see cref="AlchemistException"/> when the settings (or the votes' shape) rule out a fit.</summary>
    private protected virtual void CheckSettings(VoteStatistics statistics)
    {
    }

    /// <summary>The model's own learning, from checked statistics and with the prior resolved.</summary>
    private protected abstract FittedLabelModel FitCore(VoteStatistics statistics, ClassBalance balance, int seed, CancellationToken cancellationToken);

    /// <summary>The fitted model of this kind from what <see cref="FitCore"/> learned.</summary>
    /// <param name="statistics">The statistics fitted on (its program names are kept, in column order, and its class count).</param>
    /// <param name="balance">The prior the model predicts with (its detail is kept for messages).</param>
    /// <param name="accuracies">Estimated accuracy of each program when it votes; null when the model does not estimate them.</param>
    /// <param name="settings">Hyper-parameters and fit diagnostics, by name.</param>
    /// <param name="parameters">The learned arrays by name (layouts documented on each model).</param>
    private protected FittedLabelModel Fitted(VoteStatistics statistics, ClassBalance balance, IReadOnlyList<double>? accuracies,
        IReadOnlyDictionary<string, double> settings, IReadOnlyDictionary<string, double[]> parameters) =>
        FittedLabelModel.Create(new LabelModelState(LabelModelState.FormatName, LabelModelState.CurrentVersion, Name, statistics.Classes, statistics.Programs,
            balance.Prior, balance.SourceName, accuracies, settings, parameters), balance);
}
