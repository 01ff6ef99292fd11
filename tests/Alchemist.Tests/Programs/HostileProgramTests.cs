using Alchemist.Programs;
using static Alchemist.Tests.Programs.ProgramTestKit;

namespace Alchemist.Tests.Programs;

/// <summary>
/// Programs written to escape: each is refused at check time with a message naming the symbol and the line, or
/// contained at run time as a fault on that row while the host keeps running.
/// </summary>
public sealed class HostileProgramTests
{
    /// <summary>The offending statement always sits on line 5.</summary>
    private static string InLabel(string statement, string usings = "") => $$"""
        {{usings}}
        public static class P
        {
            public static int Label(string text)
            {
                {{statement}}
                return 0;
            }
        }
        """.TrimStart('\r', '\n');

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\");", "File")]
    [InlineData("System.IO.File.WriteAllText(\"/tmp/x\", text);", "File")]
    [InlineData("using var s = new System.IO.FileStream(\"/tmp/x\", System.IO.FileMode.Create);", "FileStream")]
    [InlineData("new System.Net.Http.HttpClient().GetStringAsync(\"http://example.com\");", "HttpClient")]
    [InlineData("new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);", "Socket")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\", \"-c 'rm -rf /'\");", "Process")]
    [InlineData("var home = Environment.GetEnvironmentVariable(\"HOME\");", "Environment")]
    [InlineData("Environment.Exit(1);", "Environment")]
    [InlineData("var t = Type.GetType(\"System.IO.File\");", "Type")]
    [InlineData("var m = text.GetType().GetMethods();", "System.Type")]
    [InlineData("var n = text.GetType().Name;", "System.Reflection")]
    [InlineData("var n = typeof(string).Name;", "System.Reflection")]
    [InlineData("object o = typeof(string);", "typeof")]
    [InlineData("var a = System.Reflection.Assembly.Load(\"x\");", "Assembly")]
    [InlineData("var o = Activator.CreateInstance(typeof(string));", "Activator")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "Thread")]
    [InlineData("System.Threading.Tasks.Task.Run(() => 1);", "Task")]
    [InlineData("System.Threading.Tasks.Parallel.For(0, 10, i => { });", "Parallel")]
    [InlineData("GC.Collect();", "GC")]
    [InlineData("var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(10);", "Marshal")]
    [InlineData("Console.WriteLine(text);", "Console")]
    [InlineData("var r = new Random().Next();", "Random")]
    [InlineData("var now = DateTime.Now;", "DateTime")]
    [InlineData("dynamic d = text; d.Foo();", "dynamic")]
    [InlineData("unsafe { int x = 1; int* p = &x; }", "unsafe")]
    [InlineData("Span<char> s = stackalloc char[10];", "stackalloc")]
    [InlineData("start: goto start;", "goto")]
    [InlineData("lock (text) { }", "lock")]
    [InlineData("var h = text.GetHashCode();", "GetHashCode")]
    [InlineData("AppDomain.CurrentDomain.GetAssemblies();", "AppDomain")]
    [InlineData("var ci = System.Globalization.CultureInfo.CurrentCulture;", "CultureInfo")]
    [InlineData("var t = System.Text.RegularExpressions.Regex.InfiniteMatchTimeout;", "InfiniteMatchTimeout")]
    public void ForbiddenCallsAreRejectedNamingTheSymbolAndLine(string statement, string symbol)
    {
        var diagnostics = Reject(InLabel(statement));
        var first = diagnostics[0];
        Assert.Equal(5, first.Line);
        Assert.True(first.Message.Contains(symbol, StringComparison.Ordinal), $"'{symbol}' not named in: {first}");
    }

    [Fact]
    public void StaticMutableStateIsRejectedButStaticReadonlyIsAllowed()
    {
        var field = Reject("public static class P\n{\n    static int seen;\n    public static int Label(string t) => ++seen % 2;\n}");
        Assert.Equal(3, field[0].Line);
        Assert.Contains("seen", field[0].Message);
        var property = Reject("public static class P\n{\n    public static int Seen { get; set; }\n    public static int Label(string t) => Seen++;\n}");
        Assert.Equal(3, property[0].Line);
        using var allowed = Compile("public static class P\n{\n    static readonly string[] Words = { \"a\" };\n    const int One = 1;\n    public static int Label(string t) => Words.Contains(t) ? One : 0;\n}");
        Assert.Equal(1, allowed.Label("a"));
    }

    [Fact]
    public void PInvokeAndAttributesAreRejected()
    {
        var diagnostics = Reject("""
            public static class P
            {
                [System.Runtime.InteropServices.DllImport("libc")] static extern int getpid();
                public static int Label(string t) => getpid();
            }
            """);
        Assert.Equal(3, diagnostics[0].Line);
    }

    [Fact]
    public void InfiniteLoopFaultsOnTheRow()
    {
        using var program = Compile(InLabel("while (true) { }"));
        AssertFault(program, ProgramOutcomeKind.Budget);
    }

    [Fact]
    public void InfiniteLoopThatSwallowsExceptionsStillFaults()
    {
        using var program = Compile(InLabel("""
            while (true)
                {
                    try { for (;;) { } }
                    catch (Exception) { }
                    try { do { } while (text != null); }
                    catch { }
                    try { while (true) { } }
                    catch (Exception e) when (e.Message.Length >= 0) { }
                }
            """));
        AssertFault(program, ProgramOutcomeKind.Budget);
    }

    [Fact]
    public void UnboundedRecursionFaultsInsteadOfOverflowingTheStack()
    {
        using var program = Compile("""
            public static class P
            {
                static int Deeper(string s, int n) => Deeper(s, n + 1) + 1;
                public static int Label(string text)
                {
                    try { return Deeper(text, 0); } catch (Exception) { return 0; }
                }
            }
            """);
        var outcome = AssertFault(program, ProgramOutcomeKind.Budget);
        Assert.Contains("deeper than", outcome.FaultMessage);
    }

    [Fact]
    public void RecursiveLambdasAndLocalFunctionsAreBounded()
    {
        using var program = Compile("""
            public static int Label(string text)
            {
                Func<int, int> f = null;
                f = n => f(n + 1);
                int g(int n) { return g(n) + f(n); }
                return g(0);
            }
            """);
        AssertFault(program, ProgramOutcomeKind.Budget);
    }

    [Fact]
    public void CatastrophicBacktrackingRegexTimesOut()
    {
        var options = new ProgramCompilerOptions { Limits = ProgramLimits.Default with { RegexTimeout = TimeSpan.FromMilliseconds(200) } };
        using var constant = Compile(InLabel("if (Regex.IsMatch(text, \"^(a+)+$\")) return 1;"), options: options);
        var evil = new string('a', 40) + "!";
        AssertFault(constant, ProgramOutcomeKind.RegexTimeout, evil);
        Assert.Equal(1, constant.Label("aaaa"));
        using var dynamicPattern = Compile(InLabel("var p = \"^(a+)+\" + \"$\"; if (new Regex(p).IsMatch(text)) return 1;"), options: options);
        AssertFault(dynamicPattern, ProgramOutcomeKind.RegexTimeout, evil);
        using var swallowed = Compile(InLabel("try { Regex.Match(text, \"^(a|aa)+$\"); } catch (Exception) { return 1; }"), options: options);
        AssertFault(swallowed, ProgramOutcomeKind.RegexTimeout, evil);
    }

    [Fact]
    public void InvalidConstantRegexIsACompileError()
    {
        var diagnostics = Reject(InLabel("if (Regex.IsMatch(text, \"(unclosed\")) return 1;"));
        Assert.Equal(5, diagnostics[0].Line);
        Assert.Contains("invalid regular expression", diagnostics[0].Message);
    }

    [Fact]
    public void ExceptionsAndBadIdsAreFaultsAndTheProgramCarriesOn()
    {
        using var program = Compile("public static int Label(string t) => t.Length == 0 ? int.Parse(t) : t.Length > 3 ? 7 : 1;");
        var thrown = ProgramRunner.Run(program, "", Spam);
        Assert.Equal(ProgramOutcomeKind.Exception, thrown.Kind);
        Assert.StartsWith("FormatException", thrown.FaultMessage);
        Assert.Equal(-1, thrown.Vote);
        var outOfRange = ProgramRunner.Run(program, "long text", Spam);
        Assert.Equal(ProgramOutcomeKind.OutOfRange, outOfRange.Kind);
        Assert.Equal(-1, outOfRange.Vote);
        Assert.Equal(new ProgramOutcome(ProgramOutcomeKind.Label, 1), ProgramRunner.Run(program, "ab", Spam));
    }

    [Fact]
    public void AnExceptionWhoseMessageLoopsForeverIsStillReported()
    {
        using var program = Compile("""
            public class Boom : Exception
            {
                public override string Message { get { while (true) { } } }
            }
            public static class P
            {
                public static int Label(string text) => throw new Boom();
            }
            """);
        var outcome = ProgramRunner.Run(program, "x", Spam);
        Assert.Equal(ProgramOutcomeKind.Exception, outcome.Kind);
        Assert.Equal("Boom", outcome.FaultMessage);
    }

    [Fact]
    public void WhatOnlyTheWorkerProcessCanStopIsNotWronglyRejected()
    {
        // No callback into the program and a single huge allocation: the worker's deadline and heap limit handle these.
        using var range = Compile(InLabel("if (text == \"never\") return Enumerable.Range(0, int.MaxValue).Max();"));
        Assert.Equal(0, range.Label("x"));
        using var allocation = Compile(InLabel("if (text == \"never\") return new byte[int.MaxValue].Length;"));
        Assert.Equal(0, allocation.Label("x"));
        using var growing = Compile(InLabel("var l = new List<string>(); if (text == \"never\") while (true) l.Add(new string('x', 1000));"));
        Assert.Equal(0, growing.Label("x"));
    }

    [Fact]
    public void ProgramsCannotCallTheBudgetRuntime()
    {
        var diagnostics = Reject(InLabel("Alchemist.Programs.Runtime.ProgramBudget.Reset(default);"));
        Assert.Equal(5, diagnostics[0].Line);
    }

    private static ProgramOutcome AssertFault(CompiledProgram program, ProgramOutcomeKind kind, string text = "some text")
    {
        var outcome = ProgramRunner.Run(program, text, Spam);
        Assert.True(outcome.Kind == kind, $"expected {kind}, got {outcome.Kind}: {outcome.FaultMessage}");
        Assert.Equal(-1, outcome.Vote);
        // The same program keeps labelling other rows after a fault.
        Assert.True(ProgramRunner.Run(program, "aaaa", Spam).Kind != ProgramOutcomeKind.Exception);
        return outcome;
    }
}
