using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Distillation;

/// <summary>
/// A distilled classifier ready to label new text locally: the featurizer (with its fitted state), the network and
/// the class names. Saved and loaded as one versioned file by <see cref="EndModelFile"/>.
/// </summary>
/// <param name="Labels">Class names in id order (the network's outputs).</param>
/// <param name="Kind">Logistic regression or MLP.</param>
/// <param name="Featurizer">Turns texts into the network's inputs.</param>
/// <param name="Network">The trained weights.</param>
/// <param name="Report">How training went (kept in the file for inspection).</param>
/// <param name="TextFields">The data fields the model was trained on, in order (so <c>predict</c> reads the same ones by
/// default); null for a model saved before they were recorded.</param>
public sealed record EndModel(LabelSet Labels, EndModelKind Kind, ITextFeaturizer Featurizer, SoftmaxNetwork Network, TrainingReport Report,
    IReadOnlyList<string>? TextFields = null)
    : IDisposable
{
    /// <summary>
    /// One line on how the features were chosen, when that needs saying: the character n-gram TF-IDF picked instead of
    /// MiniLM for text that is not English, or the warning that MiniLM was asked for on such text. Null otherwise.
    /// </summary>
    public string? FeatureNote { get; init; }

    /// <summary>
    /// Whose answer the run hands out on rows a program votes on (<see cref="CoveredRowsChoice"/>): the run's evaluation and
    /// <c>predict --shard</c> apply it where the votes are known; on new text without votes the end model answers alone.
    /// </summary>
    public CoveredRowsAnswer CoveredAnswer { get; init; }

    /// <summary>The numbers behind <see cref="CoveredAnswer"/>; null when nothing was compared (no judge).</summary>
    public string? CoveredAnswerNote { get; init; }

    /// <summary>Class probabilities of each text, row-major (texts × classes).</summary>
    /// <param name="texts">The texts to label.</param>
    /// <param name="progress">Texts featurized so far.</param>
    /// <param name="cancellationToken">Cancels featurizing and prediction.</param>
    public float[] PredictProbabilities(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var features = Featurizer.Transform(texts, progress, cancellationToken);
        using var timed = StageTimes.Measure(PredictStage.Network);
        return Network.PredictProbabilities(features, cancellationToken);
    }

    /// <summary>The most likely class of each row of <paramref name="probabilities"/> and its probability.</summary>
    public (int Label, float Probability)[] Decide(float[] probabilities)
    {
        var classes = Labels.Count;
        return Enumerable.Range(0, probabilities.Length / classes).Select(r =>
        {
            var row = probabilities.AsSpan(r * classes, classes);
            var best = System.Numerics.Tensors.TensorPrimitives.IndexOfMax(row);
            return (best, row[best]);
        }).ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => Featurizer.Dispose();
}
