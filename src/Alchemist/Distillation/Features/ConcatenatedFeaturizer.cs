namespace Alchemist.Distillation.Features;

/// <summary>
/// MiniLM sentence embeddings followed by TF-IDF (<see cref="ConcatenatedFeatureMatrix"/>): for tasks where both the
/// meaning and exact words decide. Owns both parts.
/// </summary>
internal sealed class ConcatenatedFeaturizer(MiniLmFeaturizer miniLm, TfidfFeaturizer tfidf) : ITextFeaturizer
{
    /// <summary>The embedding part.</summary>
    public MiniLmFeaturizer MiniLm { get; } = miniLm ?? throw new ArgumentNullException(nameof(miniLm));

    /// <summary>The TF-IDF part, fitted on the training texts.</summary>
    public TfidfFeaturizer Tfidf { get; } = tfidf ?? throw new ArgumentNullException(nameof(tfidf));

    /// <inheritdoc />
    public FeatureKind Kind => FeatureKind.MiniLmTfidf;

    /// <inheritdoc />
    public int Columns => MiniLm.Columns + Tfidf.Columns;

    /// <inheritdoc />
    public FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        // Progress follows the embedding, the slow part; TF-IDF of the same texts takes a fraction of it.
        var dense = MiniLm.Embed(texts, progress, cancellationToken);
        return new ConcatenatedFeatureMatrix(dense, Tfidf.Vectorize(texts, null, cancellationToken));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        MiniLm.Dispose();
        Tfidf.Dispose();
    }
}
