using System.Text.Json;

namespace Alchemist.Bench.Distillation;

/// <summary>Real texts for the distillation benchmarks, read straight from ../shared/data.</summary>
internal static class BenchTexts
{
    /// <summary>../shared/data beside the repository (the bench runs from the repository root or below it).</summary>
    public static string SharedData
    {
        get
        {
            for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Alchemist.sln"))) return Path.Combine(dir.FullName, "..", "shared", "data");
            throw new InvalidOperationException("Run the benchmarks from inside the repository (Alchemist.sln not found above the current folder).");
        }
    }

    /// <summary>Every YouTube comment (WRENCH train, valid, test).</summary>
    public static IEnumerable<string> YouTube() =>
        new[] { "train", "valid", "test" }.SelectMany(split =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData, "youtube", split + ".json")));
            return json.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("data").GetProperty("text").GetString()!).ToArray();
        });

    /// <summary>Every IMDb review (train, dev, test).</summary>
    public static IEnumerable<string> Imdb() =>
        new[] { "train", "dev", "test" }.SelectMany(split => File.ReadLines(Path.Combine(SharedData, "imdb", split + ".jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("sentence").GetString()!));

    /// <summary>
    /// <paramref name="count"/> texts: all 1,956 YouTube comments and the 6,000 IMDb reviews, interleaved, the mix
    /// repeated from the start when more are asked for (10,000 = every text once plus 2,044 repeats).
    /// </summary>
    public static string[] Mixed(int count)
    {
        var youtube = YouTube().ToArray();
        var imdb = Imdb().ToArray();
        var pool = Enumerable.Range(0, Math.Max(youtube.Length, imdb.Length))
            .SelectMany(i => (i < youtube.Length ? [youtube[i]] : Array.Empty<string>()).Concat(i < imdb.Length ? [imdb[i]] : []))
            .ToArray();
        return Enumerable.Range(0, count).Select(i => pool[i % pool.Length]).ToArray();
    }
}
