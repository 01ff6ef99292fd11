using Alchemist.Programs;
using static Alchemist.Tests.Programs.ProgramTestKit;

namespace Alchemist.Tests.Programs;

/// <summary>
/// Ten programs in the style LLMs write for spam and sentiment tasks (keywords, regexes, LINQ, helpers, records,
/// iterators, spans, query syntax): all must pass the check, survive instrumentation and label as written.
/// </summary>
public sealed class RealisticProgramTests
{
    public static TheoryData<string, string, string, int> Cases => new()
    {
        { "keywords", """
            ```csharp
            public static class KeywordSpam
            {
                private static readonly string[] SpamWords = { "subscribe", "check out my", "free", "giveaway", "click" };
                public static int Label(string text)
                {
                    var lower = text.ToLowerInvariant();
                    foreach (var word in SpamWords)
                        if (lower.Contains(word)) return 1;
                    return -1;
                }
            }
            ```
            """, "Please SUBSCRIBE to my channel", 1 },
        { "url-regex", """
            using System.Text.RegularExpressions;
            public class UrlSpam
            {
                private static readonly Regex Url = new Regex(@"https?://\S+|www\.\S+", RegexOptions.IgnoreCase | RegexOptions.Compiled);
                public static int Label(string text) => Url.IsMatch(text) ? 1 : -1;
            }
            """, "visit WWW.example.com now", 1 },
        { "static-regex-calls", """
            public static int lf_money(string comment)
            {
                if (Regex.IsMatch(comment, @"\$\d+|\d+\s*(dollars|usd)", RegexOptions.IgnoreCase)) return 1;
                var cleaned = Regex.Replace(comment, "[^a-z ]", m => "", RegexOptions.IgnoreCase);
                return Regex.Split(cleaned, @"\s+").Count(w => w.Length > 0) < 3 ? 0 : -1;
            }
            """, "win 100 USD today", 1 },
        { "linq-ratio", """
            static class Shouting
            {
                static double UpperRatio(string s)
                {
                    var letters = s.Where(char.IsLetter).ToList();
                    return letters.Count == 0 ? 0 : letters.Count(char.IsUpper) / (double)letters.Count;
                }
                public static int Classify(string text) => UpperRatio(text) switch
                {
                    > 0.7 => 1,
                    < 0.2 => 0,
                    _ => -1,
                };
            }
            """, "BUY THIS NOW!!!", 1 },
        { "query-syntax-and-tuples", """
            public static class Sentiment
            {
                static readonly Dictionary<string, int> Lexicon = new(StringComparer.OrdinalIgnoreCase)
                {
                    ["good"] = 1, ["great"] = 2, ["love"] = 2, ["bad"] = -1, ["awful"] = -2, ["hate"] = -2,
                };
                public static int Label(string text)
                {
                    var scores = from token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                                 let word = token.Trim('.', '!', ',')
                                 where Lexicon.ContainsKey(word)
                                 select (word, score: Lexicon[word]);
                    var (count, total) = (scores.Count(), scores.Sum(s => s.score));
                    if (count == 0) return 1;
                    return total > 0 ? 2 : total < 0 ? 0 : 1;
                }
            }
            """, "I love it, great phone!", 2 },
        { "record-and-iterator", """
            public sealed record Cue(string Phrase, int Weight);
            public static class Cues
            {
                static readonly List<Cue> All = new() { new("not good", -2), new("terrible", -3), new("excellent", 3) };
                static IEnumerable<int> Hits(string text)
                {
                    foreach (var cue in All)
                        if (text.Contains(cue.Phrase, StringComparison.OrdinalIgnoreCase)) yield return cue.Weight;
                }
                public static string Predict(string review)
                {
                    var sum = Hits(review).Sum();
                    return sum > 0 ? "positive" : sum < 0 ? "Negative" : null;
                }
            }
            """, "Terrible battery, not good at all", 0 },
        { "spans-ranges-stringbuilder", """
            public static int Label(string text)
            {
                var head = text.Length > 12 ? text[..12] : text;
                var trimmed = head.AsSpan().Trim();
                var sb = new StringBuilder();
                for (int i = 0; i < trimmed.Length; i++)
                    if (char.IsLetterOrDigit(trimmed[i])) sb.Append(char.ToLowerInvariant(trimmed[i]));
                var key = sb.ToString();
                return key.StartsWith("free") || key.StartsWith("win") ? 1 : -1;
            }
            """, "  FREE iPhone!!! click here", 1 },
        { "helpers-and-local-functions", """
            Here you go:
            ```
            public class Heuristics
            {
                public static int LabelComment(string text)
                {
                    int Score(params string[] words) => words.Count(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
                    var spam = Score("subscribe", "my channel", "follow me");
                    var ham = Score("song", "lyrics", "voice");
                    if (spam == ham) return -1;
                    return spam > ham ? 1 : 0;
                }
            }
            ```
            It compares spam and ham cue counts.
            """, "her voice in this song", 0 },
        { "matches-and-dictionary", """
            public static class Repetition
            {
                public static int Label(string text)
                {
                    var counts = new Dictionary<string, int>();
                    foreach (Match m in Regex.Matches(text.ToLowerInvariant(), @"\b\w+\b"))
                    {
                        counts.TryGetValue(m.Value, out var c);
                        counts[m.Value] = c + 1;
                    }
                    var max = counts.Count == 0 ? 0 : counts.Values.Max();
                    try { return max >= 3 ? 1 : int.Parse("x"); }
                    catch (FormatException) { return -1; }
                }
            }
            """, "buy buy buy now", 1 },
        { "exclamations-and-math", """
            public static class Punctuation
            {
                static int Count(string s, char c) { var n = 0; foreach (var ch in s) if (ch == c) n++; return n; }
                static double Density => 0.05;
                public static int Label(string text)
                {
                    var exclamations = Count(text, '!');
                    var i = 0;
                    do { i++; } while (i < 3);
                    return Math.Round(exclamations / (double)Math.Max(1, text.Length), 3) > Density ? 1 : -1;
                }
            }
            """, "wow!!!!", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RealisticProgramsCompileAndLabel(string name, string code, string text, int expected)
    {
        var labels = name is "query-syntax-and-tuples" or "record-and-iterator" ? Sentiment : Spam;
        using var program = Compile(code, labels);
        var outcome = ProgramRunner.Run(program, text, labels);
        Assert.True(outcome.Vote == expected, $"{name}: expected {expected}, got {outcome.Kind} {outcome.Returned} {outcome.FaultMessage}");
        using var uninstrumented = Compile(code, labels, new ProgramCompilerOptions { Instrument = false });
        Assert.Equal(expected, ProgramRunner.Run(uninstrumented, text, labels).Vote);
    }

    [Fact]
    public void LabelsTheSameRowsInParallelAsSequentially()
    {
        using var program = Compile((string)Cases.First()[1]);
        var texts = Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? $"click {i}" : $"song {i}").ToArray();
        var sequential = texts.Select(t => ProgramRunner.Run(program, t, Spam).Vote).ToArray();
        var parallel = new int[texts.Length];
        Parallel.For(0, texts.Length, i => parallel[i] = ProgramRunner.Run(program, texts[i], Spam).Vote);
        Assert.Equal(sequential, parallel);
        Assert.Equal(LabelSet.Abstain, sequential[1]);
    }

    [Fact]
    public void EverydayConstructsPassTheCheck()
    {
        using var program = Compile("""
            public static class P
            {
                enum Cue { None, Link, Money }
                public static int Label(string text)
                {
                    var counts = new Dictionary<string, int> { ["x"] = 1 };
                    foreach (var (key, value) in counts) _ = $"{key}={value:N0}";
                    foreach (KeyValuePair<string, int> pair in counts) if (pair.Value > 9) return 0;
                    var sb = new StringBuilder().Append($"{text.Length}").AppendLine();
                    var upper = text.ToUpper(CultureInfo.InvariantCulture);
                    var digits = int.TryParse(new string(text.Where(char.IsDigit).Take(5).ToArray()), out var n) ? n : 0;
                    var cue = upper.Contains("HTTP") ? Cue.Link : digits > 100 ? Cue.Money : Cue.None;
                    var words = text.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim()).ToHashSet();
                    var category = char.GetUnicodeCategory(text.Length > 0 ? text[0] : ' ');
                    var ratio = Math.Round(Math.Log(1 + words.Count) / Math.Sqrt(text.Length + 1), 2);
                    return cue switch
                    {
                        Cue.Link or Cue.Money => 1,
                        _ when category == UnicodeCategory.UppercaseLetter && ratio > 0.5 => 1,
                        _ => text.Equals("ok", StringComparison.OrdinalIgnoreCase) ? 0 : -1,
                    };
                }
            }
            """);
        Assert.Equal(1, program.Label("see http://x"));
        Assert.Equal(1, program.Label("pay 500 now"));
        Assert.Equal(0, program.Label("OK"));
    }
}
