using Alchemist.Programs;
using static Alchemist.Tests.Programs.ProgramTestKit;

namespace Alchemist.Tests.Programs;

/// <summary>
/// The red team's first class of escape: the checked code was not the emitted code (a second parse of a catch filter
/// or regex pattern without the file's preprocessor symbols, look-alike types binding differently at check and emit
/// time), plus the compile-time attacks (generic labeling methods, huge or deeply nested text). Each program here got
/// through, crashed or hung the old compiler; now each is refused with a reason, or runs exactly as checked.
/// </summary>
public sealed class OneTreeTests
{
    [Theory]
    [InlineData("#if DEBUG\npublic static class P { public static int Label(string t) => 0; }\n#else\npublic static class P { public static int Label(string t) => 1; }\n#endif", "#if")]
    [InlineData("#define EVIL\npublic static class P { public static int Label(string t) => 0; }", "#define")]
    [InlineData("public static class P {\n#pragma warning disable\n public static int Label(string t) => 0; }", "#pragma")]
    [InlineData("#line 1 \"x.cs\"\npublic static class P { public static int Label(string t) => 0; }", "#line")]
    public void Preprocessor_directives_that_change_the_tree_are_refused(string code, string directive)
    {
        var diagnostics = Reject($"```csharp\n{code}\n```");
        Assert.Contains(diagnostics, d => d.Message.Contains(directive) && d.Message.Contains("not allowed"));
    }

    [Fact]
    public void Nullable_and_region_directives_are_fine()
    {
        using var program = Compile("#nullable enable\n#region rules\npublic static class P { public static int Label(string t) => t.Length > 3 ? 1 : 0; }\n#endregion");
        Assert.Equal(1, program.Label("long text"));
    }

    [Fact]
    public void A_catch_filter_is_instrumented_on_the_tree_not_reparsed_from_text()
    {
        // The filter's text only compiles as the tree it was parsed into; the old round trip re-read it in another context.
        using var program = Compile("""
            public static class P
            {
                public static int Label(string text)
                {
                    try { return int.Parse(text); }
                    catch (FormatException e) when (e.Message.Length > 0 && text.Contains("x")) { return 1; }
                    catch (FormatException) { return 0; }
                }
            }
            """);
        Assert.Equal(1, program.Label("x"));
        Assert.Equal(0, program.Label("y"));
        Assert.Equal(1, program.Label("1"));
    }

    [Fact]
    public void A_non_constant_regex_pattern_is_moved_into_the_call_as_a_node()
    {
        using var program = Compile("""
            public static class P
            {
                public static int Label(string text)
                {
                    var word = text.Split(' ')[0];
                    return Regex.IsMatch(text, "^" + Regex.Escape(word) + @"\b", RegexOptions.IgnoreCase) ? 1 : 0;
                }
            }
            """);
        Assert.Equal(1, program.Label("free stuff"));
    }

    [Theory]
    [InlineData("namespace Alchemist.Programs.Runtime { public static class ProgramBudget { public static void Step() { } } }")]
    [InlineData("namespace System.IO { public static class Safe { } }")]
    [InlineData("namespace Microsoft.Win32 { public static class Safe { } }")]
    [InlineData("namespace alchemist { public static class Safe { } }")]
    public void Declarations_in_reserved_namespaces_are_refused(string declaration)
    {
        var diagnostics = Reject(declaration + "\npublic static class P { public static int Label(string t) => 0; }");
        Assert.Contains(diagnostics, d => d.Message.Contains("namespace") && d.Message.Contains("not allowed"));
    }

    [Fact]
    public void A_program_calling_the_budget_runtime_itself_is_refused_even_though_instrumented_code_may()
    {
        var diagnostics = Reject("public static class P { public static int Label(string t) { Alchemist.Programs.Runtime.ProgramBudget.Reset(long.MaxValue, 1000); return 0; } }");
        Assert.Contains(diagnostics, d => d.Message.Contains("ProgramBudget"));
        var step = Reject("public static class P { public static int Label(string t) { Alchemist.Programs.Runtime.ProgramBudget.Exit(); return 0; } }");
        Assert.Contains(step, d => d.Message.Contains("ProgramBudget"));
    }

    [Theory]
    [InlineData("public static class P { public static int Label<T>(string t) => 0; }")]
    [InlineData("public static class P { public static int Label(string t) => Id<int>(1); static T Id<T>(T x) => x; }")]
    [InlineData("public static class P { class Box<T> { } public static int Label(string t) => 0; }")]
    [InlineData("public static class P { public static int Label(string t) { int L<T>() => 0; return L<int>(); } }")]
    public void Generic_declarations_are_refused(string code)
    {
        var diagnostics = Reject(code);
        Assert.Contains(diagnostics, d => d.Message.Contains("generic"));
    }

    [Fact]
    public void Deep_nesting_is_refused_before_the_compiler_parses_it()
    {
        var nested = new string('(', 10_000) + "1" + new string(')', 10_000);
        var diagnostics = Reject($"public static class P {{ public static int Label(string t) => {nested}; }}");
        Assert.Contains(diagnostics, d => d.Message.Contains("nest deeper"));
    }

    [Fact]
    public void A_huge_file_is_refused_before_the_compiler_sees_it()
    {
        var padding = new string('/', 200_000);
        var diagnostics = Reject($"// {padding}\npublic static class P {{ public static int Label(string t) => 0; }}");
        Assert.Contains(diagnostics, d => d.Message.Contains("characters long"));
    }

    [Fact]
    public void A_budget_fault_laundered_through_a_framework_callback_still_faults_the_row()
    {
        // Array.Sort wraps the comparer's budget exception in InvalidOperationException, which the program catches.
        using var program = Compile("""
            public static class P
            {
                public static int Label(string text)
                {
                    var items = new[] { 3, 1, 2 };
                    try { Array.Sort(items, (a, b) => { while (true) { } }); }
                    catch (InvalidOperationException) { }
                    return 1;
                }
            }
            """, options: new ProgramCompilerOptions { Limits = ProgramLimits.Default with { MaxSteps = 10_000 } });
        var outcome = ProgramRunner.Run(program, "x", Spam);
        Assert.Equal(ProgramOutcomeKind.Budget, outcome.Kind);
    }

    [Fact]
    public void A_budget_fault_in_a_static_constructor_cannot_be_caught_through_its_wrapper()
    {
        using var program = Compile("""
            public static class P
            {
                public static int Label(string text)
                {
                    try { return Table.Size; }
                    catch (Exception) { return 1; } // what wraps it: TypeInitializationException
                }
            }
            public static class Table
            {
                public static readonly int Size = Spin();
                private static int Spin() { var n = 0; while (true) { n++; } }
            }
            """, options: new ProgramCompilerOptions { Limits = ProgramLimits.Default with { MaxSteps = 10_000 } });
        Assert.Equal(ProgramOutcomeKind.Budget, ProgramRunner.Run(program, "x", Spam).Kind);
    }

    [Fact]
    public void String_interning_is_refused_as_a_channel_between_rows()
    {
        Assert.Contains(Reject("public static class P { public static int Label(string t) => string.IsInterned(t) is null ? 0 : 1; }"), d => d.Message.Contains("intern"));
        Assert.Contains(Reject("public static class P { public static int Label(string t) => string.Intern(t).Length; }"), d => d.Message.Contains("intern"));
    }

    [Fact]
    public void The_interpolated_string_handler_cannot_be_used_by_name()
    {
        // Copied and cleared twice, the handler returned one pooled buffer twice and corrupted another program's rows.
        var diagnostics = Reject("""
            using System.Runtime.CompilerServices;
            public static class P
            {
                public static int Label(string text)
                {
                    var h = new DefaultInterpolatedStringHandler(0, 1);
                    h.AppendFormatted(text);
                    var copy = h;
                    h.ToStringAndClear();
                    return copy.ToStringAndClear().Length;
                }
            }
            """);
        Assert.Contains(diagnostics, d => d.Message.Contains("DefaultInterpolatedStringHandler"));
        using var interpolated = Compile("public static class P { public static int Label(string t) => $\"{t}:{t.Length}\".Length > 3 ? 1 : 0; }");
        Assert.Equal(1, interpolated.Label("abc"));
    }
}
