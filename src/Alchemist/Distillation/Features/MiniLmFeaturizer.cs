using Alchemist.Distillation.Embeddings;

namespace Alchemist.Distillation.Features;

/// <summary>Sentence embeddings as features, read from an <see cref="EmbeddingCache"/> when one is given.</summary>
/// <remarks>The model is loaded on first use, so opening a saved end model to inspect it costs nothing.</remarks>
internal sealed class MiniLmFeaturizer(EmbeddingOptions options, EmbeddingCache? cache = null) : ITextFeaturizer
{
    private SentenceEmbedder? _embedder;
    private EmbeddingVectorStore? _store;
    private bool _storeOpened;

    /// <summary>The embedding settings (saved with the end model so prediction embeds the same way).</summary>
    public EmbeddingOptions Options { get; } = options;

    /// <inheritdoc />
    public FeatureKind Kind => FeatureKind.MiniLm;

    /// <inheritdoc />
    public int Columns => MiniLmResources.Dimension;

    /// <inheritdoc />
    public FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Embed(texts, progress, cancellationToken);

    /// <summary>The embeddings of <paramref name="texts"/>, one dense row per text.</summary>
    public DenseFeatureMatrix Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_embedder is null)
        {
            using var created = StageTimes.Measure(PredictStage.SessionCreate);
            _embedder = new SentenceEmbedder(Options);
        }
        if (cache is null) return _embedder.Embed(texts, progress, cancellationToken);
        if (!_storeOpened)
        {
            // Kept open until disposed: a streaming predict fetches once per batch, and opening costs a WAL set-up each time.
            using var opening = StageTimes.Measure(PredictStage.CacheRead);
            _store = cache.OpenStore();
            _storeOpened = true;
        }
        return cache.Fetch(_store, _embedder, texts, progress, cancellationToken).Vectors;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _store?.Dispose();
        _embedder?.Dispose();
    }
}
