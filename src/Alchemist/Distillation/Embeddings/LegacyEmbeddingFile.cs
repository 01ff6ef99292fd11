using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Alchemist.Distillation.Features;

namespace Alchemist.Distillation.Embeddings;

/// <summary>
/// The cache format before <see cref="EmbeddingVectorStore"/>: one <c>.emb</c> file per whole list of texts, named by a
/// SHA-256 of the model, the settings and every text. Read only, so <see cref="EmbeddingCache"/> can move such a file's
/// vectors into the per-text store the first time the same list is asked for, then delete it.
/// </summary>
internal static class LegacyEmbeddingFile
{
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "ALCHEMB\0"u8.ToArray();

    /// <summary>The old whole-list key of <paramref name="texts"/> embedded with <paramref name="options"/>.</summary>
    public static string Key(EmbeddingOptions options, IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{options.Model}\n{options.MaxTokens}\n{texts.Count}\n"));
        foreach (var text in texts) hash.AppendData(Encoding.UTF8.GetBytes($"{text.Length}:{text}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The file the old format kept <paramref name="texts"/> in.</summary>
    public static string PathOf(string directory, EmbeddingOptions options, IReadOnlyList<string> texts) =>
        Path.Combine(directory, Key(options, texts) + ".emb");

    /// <summary>The vectors of an intact old file for exactly these texts, or null (absent, damaged or foreign: a miss).</summary>
    public static DenseFeatureMatrix? TryRead(string path, int rows, int columns)
    {
        if (!File.Exists(path) || !ArtifactChecksum.IsIntact(path)) return null;
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.BaseStream.Length != Magic.Length + 12 + (long)rows * columns * sizeof(float)) return null;
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion) return null;
        if (reader.ReadInt32() != rows || reader.ReadInt32() != columns) return null;
        var values = new float[rows * columns];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new DenseFeatureMatrix(values, rows, columns);
    }

    /// <summary>Removes an old file and its checksum record once its vectors are in the store.</summary>
    public static void Delete(string path)
    {
        File.Delete(path);
        File.Delete(ArtifactChecksum.PathOf(path));
    }
}
