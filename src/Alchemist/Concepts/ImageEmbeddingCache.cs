using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Alchemist.Concepts;

/// <summary>
/// Image embeddings on disk, one small file per image keyed by a SHA-256 of the model's vision graph and
/// preprocessing plus the image file's bytes: renaming or moving an image keeps its entry, editing it does not.
/// </summary>
/// <param name="Directory">The cache folder.</param>
internal sealed record ImageEmbeddingCache(string Directory)
{
    /// <summary>The part of every key that names the model: vision graph bytes and preprocessing config.</summary>
    public static string ModelKey(string modelFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { "vision_model.onnx", "preprocessor_config.json" })
        {
            using var stream = File.OpenRead(Path.Combine(modelFolder, name));
            hash.AppendData(SHA256.HashData(stream));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of <paramref name="imagePath"/> under model <paramref name="modelKey"/>.</summary>
    public static string Key(string modelKey, string imagePath)
    {
        using var stream = File.OpenRead(imagePath);
        return Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(modelKey + Convert.ToHexStringLower(SHA256.HashData(stream)))));
    }

    /// <summary>The cached embedding under <paramref name="key"/>, or null (a damaged entry is a miss).</summary>
    public float[]? TryGet(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        return bytes.Length == 0 || bytes.Length % sizeof(float) != 0 ? null : MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }

    /// <summary>Stores an embedding atomically.</summary>
    public void Put(string key, float[] embedding)
    {
        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.Write(PathOf(key), stream => stream.Write(MemoryMarshal.AsBytes(embedding.AsSpan())));
    }

    private string PathOf(string key) => Path.Combine(Directory, key + ".f32");
}
