using System.Numerics.Tensors;
using Alchemist.Distillation.Features;
using Microsoft.ML.OnnxRuntime;

namespace Alchemist.Distillation.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 on our own ONNX Runtime session: WordPiece tokenisation, truncation at
/// the model maximum, batches of similar length (sorted, so padding is small) of at most
/// <see cref="EmbeddingOptions.BatchSize"/> texts and <see cref="EmbeddingOptions.BatchTokens"/> padded tokens, attention-masked mean pooling and
/// L2 normalisation — the sentence-transformers recipe. Thread-safe; one instance per process is enough.
/// </summary>
public sealed class SentenceEmbedder : IDisposable, ITextEmbedder
{
    private readonly InferenceSession _session;
    private readonly WordPieceTokenizer _tokenizer;

    /// <summary>Loads the model from the package with graph optimisation on and one intra-op thread per core.</summary>
    public SentenceEmbedder(EmbeddingOptions? options = null)
    {
        Options = options ?? new EmbeddingOptions();
        if (Options.MaxTokens is < 3 or > MiniLmResources.MaxTokens)
            throw new AlchemistException($"Embedding max tokens must be between 3 and {MiniLmResources.MaxTokens}, got {Options.MaxTokens}.");
        if (Options.BatchSize < 1) throw new AlchemistException($"Embedding batch size must be at least 1, got {Options.BatchSize}.");
        if (Options.BatchTokens < 1) throw new AlchemistException($"Embedding batch tokens must be at least 1, got {Options.BatchTokens}.");
        if (Options.Model != MiniLmResources.ModelId)
            throw new AlchemistException($"Embedding model '{Options.Model}' is not available; this build ships {MiniLmResources.ModelId}.");
        using var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = Environment.ProcessorCount,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        _session = new InferenceSession(MiniLmResources.ModelBytes(), sessionOptions);
        using var vocabulary = MiniLmResources.Vocabulary();
        _tokenizer = new WordPieceTokenizer(vocabulary);
    }

    /// <summary>The settings the vectors depend on.</summary>
    public EmbeddingOptions Options { get; }

    /// <summary>Width of each vector.</summary>
    public int Dimension => MiniLmResources.Dimension;

    /// <summary>The word-piece ids the model sees for one text: [CLS], at most MaxTokens − 2 pieces, [SEP].</summary>
    public int[] Tokenize(string text)
    {
        var ids = new List<int>(Math.Min(Options.MaxTokens, text.Length + 2)) { _tokenizer.ClassificationId };
        _tokenizer.Encode(text, ids, Options.MaxTokens - 1);
        ids.Add(_tokenizer.SeparatorId);
        return ids.ToArray();
    }

    /// <summary>Embeds every text; row i of the result is the unit-length vector of <paramref name="texts"/>[i].</summary>
    /// <param name="texts">The texts, in row order.</param>
    /// <param name="progress">Receives the number of texts embedded so far after each batch.</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    public DenseFeatureMatrix Embed(IReadOnlyList<string> texts, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = new int[texts.Count][];
        int[] order;
        using (StageTimes.Measure(PredictStage.Tokenize))
        {
            for (var i = 0; i < texts.Count; i++) tokens[i] = Tokenize(texts[i] ?? "");
            // Length buckets: sorting by length makes every batch pad to nearly its own length.
            order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ToArray();
        }
        var lengths = Array.ConvertAll(order, i => tokens[i].Length);
        var output = new float[texts.Count * Dimension];
        for (var start = 0; start < order.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, BatchLength(lengths.AsSpan(start), Options.BatchSize, Options.BatchTokens));
            EmbedBatch(batch, tokens, output);
            start += batch.Length;
            progress?.Report(start);
        }
        return new DenseFeatureMatrix(output, texts.Count, Dimension);
    }

    /// <summary>
    /// How many of the texts whose token counts are <paramref name="sortedLengths"/> (ascending) go in the next batch:
    /// at least one, at most <paramref name="batchSize"/>, and no more than pad to <paramref name="batchTokens"/> tokens
    /// (the batch pads to its last, longest text).
    /// </summary>
    internal static int BatchLength(ReadOnlySpan<int> sortedLengths, int batchSize, int batchTokens)
    {
        var count = Math.Min(1, sortedLengths.Length);
        while (count < sortedLengths.Length && count < batchSize && (long)(count + 1) * sortedLengths[count] <= batchTokens) count++;
        return count;
    }

    private void EmbedBatch(ReadOnlySpan<int> batch, int[][] tokens, float[] output)
    {
        var pad = StageTimes.Measure(PredictStage.Pad);
        var length = 0;
        foreach (var row in batch) length = Math.Max(length, tokens[row].Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            var rowTokens = tokens[batch[b]];
            for (var t = 0; t < rowTokens.Length; t++)
            {
                ids[b * length + t] = rowTokens[t];
                mask[b * length + t] = 1;
            }
        }
        long[] shape = [batch.Length, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeIds = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        pad.Dispose();
        using var runOptions = new RunOptions();
        var session = StageTimes.Measure(PredictStage.Session);
        using var results = _session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [inputIds, attention, typeIds], ["last_hidden_state"]);
        session.Dispose();
        using var pooling = StageTimes.Measure(PredictStage.Pooling);
        var hidden = results[0].GetTensorDataAsSpan<float>();
        for (var b = 0; b < batch.Length; b++)
        {
            // Mean over the real tokens only (padding is masked out, as in sentence-transformers); the sum suffices
            // because the L2 normalisation that follows removes the 1/count factor.
            var vector = output.AsSpan(batch[b] * Dimension, Dimension);
            var count = tokens[batch[b]].Length;
            for (var t = 0; t < count; t++)
                TensorPrimitives.Add(vector, hidden.Slice((b * length + t) * Dimension, Dimension), vector);
            var norm = TensorPrimitives.Norm(vector);
            if (norm > 0f) TensorPrimitives.Divide(vector, norm, vector);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
