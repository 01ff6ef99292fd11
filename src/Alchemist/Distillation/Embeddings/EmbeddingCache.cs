using Alchemist.Distillation.Features;

namespace Alchemist.Distillation.Embeddings;

/// <summary>What one <see cref="EmbeddingCache"/> request did, counted in distinct texts.</summary>
/// <param name="Vectors">One vector per requested text, in order.</param>
/// <param name="DistinctTexts">Distinct texts among those requested (a repeated text is looked up and embedded once).</param>
/// <param name="Hits">Distinct texts read from the store.</param>
/// <param name="Embedded">Distinct texts the model embedded (misses, damaged entries included).</param>
/// <param name="Damaged">Stored entries that failed their checksum and were embedded again.</param>
/// <param name="Migrated">Vectors moved into the store from an old whole-list file.</param>
internal sealed record EmbeddingLookup(DenseFeatureMatrix Vectors, int DistinctTexts, int Hits, int Embedded, int Damaged, int Migrated);

/// <summary>
/// Embeddings kept on disk per text, shared by every training and prediction that uses the same folder (a run's
/// <c>cache/embeddings</c>): each vector is keyed by a SHA-256 of the model, the token limit and the text, so a
/// re-run with one edited row, or <c>predict</c> on data that shares texts with training, embeds only the texts never
/// seen. New texts are embedded in batches of <see cref="EmbedBatch"/> and committed after each batch, so an
/// interrupted run keeps what it embedded. Vectors read back are the exact bytes the model produced.
/// </summary>
/// <param name="Directory">The folder holding the store (<see cref="EmbeddingVectorStore.FileName"/>).</param>
public sealed record EmbeddingCache(string Directory)
{
    /// <summary>Distinct new texts embedded and committed at a time.</summary>
    internal const int EmbedBatch = 1024;

    /// <summary>The cache of the run folder <paramref name="runRoot"/>: <c>RUNDIR/cache/embeddings</c>.</summary>
    public static EmbeddingCache ForRun(string runRoot) => new(Path.Combine(runRoot, "cache", "embeddings"));

    /// <summary>The cache of the run an end-model file sits in (its folder's <c>cache/embeddings</c>), for <c>predict</c>.</summary>
    public static EmbeddingCache ForModel(string modelPath) => ForRun(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);

    /// <summary>Returns the vectors of <paramref name="texts"/>, reading stored ones and embedding and storing the rest.</summary>
    /// <param name="embedder">Runs the model on the texts not stored yet.</param>
    /// <param name="texts">The texts in row order.</param>
    /// <param name="progress">Texts (rows) whose vectors are ready so far.</param>
    /// <param name="cancellationToken">Checked between batches; batches already embedded stay stored.</param>
    public DenseFeatureMatrix GetOrEmbed(SentenceEmbedder embedder, IReadOnlyList<string> texts, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default) => Fetch(embedder, texts, progress, cancellationToken).Vectors;

    /// <summary><see cref="GetOrEmbed"/> with the counts of what it read and embedded.</summary>
    internal EmbeddingLookup Fetch(ITextEmbedder embedder, IReadOnlyList<string> texts, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        EmbeddingVectorStore? store;
        using (StageTimes.Measure(PredictStage.CacheRead)) store = OpenStore();
        using (store) return Fetch(store, embedder, texts, progress, cancellationToken);
    }

    /// <summary>
    /// Opens this cache's store for a caller that fetches many times (a streaming predict): one connection for all its
    /// batches instead of one each. Null when the store cannot be used (the caller then embeds without it).
    /// </summary>
    internal EmbeddingVectorStore? OpenStore() => EmbeddingVectorStore.Open(Directory);

    /// <summary><see cref="Fetch(ITextEmbedder, IReadOnlyList{string}, IProgress{int}?, CancellationToken)"/> on a store opened by <see cref="OpenStore"/> (or none).</summary>
    internal EmbeddingLookup Fetch(EmbeddingVectorStore? store, ITextEmbedder embedder, IReadOnlyList<string> texts, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        var dimension = embedder.Dimension;
        // Distinct texts in first-seen order; rows[u] counts the rows that share distinct text u (for progress in rows).
        var dedup = StageTimes.Measure(PredictStage.Dedup);
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var slotOfRow = new int[texts.Count];
        var distinct = new List<string>();
        var rows = new List<int>();
        for (var r = 0; r < texts.Count; r++)
        {
            var text = texts[r] ?? "";
            if (!slots.TryGetValue(text, out slotOfRow[r]))
            {
                slotOfRow[r] = slots[text] = distinct.Count;
                distinct.Add(text);
                rows.Add(0);
            }
            rows[slotOfRow[r]]++;
        }

        dedup.Dispose();

        var values = new float[distinct.Count * dimension];
        byte[][] keys;
        using (StageTimes.Measure(PredictStage.CacheKeys)) keys = distinct.Select(t => EmbeddingVectorStore.Key(embedder.Options, t)).ToArray();
        var lookup = StageTimes.Measure(PredictStage.CacheRead);
        var migrated = store is null ? 0 : Migrate(store, embedder, texts, keys, slotOfRow, distinct.Count);
        var (missing, damaged, done) = (new List<int>(), 0, 0);
        for (var u = 0; u < distinct.Count; u++)
        {
            switch (store?.TryRead(keys[u], values.AsSpan(u * dimension, dimension)) ?? StoredVector.Missing)
            {
                case StoredVector.Read:
                    done += rows[u];
                    break;
                case StoredVector.Damaged:
                    damaged++;
                    missing.Add(u);
                    break;
                default:
                    missing.Add(u);
                    break;
            }
        }
        lookup.Dispose();
        progress?.Report(done);

        for (var start = 0; start < missing.Count; start += EmbedBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.GetRange(start, Math.Min(EmbedBatch, missing.Count - start));
            var batchRows = batch.Sum(u => rows[u]);
            var before = done;
            var inner = progress is null ? null : new ForwardingProgress<int>(n => progress.Report(before + Math.Min(n, batchRows)));
            var vectors = embedder.Embed(batch.Select(u => distinct[u]).ToArray(), inner, cancellationToken);
            for (var i = 0; i < batch.Count; i++) vectors.Row(i).CopyTo(values.AsSpan(batch[i] * dimension, dimension));
            using (StageTimes.Measure(PredictStage.CacheWrite)) store?.Write(batch.Select(u => keys[u]).ToArray(), vectors);
            done += batchRows;
            progress?.Report(done);
        }

        using var gather = StageTimes.Measure(PredictStage.Dedup);
        var output = new float[texts.Count * dimension];
        for (var r = 0; r < texts.Count; r++) values.AsSpan(slotOfRow[r] * dimension, dimension).CopyTo(output.AsSpan(r * dimension, dimension));
        return new EmbeddingLookup(new DenseFeatureMatrix(output, texts.Count, dimension), distinct.Count, distinct.Count - missing.Count,
            missing.Count, damaged, migrated);
    }

    /// <summary>
    /// Moves the vectors of an old whole-list file for exactly these texts into the store, then deletes the file, so
    /// a cache written before the per-text store keeps serving (silently) and is read in the old format only once.
    /// </summary>
    private int Migrate(EmbeddingVectorStore store, ITextEmbedder embedder, IReadOnlyList<string> texts, byte[][] keys, int[] slotOfRow, int distinct)
    {
        var path = LegacyEmbeddingFile.PathOf(Directory, embedder.Options, texts);
        if (LegacyEmbeddingFile.TryRead(path, texts.Count, embedder.Dimension) is not { } legacy) return 0;
        var firstRow = new int[distinct];
        for (var r = texts.Count - 1; r >= 0; r--) firstRow[slotOfRow[r]] = r;
        var values = new float[distinct * embedder.Dimension];
        for (var u = 0; u < distinct; u++) legacy.Row(firstRow[u]).CopyTo(values.AsSpan(u * embedder.Dimension, embedder.Dimension));
        store.Write(keys, new DenseFeatureMatrix(values, distinct, embedder.Dimension));
        LegacyEmbeddingFile.Delete(path);
        return distinct;
    }
}
