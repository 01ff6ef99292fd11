using System.Runtime.CompilerServices;
using static Alchemist.Tests.Programs.ProgramTestKit;

namespace Alchemist.Tests.Programs;

/// <summary>
/// A long-lived worker compiles many programs: nothing of ours (regex cache, budget state, outcomes) may keep a
/// disposed program's assembly alive.
/// </summary>
public sealed class ProgramUnloadTests
{
    [Fact]
    public void DisposedProgramsUnloadEvenAfterBuildingRegexesAndFaulting()
    {
        var assembly = CompileRunAndDispose();
        for (var i = 0; i < 20 && assembly.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(assembly.IsAlive, "the program's assembly is still referenced after Dispose (a static cache holding program code?)");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileRunAndDispose()
    {
        var program = Compile("""
            public static string Label(string text)
            {
                if (Regex.IsMatch(text, @"\d{3}")) return "spam";
                var r = new Regex("h" + "am");
                return r.IsMatch(text) ? "ham" : text.Length > 5 ? throw new InvalidOperationException("long") : null;
            }
            """);
        Assert.Equal(1, program.Label("call 555"));
        Assert.Equal(0, program.Label("ham"));
        Assert.Equal(Alchemist.Programs.ProgramOutcomeKind.Exception, Alchemist.Programs.ProgramRunner.Run(program, "longer text", Spam).Kind);
        var assembly = new WeakReference(program.LoadContext!.Assemblies.Single());
        program.Dispose();
        return assembly;
    }
}
