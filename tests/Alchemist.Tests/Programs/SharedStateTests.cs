using static Alchemist.Tests.Programs.ProgramTestKit;

namespace Alchemist.Tests.Programs;

/// <summary>
/// A label must be a function of (row, program) only. The red team carried state across rows (and so across splits,
/// worker restarts and the smoke sample) through static readonly collections, instance readonly fields, closures and
/// casts back from read-only views. Each is refused; the idioms LLMs write (keyword arrays, sets, dictionaries, regexes,
/// helpers taking the keyword list) still compile.
/// </summary>
public sealed class SharedStateTests
{
    private static string Program(string members, string body) => $$"""
        public static class P
        {
            {{members}}
            public static int Label(string text)
            {
                {{body}}
            }
        }
        """;

    [Theory]
    [InlineData("static readonly List<string> Seen = new();", "Seen.Add(text); return Seen.Count % 2;", "calls Add")]
    [InlineData("static readonly HashSet<string> Seen = new();", "return Seen.Add(text) ? 1 : 0;", "calls Add")]
    [InlineData("static readonly int[] Count = new int[1];", "Count[0]++; return Count[0] % 2;", "written")]
    [InlineData("static readonly int[] Count = new int[1];", "Count[0] = Count[0] + 1; return Count[0] % 2;", "written")]
    [InlineData("static readonly Dictionary<string, int> Seen = new();", "Seen[text] = 1; return Seen.Count % 2;", "written")]
    [InlineData("static readonly string[] Words = { \"b\", \"a\" };", "Array.Sort(Words); return Words[0] == \"a\" ? 1 : 0;", "Array.Sort")]
    [InlineData("static readonly string[] Words = { \"b\", \"a\" };", "var w = Words; w[0] = text; return 0;", "written")]
    [InlineData("static readonly string[] Words = { \"b\", \"a\" };", "return Touch(Words); } static int Touch(string[] ws) { ws[0] = \"x\"; return 0;", "written")]
    [InlineData("static readonly string[] Words = { \"b\", \"a\" };", "Words.AsSpan().Reverse(); return 0;", "AsSpan")]
    [InlineData("static readonly IEnumerable<string> Words = new List<string>();", "((List<string>)Words).Add(text); return 0;", "converting")]
    [InlineData("static readonly IEnumerable<string> Words = new List<string>();", "if (Words is List<string> l) l.Add(text); return 0;", "converting")]
    [InlineData("static readonly List<string> Words = new();", "return Keep(Words); } static int Keep(List<string> w) { w.Clear(); return w.Count;", "Clear")]
    public void Writing_state_shared_between_rows_is_refused(string members, string body, string expected)
    {
        var diagnostics = Reject(Program(members, body));
        Assert.Contains(diagnostics, d => d.Message.Contains(expected) || d.Message.Contains("shared by every row"));
    }

    [Theory]
    [InlineData("static readonly StringBuilder Buffer = new();", "Buffer.Append(text); return Buffer.Length % 2;")]
    [InlineData("static readonly Func<string, int> Counter = MakeCounter();", "return Counter(text); } static Func<string, int> MakeCounter() { var n = 0; return s => ++n % 2;")]
    [InlineData("static readonly List<List<string>> Buckets = new() { new() };", "Buckets[0].Add(text); return Buckets[0].Count % 2;")]
    [InlineData("static readonly Box Shared = new();", "Shared.N++; return Shared.N % 2; } class Box { public int N;")]
    [InlineData("static readonly Dictionary<int, string[]> Words = new();", "Words[0][0] = text; return 0;")]
    public void Shared_members_that_can_hold_changing_state_are_refused(string members, string body)
    {
        var diagnostics = Reject(Program(members, body));
        Assert.Contains(diagnostics, d => d.Message.Contains("shared by every row"));
    }

    [Fact]
    public void Instance_programs_follow_the_same_rule()
    {
        var diagnostics = Reject("""
            public class P
            {
                private readonly List<string> _seen = new();
                public int Label(string text) { _seen.Add(text); return _seen.Count % 2; }
            }
            """);
        Assert.Contains(diagnostics, d => d.Message.Contains("shared by every row"));
        Assert.Contains(Reject("public class P { public int Seen { get; set; } public int Label(string t) => Seen++; }"), d => d.Message.Contains("setter") || d.Message.Contains("mutable"));
    }

    [Fact]
    public void The_idioms_llms_write_still_compile_and_label()
    {
        using var program = Compile("""
            using System.Collections.Generic;
            using System.Linq;
            public static class P
            {
                private static readonly string[] Spam = { "free", "win", "click" };
                private static readonly HashSet<string> Ham = new(StringComparer.OrdinalIgnoreCase) { "song", "love" };
                private static readonly Dictionary<string, int> Weights = new() { ["free"] = 2, ["win"] = 1 };
                private static readonly Regex Url = new(@"https?://", RegexOptions.IgnoreCase);
                private static readonly char[] Separators = { ' ', ',', '.' };
                private static IReadOnlyList<string> Extra { get; } = new List<string> { "subscribe" };
                private static readonly Dictionary<int, string> Names = new();

                static P()
                {
                    Names[0] = "ham";
                    Names.Add(1, "spam");
                }

                public static int Label(string text)
                {
                    var words = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
                    var score = words.Sum(w => Weights.TryGetValue(w, out var weight) ? weight : 0) + Count(words, Spam);
                    foreach (var word in Spam) if (text.Contains(word)) score++;
                    for (var i = 0; i < Spam.Length; i++) if (Spam[i] == words.FirstOrDefault()) score++;
                    var list = new List<string>(Spam);
                    list.Add("extra");
                    var set = new HashSet<string>(words);
                    set.UnionWith(Ham);
                    var chosen = score >= 0 ? Spam : Extra.ToArray();
                    if (Url.IsMatch(text) || Extra.Any(text.Contains) || string.Join(" ", Spam).Length < 0) return 1;
                    if (words.Any(Ham.Contains) && chosen.Contains("free") && Names.ContainsKey(0)) return 0;
                    return score > 1 ? 1 : -1;
                }

                private static int Count(IEnumerable<string> words, string[] keywords) => words.Count(w => keywords.Contains(w) || Array.IndexOf(keywords, w) >= 0);
            }
            """);
        Assert.Equal(1, program.Label("free win now"));
        Assert.Equal(0, program.Label("love this song"));
        Assert.Equal(1, program.Label("see https://x.y"));
    }

    [Fact]
    public void An_instance_program_with_readonly_immutable_state_is_fine()
    {
        using var program = Compile("""
            public class P
            {
                private readonly string[] _words = { "free" };
                private readonly int _threshold = 1;
                public int Label(string text) => _words.Count(text.Contains) >= _threshold ? 1 : 0;
            }
            """);
        Assert.Equal(1, program.Label("free"));
    }
}
