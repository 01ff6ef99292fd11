using Alchemist.Tests.Data;

namespace Alchemist.Tests.Pipeline.ScaleOut;

/// <summary>
/// A project over the real WRENCH YouTube folder (train 1,586, valid 120, test 250 rows) with six keyword programs, so
/// a sharded run and a local run can be compared with no LLM.
/// </summary>
internal sealed class YoutubeProject : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly (string Name, string Body)[] Programs =
    [
        ("001-check", "text.ToLowerInvariant().Contains(\"check\") ? 1 : -1"),
        ("002-subscribe", "text.ToLowerInvariant().Contains(\"subscrib\") ? 1 : -1"),
        ("003-link", "text.Contains(\"http\") ? 1 : -1"),
        ("004-song", "text.ToLowerInvariant().Contains(\"song\") ? 0 : -1"),
        ("005-love", "text.ToLowerInvariant().Contains(\"love\") ? 0 : -1"),
        ("006-short", "text.Length < 25 ? 0 : -1"),
        ("007-channel", "text.ToLowerInvariant().Contains(\"channel\") ? 1 : -1"),
    ];

    public YoutubeProject()
    {
        Directory.CreateDirectory(Path.Combine(Root, "programs"));
        File.WriteAllText(Path.Combine(Root, "alchemist.yaml"), $"""
            name: youtube
            data:
              path: {TestPaths.Shared("youtube")}
            labels: [HAM, SPAM]
            task_description: Decide whether a YouTube comment is spam.
            programs: 7
            model:
              provider: openai
              name: gpt-4o-mini
            knowledge: [none]
            output: programs
            """);
        foreach (var (name, body) in Programs)
            File.WriteAllText(Path.Combine(Root, "programs", name + ".cs"),
                $"public static class P {{ public static int Label(string text) => {body}; }}\n");
    }

    /// <summary>The project folder.</summary>
    public string Root => Path.Combine(_folder.Root, "youtube");

    /// <summary>The sharded run folder (the task's name).</summary>
    public RunFolder Run => new(Path.Combine(Root, "runs", "youtube"));

    public void Dispose() => _folder.Dispose();
}
