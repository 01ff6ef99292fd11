using Alchemist.Labeling;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

/// <summary>
/// Compilation is an attack surface, and so is a program's constructor: a nest of overloaded lambdas that makes
/// Roslyn's time explode, a chain of doubling constant strings that exhausts its memory, 10,000 nested parentheses,
/// a generic labeling method, a 50 MB file, and an instance program whose constructor acts. Each used to hang, crash
/// or act in the host; now each costs its own column (rejected with the reason) while the benign program labels every
/// row and this process never loads any of them.
/// </summary>
public sealed class HostileCompileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("alchemist-ctor-").FullName;

    [Fact]
    public async Task Each_compile_time_attack_costs_its_own_column_and_the_run_goes_on()
    {
        var lambdas = "M(a0 => " + string.Concat(Enumerable.Range(1, 22).Select(i => $"M(a{i} => ")) + "0" + new string(')', 23);
        var strings = "const string s0 = \"xxxxxxxxxxxxxxxx\"; " + string.Concat(Enumerable.Range(1, 26).Select(i => $"const string s{i} = s{i - 1} + s{i - 1}; "));
        var marker = Path.Combine(_folder, "constructed.txt");
        var texts = Texts(20);
        var options = new ApplyOptions { Parallelism = 2, CompileDeadline = TimeSpan.FromSeconds(5), SmokeSampleSize = 0 };
        using var applier = new ProgramApplier(options);

        var result = await applier.ApplyAsync(
        [
            new("lambda_explosion", $"public static class P {{ static int M(Func<int, int> f) => 0; static int M(Func<string, int> f) => 1; public static int Label(string text) => {lambdas}; }}"),
            new("string_doubling", $"public static class P {{ {strings} public static int Label(string text) => s26.Length > 0 ? 1 : 0; }}"),
            new("deep_parentheses", $"public static class P {{ public static int Label(string text) => {new string('(', 10_000)}1{new string(')', 10_000)}; }}"),
            new("generic_label", "public static class P { public static int Label<T>(string text) => 0; }"),
            new("fifty_megabytes", "public static class P { public static int Label(string text) => 0; }\n//" + new string('x', 50_000_000)),
            new("acting_constructor", $"public class P {{ public P() {{ System.IO.File.WriteAllText({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(marker, true)}, \"x\"); }} public int Label(string text) => 1; }}"),
            Benign[0].Source,
        ], HamSpam, texts);

        foreach (var (name, reason) in new[]
        {
            ("lambda_explosion", "CPU time"), ("string_doubling", "compil"), ("deep_parentheses", "nest deeper"),
            ("generic_label", "generic"), ("fifty_megabytes", "characters long"), ("acting_constructor", "File"),
        })
        {
            var stats = result.Programs.Single(p => p.Name == name);
            Assert.True(stats.Quarantined, $"{name} was not rejected");
            Assert.True(stats.QuarantineReason!.Contains(reason, StringComparison.OrdinalIgnoreCase), $"{name}: expected '{reason}' in: {stats.QuarantineReason}");
            Assert.Equal(0, stats.Votes);
        }
        AssertColumn(result.Matrix, 6, texts, Benign[0].Expected);
        Assert.False(File.Exists(marker), "a program's constructor ran somewhere it could write");
    }

    [Fact]
    public async Task A_constructor_that_acts_when_the_checker_is_bypassed_runs_only_in_the_jailed_worker()
    {
        var marker = Path.Combine(_folder, "constructed.txt");
        var texts = Texts(5);
        using var applier = new ProgramApplier(new ApplyOptions { Unchecked = true, Parallelism = 1, SmokeSampleSize = 0 });
        var source = new Alchemist.Programs.ProgramSource("acting_constructor",
            $"public class P {{ public P() {{ System.IO.File.WriteAllText({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(marker, true)}, \"x\"); }} public int Label(string text) => 1; }}");
        var result = await applier.ApplyAsync([source], HamSpam, texts);

        Assert.True(result.Programs[0].Quarantined);
        Assert.Contains("creating the program failed", result.Programs[0].QuarantineReason);
        Assert.False(File.Exists(marker), "the constructor wrote outside the worker's folder (it ran in the host, or the jail failed)");
        // The emitted assembly's name is a hash of the program (other tests load their own programs in this process).
        var name = "alchemist_program_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(source.Name + "\n" + source.Code)))[..16];
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == name);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
