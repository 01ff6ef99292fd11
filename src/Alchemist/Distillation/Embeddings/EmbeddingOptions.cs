using System.Text.Json.Serialization;

namespace Alchemist.Distillation.Embeddings;

/// <summary>How sentences are embedded; part of the embedding cache key and of a saved end model.</summary>
/// <param name="MaxTokens">Word pieces per text, [CLS] and [SEP] included; longer texts are truncated (the model's maximum is 256).</param>
/// <param name="BatchSize">Most texts per ONNX call; texts are sorted by length first so each batch pads little.</param>
public sealed record EmbeddingOptions(int MaxTokens = MiniLmResources.MaxTokens, int BatchSize = 32)
{
    /// <summary>
    /// Most padded tokens per ONNX call (texts × the longest text's tokens): a batch of length-sorted texts grows while
    /// it fits, up to <see cref="BatchSize"/> texts, so short texts go many at a time and long ones few. Changes speed
    /// and memory, not the vectors; not saved with a model (it is the machine's choice, set by <c>--max-batch-tokens</c>).
    /// </summary>
    [JsonIgnore]
    public int BatchTokens { get; init; } = DefaultBatchTokens;

    /// <summary>
    /// The default <see cref="BatchTokens"/>: length-sorted headlines (~14 tokens) and IMDb reviews (~120) embedded with
    /// budgets of 512 to 8,192 padded tokens and with plain batches of 32 ran within the noise of each other on 2 shared
    /// cores (docs/measured/predict-stages.md); 2,048 was never the slowest and bounds a batch of long texts to 8 of 256 tokens.
    /// </summary>
    public const int DefaultBatchTokens = 2048;

    /// <summary>The model the vectors come from.</summary>
    public string Model { get; init; } = MiniLmResources.ModelId;
}
