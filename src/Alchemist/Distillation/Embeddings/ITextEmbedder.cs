using Alchemist.Distillation.Features;

namespace Alchemist.Distillation.Embeddings;

/// <summary>
/// What <see cref="EmbeddingCache"/> needs from a model: its settings (part of every cache key), its width and a batch call.
/// <see cref="SentenceEmbedder"/> is the product's one implementation; tests wrap it to count the texts it is asked to embed.
/// </summary>
internal interface ITextEmbedder
{
    /// <summary>The settings the vectors depend on.</summary>
    EmbeddingOptions Options { get; }

    /// <summary>Width of each vector.</summary>
    int Dimension { get; }

    /// <summary>Row i of the result is the vector of <paramref name="texts"/>[i].</summary>
    DenseFeatureMatrix Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default);
}
