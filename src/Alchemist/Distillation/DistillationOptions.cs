using Alchemist.Aggregation;
using Alchemist.Distillation.Embeddings;
using Alchemist.Distillation.Features;
using Alchemist.Distillation.Training;

namespace Alchemist.Distillation;

/// <summary>What end model to distill and how.</summary>
/// <param name="EndModel">The head: an MLP (the paper's choice) or logistic regression.</param>
/// <param name="Features">MiniLM sentence embeddings, TF-IDF, both side by side, or <c>auto</c>.</param>
/// <param name="Seed">Seeds everything random; the same seed and data give the same model.</param>
/// <param name="Training">Full training settings; null uses <see cref="TrainingOptions.ForHead"/> with <paramref name="Seed"/>.</param>
/// <param name="Embedding">Embedding settings for MiniLM features.</param>
/// <param name="Tfidf">Vocabulary settings for TF-IDF features.</param>
/// <param name="EmbeddingCacheDirectory">Where MiniLM vectors are cached; null embeds without a cache.</param>
/// <param name="Judge">Trusted labels of some training rows (the LLM-labeled sample) that, when there is no dev split with gold
/// labels, stop training early and choose <c>auto</c> features and whose answer covered rows take; those rows are held out of
/// training, so every choice made on them scores rows the end model never learned from.</param>
/// <param name="Answers">The LLM's labels of some training rows (the selective fallback's): trained on as certain targets
/// in place of the label model's, whether programs covered the row or not.</param>
public sealed record DistillationOptions(
    EndModelKind EndModel = EndModelKind.Mlp,
    FeatureKind Features = FeatureKind.MiniLm,
    int Seed = 0,
    TrainingOptions? Training = null,
    EmbeddingOptions? Embedding = null,
    TfidfOptions? Tfidf = null,
    string? EmbeddingCacheDirectory = null,
    ReferenceLabels? Judge = null,
    ReferenceLabels? Answers = null)
{
    /// <summary>The training settings in force.</summary>
    public TrainingOptions EffectiveTraining => Training ?? TrainingOptions.ForHead(EndModel, Seed);

    /// <summary>A featurizer of the chosen kind, fitted on <paramref name="trainTexts"/> where it needs fitting.</summary>
    public ITextFeaturizer CreateFeaturizer(IReadOnlyList<string> trainTexts, CancellationToken cancellationToken = default) => Features switch
    {
        FeatureKind.MiniLm => CreateMiniLm(),
        FeatureKind.Tfidf => TfidfFeaturizer.Fit(trainTexts, Tfidf, cancellationToken),
        FeatureKind.MiniLmTfidf => new ConcatenatedFeaturizer(CreateMiniLm(), TfidfFeaturizer.Fit(trainTexts, Tfidf, cancellationToken)),
        FeatureKind.Numeric => NumericFeaturizer.Fit(trainTexts),
        _ => throw new InvalidOperationException($"No featurizer for {Features}: resolve auto before creating one."),
    };

    private MiniLmFeaturizer CreateMiniLm() =>
        new(Embedding ?? new EmbeddingOptions(), EmbeddingCacheDirectory is null ? null : new EmbeddingCache(EmbeddingCacheDirectory));
}
