using Alchemist.Programs;

namespace Alchemist.Tests.Labeling;

/// <summary>Programs and texts shared by the applier tests.</summary>
internal static class TestPrograms
{
    public static readonly LabelSet HamSpam = new(["ham", "spam"]);

    /// <summary>A program whose labeling method has the given body.</summary>
    public static ProgramSource Program(string name, string body) =>
        new(name, $"public static class P {{ public static int Label(string text) {{ {body} }} }}");

    /// <summary>Benign programs with their reference implementation, to check every cell.</summary>
    public static readonly (ProgramSource Source, Func<string, int> Expected)[] Benign =
    [
        (Program("link", "return text.Contains(\"http\") ? 1 : -1;"), t => t.Contains("http") ? 1 : -1),
        (Program("short", "return text.Length < 20 ? 0 : -1;"), t => t.Length < 20 ? 0 : -1),
        (Program("check_regex", "return Regex.IsMatch(text, @\"check (it|this) out\", RegexOptions.IgnoreCase) ? 1 : 0;"),
            t => t.Contains("check this out", StringComparison.OrdinalIgnoreCase) ? 1 : 0),
    ];

    /// <summary>Deterministic comment-like texts.</summary>
    public static string[] Texts(int count) => Enumerable.Range(0, count).Select(i => (i % 5) switch
    {
        0 => $"check this out http://spam.example/{i}",
        1 => $"lol {i}",
        2 => $"I love this song so much, number {i}",
        3 => $"CHECK THIS OUT my channel {i}",
        _ => $"great video {i} from a fan who writes long comments",
    }).ToArray();

    /// <summary>Asserts that column <paramref name="column"/> holds <paramref name="expected"/> of every text.</summary>
    public static void AssertColumn(LabelMatrix matrix, int column, string[] texts, Func<string, int> expected)
    {
        for (var i = 0; i < texts.Length; i++)
            if (matrix[i, column] != expected(texts[i]))
                Assert.Fail($"{matrix.ProgramNames[column]} row {i} ('{texts[i]}'): expected {expected(texts[i])}, got {matrix[i, column]}");
    }

    /// <summary>Progress heard on the reporting thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
    internal sealed class SynchronousProgress(Action<Alchemist.Labeling.ApplyProgress> report) : IProgress<Alchemist.Labeling.ApplyProgress>
    {
        public void Report(Alchemist.Labeling.ApplyProgress value)
        {
            lock (this) report(value);
        }
    }
}
