namespace Alchemist.Tests;

/// <summary>Locates the repository and the shared data folder (../shared beside the clone).</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the first ancestor of the test binaries that holds Alchemist.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/data beside the repository.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    /// <summary>A path inside ../shared/data; fails the test with a clear message when the folder is missing.</summary>
    public static string Shared(params string[] parts)
    {
        var path = Path.Combine([SharedData, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new InvalidOperationException($"Test data {path} is missing: clone the repository with ../shared beside it.");
        return path;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Alchemist.sln"))) return dir.FullName;
        throw new InvalidOperationException("Alchemist.sln not found above " + AppContext.BaseDirectory);
    }
}
