using Alchemist.Programs;

namespace Alchemist.Tests.Programs;

/// <summary>Compiles test programs and states why when a compile that should succeed does not.</summary>
internal static class ProgramTestKit
{
    public static readonly LabelSet Spam = new(["ham", "spam"]);
    public static readonly LabelSet Sentiment = new(["negative", "neutral", "positive"]);

    /// <summary>Compiles and fails the test with the diagnostics when the program is rejected.</summary>
    public static CompiledProgram Compile(string code, LabelSet? labels = null, ProgramCompilerOptions? options = null)
    {
        var result = ProgramCompiler.Compile(new ProgramSource("test", code), labels ?? Spam, options);
        Assert.True(result.Success, "rejected: " + string.Join(" | ", result.Diagnostics) + "\n" + result.Extracted?.Code);
        return result.Program!;
    }

    /// <summary>Compiles a program that must be rejected and returns its diagnostics.</summary>
    public static IReadOnlyList<ProgramDiagnostic> Reject(string code, LabelSet? labels = null)
    {
        var result = ProgramCompiler.Compile(new ProgramSource("test", code), labels ?? Spam);
        result.Program?.Dispose();
        Assert.False(result.Success, "accepted a program that should be rejected:\n" + code);
        Assert.NotEmpty(result.Diagnostics);
        return result.Diagnostics;
    }
}
