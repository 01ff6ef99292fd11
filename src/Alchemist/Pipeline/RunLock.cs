using System.Text.Json;

namespace Alchemist.Pipeline;

/// <summary>
/// A lock file (<c>.alchemist/run.lock</c> in the folder it guards) held while a command changes that folder, so two
/// runs of one project cannot interleave their artifacts. It records the owner's process id, start time and host; a
/// lock whose owner is gone (killed, crashed) is stale and taken over; a live owner makes the second command refuse.
/// </summary>
internal sealed class RunLock : IDisposable
{
    /// <summary>The lock file's name inside the guarded folder's <c>.alchemist</c> folder.</summary>
    public const string FileName = "run.lock";

    private readonly string _path;
    private bool _released;

    private RunLock(string path) => _path = path;

    /// <summary>The lock file guarding <paramref name="folder"/>.</summary>
    public static string PathOf(string folder) => Path.Combine(folder, ".alchemist", FileName);

    /// <summary>Takes the lock on <paramref name="folder"/> for this process.</summary>
    /// <param name="folder">The project or run folder to guard (created if missing).</param>
    /// <param name="purpose">What this process does there ("alchemist run"), shown to a second command.</param>
    /// <exception cref="RunLockedException">A live process holds it.</exception>
    public static RunLock Acquire(string folder, string purpose)
    {
        var path = PathOf(folder);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var owner = RunLockOwner.Current(purpose);
        // Created whole or not at all: another process sees no lock or a complete one.
        var text = JsonSerializer.Serialize(owner, ArtifactJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            if (AtomicFile.TryCreate(path, text)) return new RunLock(path);
            var holder = Read(path);
            if (holder is not null && !holder.IsGone || attempt == 3)
                throw new RunLockedException(holder is null
                    ? $"{folder} is in use: its lock {path} keeps being taken by another process; try again, or if no alchemist command runs there, delete {path}."
                    : $"{folder} is in use by process {holder.Pid} on {holder.Host} ({holder.Purpose}, started {holder.ProcessStarted:yyyy-MM-dd HH:mm:ss} UTC); " +
                      $"wait for it to finish, or if that process no longer runs, delete {path}.");
            // Stale (its owner is gone) or unreadable: take it over. Deleting and creating again keeps it atomic.
            File.Delete(path);
        }
    }

    private static RunLockOwner? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<RunLockOwner>(File.ReadAllText(path), ArtifactJson.Options);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock (deletes the file).</summary>
    public void Dispose()
    {
        if (_released) return;
        _released = true;
        File.Delete(_path);
    }
}
