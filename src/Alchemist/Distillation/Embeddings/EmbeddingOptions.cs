namespace Alchemist.Distillation.Embeddings;

/// <summary>How sentences are embedded; part of the embedding cache key and of a saved end model.</summary>
/// <param name="MaxTokens">Word pieces per text, [CLS] and [SEP] included; longer texts are truncated (the model's maximum is 256).</param>
/// <param name="BatchSize">Texts per ONNX call; texts are sorted by length first so each batch pads little.</param>
public sealed record EmbeddingOptions(int MaxTokens = MiniLmResources.MaxTokens, int BatchSize = 32)
{
    /// <summary>The model the vectors come from.</summary>
    public string Model { get; init; } = MiniLmResources.ModelId;
}
