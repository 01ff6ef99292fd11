namespace Alchemist.Core;

/// <summary>
/// Proves a folder can be written before work that ends by writing there starts, so an unwritable output is reported
/// in a second instead of after a long apply whose results would be lost.
/// </summary>
internal static class WritableFolder
{
    /// <summary>Creates <paramref name="folder"/> if needed and writes and deletes a probe file in it.</summary>
    /// <param name="folder">The output folder.</param>
    /// <param name="role">What the folder is, for the message ("The run folder").</param>
    /// <exception cref="AlchemistException">The folder cannot be created or written.</exception>
    public static void Ensure(string folder, string role)
    {
        ArgumentNullException.ThrowIfNull(folder);
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".alchemist-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AlchemistException($"{role} {folder} cannot be written ({e.Message}); choose a folder you can write. Nothing was done.", e);
        }
    }
}
