using System.Security.Cryptography;
using System.Text;

namespace Alchemist.Pipeline;

/// <summary>
/// A content hash of a stage's inputs and settings: files and folders by content (not by date), settings by value.
/// A stage whose hash matches the one stored beside its artifact is skipped.
/// </summary>
internal sealed class StageHash
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds a named value (a setting).</summary>
    public StageHash Add(string name, object? value)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes($"{name}={value}\n"));
        return this;
    }

    /// <summary>Adds a file's content, or a marker when it is missing.</summary>
    public StageHash AddFile(string path)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes($"file {Path.GetFileName(path)}\n"));
        if (File.Exists(path)) _hash.AppendData(File.ReadAllBytes(path));
        else _hash.AppendData("missing"u8);
        return this;
    }

    /// <summary>Adds every file of a folder (not its sub-folders), in name order, or a marker when it is missing.</summary>
    public StageHash AddFolder(string folder, string pattern = "*")
    {
        if (!Directory.Exists(folder)) return Add("folder " + Path.GetFileName(folder), "missing");
        foreach (var file in Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal)) AddFile(file);
        return this;
    }

    /// <summary>The hash as lower-case hex.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <summary>The hex SHA-256 of one text.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
