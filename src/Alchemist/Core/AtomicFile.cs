namespace Alchemist.Core;

/// <summary>Writes artifacts through a temp file and a move, so a failure never leaves a half-written file behind.</summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> (creating its folder) with <paramref name="write"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var pending = Begin(path);
        write(pending.Stream);
        pending.Commit();
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 to <paramref name="path"/> (creating its folder).</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Opens a file beside <paramref name="path"/> (creating the folder) that <see cref="Pending.Commit"/> moves over it;
    /// disposing without committing deletes it. For writers that stream for a long time.
    /// </summary>
    /// <param name="path">The target.</param>
    /// <param name="tempPath">The file written until the commit; default a name private to this process. Others may read it meanwhile.</param>
    public static Pending Begin(string path, string? tempPath = null)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new Pending(path, tempPath ?? path + $".{Environment.ProcessId}.tmp");
    }

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> only when no file is there (creating its folder): another
    /// process sees no file or the whole text, and of two processes racing exactly one gets true.
    /// </summary>
    /// <returns>False when a file already exists at <paramref name="path"/> (it is left as it was).</returns>
    public static bool TryCreate(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Private to this call: racing processes (and threads) must not share it.
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temp, text);
            try
            {
                File.Move(temp, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Replaces the folder <paramref name="path"/> with one that <paramref name="fill"/> writes beside it: a failure while
    /// filling leaves the earlier folder as it was.
    /// </summary>
    /// <param name="path">The folder to replace (need not exist).</param>
    /// <param name="fill">Writes the new content into the empty folder it is given.</param>
    public static void ReplaceDirectory(string path, Action<string> fill)
    {
        var temp = path + ".tmp";
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        try
        {
            fill(temp);
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            Directory.Move(temp, path);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>A file being written beside its target (see <see cref="Begin"/>).</summary>
    internal sealed class Pending : IDisposable
    {
        private readonly string _path;
        private bool _committed;

        internal Pending(string path, string tempPath)
        {
            _path = path;
            TempPath = tempPath;
            Stream = new FileStream(tempPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }

        /// <summary>The file written until <see cref="Commit"/>.</summary>
        public string TempPath { get; }

        /// <summary>Where to write.</summary>
        public FileStream Stream { get; }

        /// <summary>Closes the stream and moves the file over the target (an earlier file there is replaced).</summary>
        public void Commit()
        {
            Stream.Dispose();
            File.Move(TempPath, _path, overwrite: true);
            _committed = true;
        }

        /// <summary>Closes the stream; without <see cref="Commit"/> the file is deleted.</summary>
        public void Dispose()
        {
            if (_committed) return;
            Stream.Dispose();
            File.Delete(TempPath);
        }
    }
}
