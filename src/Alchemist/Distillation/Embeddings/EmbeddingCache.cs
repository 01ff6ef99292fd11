using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Alchemist.Distillation.Features;

namespace Alchemist.Distillation.Embeddings;

/// <summary>
/// Embeddings kept on disk, keyed by a SHA-256 of the model, the embedding settings and the exact texts (so an
/// edited dataset file, a different text field or a different truncation is a different entry). Re-training on the
/// same split reads the vectors back instead of running the model again.
/// </summary>
/// <param name="Directory">The folder holding one <c>.emb</c> file per entry.</param>
public sealed record EmbeddingCache(string Directory)
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "ALCHEMB\0"u8.ToArray();

    /// <summary>The cache key of <paramref name="texts"/> embedded with <paramref name="options"/>.</summary>
    public static string Key(EmbeddingOptions options, IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Batch size is left out on purpose: it does not change the vectors.
        Append(hash, $"{options.Model}\n{options.MaxTokens}\n{texts.Count}\n");
        foreach (var text in texts) Append(hash, $"{text.Length}:{text}");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The file an entry lives in.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + ".emb");

    /// <summary>Returns the cached vectors of <paramref name="texts"/>, embedding and storing them on a miss.</summary>
    /// <param name="embedder">Runs the model on a miss.</param>
    /// <param name="texts">The texts in row order.</param>
    /// <param name="progress">Texts embedded so far (reports the total at once on a hit).</param>
    /// <param name="cancellationToken">Cancels embedding; nothing is written then.</param>
    public DenseFeatureMatrix GetOrEmbed(SentenceEmbedder embedder, IReadOnlyList<string> texts, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var path = PathOf(Key(embedder.Options, texts));
        if (TryRead(path, texts.Count, embedder.Dimension) is { } cached)
        {
            progress?.Report(texts.Count);
            return cached;
        }
        var vectors = embedder.Embed(texts, progress, cancellationToken);
        Write(path, vectors);
        return vectors;
    }

    private static DenseFeatureMatrix? TryRead(string path, int rows, int columns)
    {
        if (!File.Exists(path) || !ArtifactChecksum.IsIntact(path)) return null;
        using var reader = new BinaryReader(File.OpenRead(path));
        // A damaged (checksum) or foreign entry is a miss, never an error: the cache can always be rebuilt.
        if (reader.BaseStream.Length != Magic.Length + 12 + (long)rows * columns * sizeof(float)) return null;
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion) return null;
        if (reader.ReadInt32() != rows || reader.ReadInt32() != columns) return null;
        var values = new float[rows * columns];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new DenseFeatureMatrix(values, rows, columns);
    }

    private static void Write(string path, DenseFeatureMatrix vectors)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(vectors.Rows);
            writer.Write(vectors.Columns);
            writer.Write(MemoryMarshal.AsBytes(vectors.Values));
        });
        ArtifactChecksum.Record(path);
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
