using System.Numerics.Tensors;

namespace Alchemist.Concepts;

/// <summary>
/// Scores images on concepts: each concept's descriptions (one per class) and each image are embedded with CLIP and
/// L2-normalised; the score of description d for an image is softmax over the concept's descriptions of
/// (logit scale × cosine similarity). The columns of one concept therefore sum to 1 per image.
/// </summary>
/// <param name="model">The CLIP export.</param>
/// <param name="logitScale">The softmax temperature's inverse: <see cref="ClipModel.DefaultLogitScale"/> (100, CLIP's trained value) unless given.</param>
/// <param name="batchSize">Images per vision-model call.</param>
/// <param name="cache">Where image embeddings are kept between runs, or null for none.</param>
internal sealed class ConceptScorer(ClipModel model, double logitScale = ClipModel.DefaultLogitScale, int batchSize = 16, ImageEmbeddingCache? cache = null)
{
    /// <summary>Scores every image on every concept.</summary>
    /// <param name="concepts">The concepts.</param>
    /// <param name="images">The images.</param>
    /// <param name="progress">Images embedded so far (cache hits included).</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    public ConceptScores Score(ConceptSet concepts, ImageList images, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(images);
        if (batchSize < 1) throw new AlchemistException($"Batch size must be at least 1, got {batchSize}.");
        var texts = concepts.Concepts.SelectMany(c => concepts.Classes.Select(k => c.Descriptions[k])).ToArray();
        var textEmbeddings = model.EncodeTexts(texts);
        foreach (var t in textEmbeddings) Normalise(t);
        var imageEmbeddings = EmbedImages(images.Paths, progress, cancellationToken);
        var names = concepts.FeatureColumns();
        var columns = names.Select(_ => new double[images.Paths.Length]).ToArray();
        var classes = concepts.Classes.Count;
        var logits = new double[classes];
        for (var i = 0; i < images.Paths.Length; i++)
            for (var c = 0; c < concepts.Concepts.Count; c++)
            {
                for (var k = 0; k < classes; k++)
                    logits[k] = logitScale * TensorPrimitives.Dot(imageEmbeddings[i], textEmbeddings[c * classes + k]);
                var max = logits.Max();
                var total = 0.0;
                for (var k = 0; k < classes; k++) total += logits[k] = Math.Exp(logits[k] - max);
                for (var k = 0; k < classes; k++) columns[c * classes + k][i] = logits[k] / total;
            }
        return new ConceptScores(images, names, columns, logitScale);
    }

    private float[][] EmbedImages(string[] paths, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var modelKey = cache is null ? "" : ImageEmbeddingCache.ModelKey(model.Folder);
        var result = new float[paths.Length][];
        var keys = new string?[paths.Length];
        var missing = new List<int>();
        for (var i = 0; i < paths.Length; i++)
        {
            if (cache is not null && cache.TryGet(keys[i] = ImageEmbeddingCache.Key(modelKey, paths[i])) is { } hit) result[i] = hit;
            else missing.Add(i);
        }
        var done = paths.Length - missing.Count;
        progress?.Report(done);
        for (var start = 0; start < missing.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.GetRange(start, Math.Min(batchSize, missing.Count - start));
            var embeddings = model.EncodeImageFiles(batch.Select(i => paths[i]).ToArray());
            for (var b = 0; b < batch.Count; b++)
            {
                result[batch[b]] = embeddings[b];
                if (cache is not null) cache.Put(keys[batch[b]]!, embeddings[b]);
            }
            progress?.Report(done += batch.Count);
        }
        foreach (var e in result) Normalise(e);
        return result;
    }

    private static void Normalise(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0f) TensorPrimitives.Divide(vector, norm, vector);
    }
}
