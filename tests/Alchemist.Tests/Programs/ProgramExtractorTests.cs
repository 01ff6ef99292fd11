using Alchemist.Programs;
using static Alchemist.Tests.Programs.ProgramTestKit;

namespace Alchemist.Tests.Programs;

/// <summary>Extraction cases taken from how LLMs actually answer a "write a labeling function" prompt.</summary>
public sealed class ProgramExtractorTests
{
    [Fact]
    public void RenamedMethodAndParameterInAClassIsFound()
    {
        using var program = Compile("""
            public static class SpamDetector
            {
                public static int DetectSpam(string comment) => comment.Contains("subscribe") ? 1 : -1;
            }
            """);
        Assert.Equal("DetectSpam", program.MethodName);
        Assert.Equal(1, program.Label("please subscribe"));
        Assert.Equal(-1, program.Label("nice song"));
    }

    [Fact]
    public void ProseAroundAFencedBlockIsIgnored()
    {
        using var program = Compile("""
            Sure! Here is a labeling function that looks for links, which are typical of spam:

            ```csharp
            using System;

            public class LinkHeuristic
            {
                public static int Label(string text)
                {
                    return text.Contains("http") ? 1 : -1;
                }
            }
            ```

            This function returns 1 (SPAM) when the comment contains a link and abstains otherwise.
            """);
        Assert.Equal(1, program.Label("see http://x.y"));
    }

    [Fact]
    public void ProseAroundUnfencedCodeIsIgnored()
    {
        using var program = Compile("""
            Here is the function you asked for.
            public static int Label(string text)
            {
                return text.Length > 100 ? 1 : 0;
            }
            It labels long comments as spam.
            """);
        Assert.Equal(0, program.Label("short"));
    }

    [Fact]
    public void TheBlockWithTheLabelingMethodIsChosenAmongSeveral()
    {
        var answer = """
            First, a few keywords:
            ```
            subscribe, channel, check out
            ```
            Then the helper and the function:
            ```cs
            static bool HasKeyword(string t) => new[] { "subscribe", "channel" }.Any(t.Contains);
            static int lf_keywords(string t) => HasKeyword(t.ToLowerInvariant()) ? 1 : -1;
            ```
            And an example of use:
            ```csharp
            Console.WriteLine(lf_keywords("Subscribe now"));
            ```
            """;
        using var program = Compile(answer);
        Assert.Equal("lf_keywords", program.MethodName);
        Assert.Equal(1, program.Label("Subscribe to my CHANNEL"));
        Assert.True(ProgramExtractor.TryExtract(answer, out var extracted, out _));
        Assert.Equal(2, extracted.MethodLine);
    }

    [Fact]
    public void PrefersTheConventionallyNamedMethodOverHelpers()
    {
        using var program = Compile("""
            public class P
            {
                static int CountWords(string s) => s.Split(' ').Length;
                public static int Classify(string s) => CountWords(s) > 3 ? 0 : 1;
            }
            """);
        Assert.Equal("Classify", program.MethodName);
        Assert.Equal(1, program.Label("buy now"));
    }

    [Fact]
    public void ClassNamesAreMappedCaseInsensitivelyAndUnknownNamesFault()
    {
        using var program = Compile("""
            public static string Label(string text)
            {
                if (text.Contains("great")) return "Positive";
                if (text.Contains("awful")) return " NEGATIVE ";
                if (text.Contains("meh")) return "lukewarm";
                return null;
            }
            """, Sentiment);
        Assert.Equal(ProgramReturnKind.ClassName, program.ReturnKind);
        Assert.Equal(2, program.Label("a great day"));
        Assert.Equal(0, program.Label("awful"));
        Assert.Equal(-1, program.Label("nothing"));
        var outcome = ProgramRunner.Run(program, "meh", Sentiment);
        Assert.Equal(ProgramOutcomeKind.BadOutput, outcome.Kind);
        Assert.Contains("lukewarm", outcome.FaultMessage);
    }

    [Fact]
    public void BoolMeansClassOneOnTwoClassTasksAndIsRefusedOtherwise()
    {
        const string code = "static bool IsSpam(string text) => text.Contains(\"free\");";
        using var program = Compile(code);
        Assert.Equal(1, program.Label("free money"));
        Assert.Equal(0, program.Label("hello"));
        var diagnostics = Reject(code, Sentiment);
        Assert.Contains("two-class", diagnostics[0].Message);
    }

    [Fact]
    public void NullableReturnsAbstainOnNull()
    {
        using var ids = Compile("public static int? Label(string t) => t.Length == 0 ? null : 1;");
        Assert.Equal(-1, ids.Label(""));
        Assert.Equal(1, ids.Label("x"));
        using var flags = Compile("public static bool? Label(string t) => t.Length == 0 ? null : t.StartsWith('s');");
        Assert.Equal(-1, flags.Label(""));
        Assert.Equal(1, flags.Label("spam"));
        Assert.Equal(0, flags.Label("ham"));
    }

    [Fact]
    public void MissingUsingsAreSupplied()
    {
        using var program = Compile("""
            public class P
            {
                static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase) { "win", "prize" };
                public static int Label(string text)
                {
                    var sb = new StringBuilder();
                    foreach (var w in Regex.Split(text, @"\W+").Where(w => w.Length > 0)) sb.Append(w.ToLower(CultureInfo.InvariantCulture));
                    return text.Split(' ').Any(Words.Contains) && sb.Length > 0 ? 1 : -1;
                }
            }
            """);
        Assert.Equal(1, program.Label("you WIN a prize"));
    }

    [Fact]
    public void MethodWithoutClassIsWrappedAndKeepsItsLineNumbers()
    {
        var diagnostics = Reject("""
            // keyword heuristic
            int Label(string text)
            {
                return text.Contains("x") ? 1 : undefinedName;
            }
            """);
        Assert.Equal(4, diagnostics[0].Line);
        using var program = Compile("""
            string[] keywords = { "subscribe", "channel" };
            int Label(string text) => keywords.Any(text.Contains) ? 1 : -1;
            Console.WriteLine(Label("subscribe"));
            """);
        Assert.Equal(1, program.Label("my channel"));
        using var withFields = Compile("""
            static readonly HashSet<string> Words = new() { "free" };
            const int Spam = 1;
            public static int Label(string text) => Words.Contains(text) ? Spam : -1;
            """);
        Assert.Equal(1, withFields.Label("free"));
    }

    [Fact]
    public void MainAndDemoCodeAreDropped()
    {
        using var program = Compile("""
            using System;
            public class Program
            {
                public static int Label(string text) => text.EndsWith("!!!") ? 1 : -1;
                public static void Main() { Console.WriteLine(Label("hi!!!")); }
            }
            """);
        Assert.Equal(1, program.Label("buy!!!"));
    }

    [Fact]
    public void InstanceMethodsRunOnOneInstance()
    {
        using var program = Compile("""
            public class Labeler
            {
                private readonly string[] _words = { "free", "win" };
                public int Predict(string input) => _words.Any(input.Contains) ? 1 : 0;
            }
            """);
        Assert.Equal(1, program.Label("win big"));
        var diagnostics = Reject("""
            public class Labeler
            {
                private int _calls;
                public int Predict(string input) => ++_calls > 1 ? 1 : 0;
            }
            """);
        Assert.Equal(3, diagnostics[0].Line);
    }

    [Fact]
    public void TextWithoutCodeOrWithoutAMethodIsRejectedWithAReason()
    {
        Assert.Contains("no code", Reject("")[0].Message);
        Assert.Contains("No labeling method", Reject("```python\ndef label(text):\n    return 1\n```")[0].Message);
    }
}
