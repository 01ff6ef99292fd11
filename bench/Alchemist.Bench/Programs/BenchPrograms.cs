using Alchemist.Programs;

namespace Alchemist.Bench.Programs;

/// <summary>Five labeling programs in the styles LLMs write (character loops, keyword arrays, LINQ, regex, helpers), and how to build them.</summary>
internal static class BenchPrograms
{
    /// <summary>No budget counters (the baseline).</summary>
    public static readonly ProgramCompilerOptions Uninstrumented = new() { Instrument = false };

    /// <summary>The shipped instrumentation: foreach over arrays and strings charged once, up front.</summary>
    public static readonly ProgramCompilerOptions UpFront = ProgramCompilerOptions.Default;

    /// <summary>Every foreach iteration charged.</summary>
    public static readonly ProgramCompilerOptions PerIteration = new() { ChargeForEachUpFront = false };

    private static readonly LabelSet Labels = new(["ham", "spam"]);

    /// <summary>Program name → source.</summary>
    public static readonly Dictionary<string, string> Sources = new()
    {
        ["char-loop"] = """
            public static int Label(string text)
            {
                int upper = 0, punctuation = 0;
                foreach (var c in text)
                {
                    if (char.IsUpper(c)) upper++;
                    else if (c == '!' || c == '?') punctuation++;
                }
                return upper * 4 > text.Length || punctuation > 3 ? 1 : -1;
            }
            """,
        ["keywords"] = """
            static readonly string[] Words = { "subscribe", "check out", "free", "channel", "click", "giveaway", "win", "http" };
            public static int Label(string text)
            {
                foreach (var w in Words)
                    if (text.Contains(w, StringComparison.OrdinalIgnoreCase)) return 1;
                return -1;
            }
            """,
        ["linq"] = """
            static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase) { "good", "great", "love", "best", "nice" };
            static readonly HashSet<string> Negative = new(StringComparer.OrdinalIgnoreCase) { "bad", "awful", "hate", "worst", "boring" };
            public static int Label(string text)
            {
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var score = words.Count(w => Positive.Contains(w)) - words.Count(w => Negative.Contains(w));
                return score > 0 ? 1 : score < 0 ? 0 : -1;
            }
            """,
        ["regex-keywords"] = """
            public static int Label(string text)
            {
                if (Regex.IsMatch(text, @"https?://|www\.", RegexOptions.IgnoreCase)) return 1;
                foreach (var w in new[] { "subscribe", "my channel" })
                    if (text.Contains(w, StringComparison.OrdinalIgnoreCase)) return 1;
                return -1;
            }
            """,
        ["helpers"] = """
            static bool IsShouty(string t) => t.Count(char.IsUpper) > t.Length / 3;
            static bool HasLink(string t) => t.Contains("http") || t.Contains("www");
            static int Words(string t) { var n = 1; for (var i = 0; i < t.Length; i++) if (t[i] == ' ') n++; return n; }
            public static int Label(string text) => HasLink(text) ? 1 : IsShouty(text) ? 1 : Words(text) < 4 ? 0 : -1;
            """,
    };

    /// <summary>Compiles a program of <see cref="Sources"/> with the given options.</summary>
    public static CompiledProgram Build(string name, ProgramCompilerOptions options)
    {
        var compilation = ProgramCompiler.Compile(new ProgramSource(name, Sources[name]), Labels, options);
        return compilation.Program ?? throw new InvalidOperationException(string.Join("; ", compilation.Diagnostics));
    }
}
