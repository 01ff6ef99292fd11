using System.Text.Json;

namespace Alchemist.Tests.Concepts;

/// <summary>The tiny random-weight CLIP export in ../shared/models/tiny-clip-random and its reference outputs.</summary>
internal static class ClipFixture
{
    /// <summary>The model folder.</summary>
    public static string Folder
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "models", "tiny-clip-random"));
            if (!Directory.Exists(path)) throw new InvalidOperationException($"Test model {path} is missing: clone with ../shared beside the repository.");
            return path;
        }
    }

    /// <summary>A JSON file of the fixture, parsed.</summary>
    public static JsonElement Reference(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name))).RootElement;

    /// <summary>A JSON array of arrays of numbers as a jagged double array.</summary>
    public static double[][] Matrix(JsonElement element) =>
        element.EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
}
