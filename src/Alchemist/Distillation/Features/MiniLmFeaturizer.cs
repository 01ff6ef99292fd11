using Alchemist.Distillation.Embeddings;

namespace Alchemist.Distillation.Features;

/// <summary>Sentence embeddings as features, read from an <see cref="EmbeddingCache"/> when one is given.</summary>
/// <remarks>The model is loaded on first use, so opening a saved end model to inspect it costs nothing.</remarks>
internal sealed class MiniLmFeaturizer(EmbeddingOptions options, EmbeddingCache? cache = null) : ITextFeaturizer
{
    private SentenceEmbedder? _embedder;

    /// <summary>The embedding settings (saved with the end model so prediction embeds the same way).</summary>
    public EmbeddingOptions Options { get; } = options;

    /// <inheritdoc />
    public FeatureKind Kind => FeatureKind.MiniLm;

    /// <inheritdoc />
    public int Columns => MiniLmResources.Dimension;

    /// <inheritdoc />
    public FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        _embedder ??= new SentenceEmbedder(Options);
        return cache is null
            ? _embedder.Embed(texts, progress, cancellationToken)
            : cache.GetOrEmbed(_embedder, texts, progress, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _embedder?.Dispose();
}
