namespace Alchemist.Labeling.Isolation;

/// <summary>
/// Paths as the jail needs them: absolute and with links resolved, because a worker may start where neither our PATH
/// nor a symbolic link's folder exists (bubblewrap binds, Landlock rules).
/// </summary>
internal static class HostPaths
{
    /// <summary>The first file named <paramref name="name"/> in a folder of PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    /// <summary><paramref name="path"/> absolute, with every link resolved; as given when it cannot be resolved.</summary>
    public static string Real(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return path;
        }
    }
}
