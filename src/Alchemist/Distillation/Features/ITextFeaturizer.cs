namespace Alchemist.Distillation.Features;

/// <summary>Turns texts into the feature rows an end model reads. A fitted featurizer is saved with the model.</summary>
public interface ITextFeaturizer : IDisposable
{
    /// <summary>Which featurizer this is.</summary>
    FeatureKind Kind { get; }

    /// <summary>Number of feature columns it produces.</summary>
    int Columns { get; }

    /// <summary>The features of <paramref name="texts"/>, one row per text in order.</summary>
    /// <param name="texts">Texts to featurize.</param>
    /// <param name="progress">Texts done so far.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default);
}
