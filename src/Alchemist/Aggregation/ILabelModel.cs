using Alchemist.Labeling;

namespace Alchemist.Aggregation;

/// <summary>
/// A weak-supervision label model: learns from an n × m label matrix (no gold labels) how far to trust each
/// program, then turns each row's votes into class probabilities.
/// </summary>
public interface ILabelModel
{
    /// <summary>The model's name as used on the command line: mv, wmv, ds, snorkel or flyingsquid.</summary>
    string Name { get; }

    /// <summary>Number of classes the model was fitted for (0 before <see cref="Fit"/>).</summary>
    int Classes { get; }

    /// <summary>The class prior used by the fitted model, with its source.</summary>
    /// <exception cref="InvalidOperationException">The model is not fitted.</exception>
    ClassBalance ClassBalance { get; }

    /// <summary>
    /// Estimated accuracy of each program when it votes, P(λ_j = Y | λ_j ≠ -1), learned without gold labels;
    /// null for majority vote, which does not model accuracies.
    /// </summary>
    IReadOnlyList<double>? ProgramAccuracies { get; }

    /// <summary>Learns the model's parameters from the votes alone.</summary>
    /// <param name="votes">The label matrix to learn from.</param>
    /// <param name="classes">Number of classes (votes must lie in -1..classes-1).</param>
    /// <param name="classBalance">The class prior; null estimates it from the votes (<see cref="ClassBalance.EstimateFromVotes"/>).</param>
    /// <param name="seed">Seed for anything random, so that fits reproduce.</param>
    /// <param name="cancellationToken">Stops a long fit.</param>
    /// <exception cref="AlchemistException">The votes or settings cannot be fitted (the message says why).</exception>
    void Fit(LabelMatrix votes, int classes, ClassBalance? classBalance = null, int seed = 0, CancellationToken cancellationToken = default);

    /// <summary>Class probabilities for every row of <paramref name="votes"/> (same programs, in the same order).</summary>
    Pseudolabels PredictProba(LabelMatrix votes, CancellationToken cancellationToken = default);

    /// <summary>One class per row: the most probable class, ties broken by <paramref name="policy"/>.</summary>
    int[] Predict(LabelMatrix votes, TieBreakPolicy policy, CancellationToken cancellationToken = default) =>
        policy.Decide(PredictProba(votes, cancellationToken), ClassBalance.Prior);

    /// <summary>The fitted parameters in the documented, versioned file format (<see cref="LabelModelFile"/>).</summary>
    LabelModelState Export();
}
