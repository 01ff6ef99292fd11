using System.Security.Cryptography;

namespace Alchemist.Core;

/// <summary>
/// The integrity record of an artifact: <c>ARTIFACT.sha256</c> beside it, in <c>sha256sum</c>'s format (so
/// <c>sha256sum -c</c> checks it too), written after the artifact. Readers verify it before parsing, so a file
/// damaged on disk (flipped bytes, NaNs, truncation, a half-copied run folder) is refused with a message instead of
/// being used silently. An artifact without a record (written by an older build) is read as before.
/// </summary>
internal static class ArtifactChecksum
{
    /// <summary>The record's suffix.</summary>
    public const string Extension = ".sha256";

    /// <summary>The record of <paramref name="artifact"/>.</summary>
    public static string PathOf(string artifact) => artifact + Extension;

    /// <summary>Records the checksum of <paramref name="artifact"/> as it is now (call right after writing it).</summary>
    public static void Record(string artifact) =>
        AtomicFile.WriteAllText(PathOf(artifact), $"{Hash(artifact)}  {Path.GetFileName(artifact)}\n");

    /// <summary>False when a record exists and the artifact no longer matches it (or the record is unreadable).</summary>
    public static bool IsIntact(string artifact)
    {
        var record = PathOf(artifact);
        if (!File.Exists(record)) return true;
        var recorded = File.ReadAllText(record).Split(' ', 2)[0].Trim();
        return File.Exists(artifact) && string.Equals(recorded, Hash(artifact), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Refuses a damaged artifact.</summary>
    /// <param name="artifact">The file about to be read.</param>
    /// <param name="rebuild">What rebuilds it, e.g. "re-run `alchemist distill`".</param>
    /// <exception cref="AlchemistException">The artifact does not match its record.</exception>
    public static void Verify(string artifact, string rebuild)
    {
        if (!IsIntact(artifact))
            throw new AlchemistException(
                $"{artifact} is damaged: its content no longer matches the SHA-256 recorded in {Path.GetFileName(PathOf(artifact))} when it was written " +
                $"(changed, truncated or corrupted since); {rebuild} to rebuild it.");
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
