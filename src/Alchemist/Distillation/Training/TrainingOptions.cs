namespace Alchemist.Distillation.Training;

/// <summary>How an end model is trained. <see cref="ForHead"/> gives tuned defaults for each head.</summary>
/// <param name="HiddenSizes">Widths of the ReLU hidden layers; empty trains multinomial logistic regression.</param>
/// <param name="LearningRate">Adam's step size.</param>
/// <param name="WeightDecay">Decoupled weight decay on the weights (not the biases).</param>
/// <param name="BatchSize">Rows per gradient step.</param>
/// <param name="MaxEpochs">Upper bound on passes over the training rows.</param>
/// <param name="Patience">Stop after this many epochs without a better validation loss; the best epoch's weights are kept.</param>
/// <param name="ValidationFraction">Share of the covered training rows held out to stop early when no dev split with gold labels exists.</param>
/// <param name="Seed">Seeds initialisation, shuffling and the held-out rows: the same seed gives the same model.</param>
public sealed record TrainingOptions(
    IReadOnlyList<int> HiddenSizes,
    float LearningRate = 1e-3f,
    float WeightDecay = 1e-4f,
    int BatchSize = 64,
    int MaxEpochs = 100,
    int Patience = 8,
    double ValidationFraction = 0.1,
    int Seed = 0)
{
    /// <summary>Defaults for a head: the MLP has one hidden layer of 256 units (the paper's end model is a small ReLU MLP);
    /// logistic regression takes larger steps because its inputs (unit-length rows) give it small gradients.</summary>
    public static TrainingOptions ForHead(EndModelKind head, int seed = 0) => head switch
    {
        EndModelKind.Mlp => new TrainingOptions([256], Seed: seed),
        EndModelKind.LogisticRegression => new TrainingOptions([], LearningRate: 1e-2f, Seed: seed),
        _ => throw new ArgumentOutOfRangeException(nameof(head), head, null),
    };

    /// <summary>Throws a user-facing error for an impossible setting.</summary>
    public void Validate()
    {
        if (!(LearningRate > 0)) throw new AlchemistException($"Learning rate must be positive, got {LearningRate}.");
        if (!(WeightDecay >= 0)) throw new AlchemistException($"Weight decay must not be negative, got {WeightDecay}.");
        if (BatchSize < 1) throw new AlchemistException($"Batch size must be at least 1, got {BatchSize}.");
        if (MaxEpochs < 1) throw new AlchemistException($"Max epochs must be at least 1, got {MaxEpochs}.");
        if (Patience < 1) throw new AlchemistException($"Patience must be at least 1, got {Patience}.");
        if (ValidationFraction is <= 0 or >= 1) throw new AlchemistException($"Validation fraction must be in (0, 1), got {ValidationFraction}.");
        if (HiddenSizes.Any(h => h < 1)) throw new AlchemistException("Every hidden layer needs at least one unit.");
    }
}
