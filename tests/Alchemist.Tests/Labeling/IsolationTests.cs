using System.Diagnostics;
using Alchemist.Labeling;
using static Alchemist.Tests.Labeling.TestPrograms;

namespace Alchemist.Tests.Labeling;

/// <summary>
/// A cell is a function of (row, program) only. The same benign programs give byte-identical columns alone, beside
/// programs that abuse what a process shares (a pool returned twice, the intern table, a heap filled to its limit,
/// static state; the checker is off so they can), and on a machine saturated with busy processes (six per core, each
/// in a session of its own so the kernel's autogroup scheduling cannot shield the workers from them),
/// where a wall-clock deadline of the same length kills a slow but legitimate program.
/// </summary>
public sealed class IsolationTests
{
    private static readonly Alchemist.Programs.ProgramSource[] Contaminators =
    [
        Program("pool_twice", "var a = System.Buffers.ArrayPool<char>.Shared.Rent(64); System.Buffers.ArrayPool<char>.Shared.Return(a); System.Buffers.ArrayPool<char>.Shared.Return(a); return 0;"),
        Program("interning", "string.Intern(\"check this out\" + text.Length); return string.IsInterned(\"lol 1\") is null ? 0 : 1;"),
        new("hog", "public static class P { static readonly System.Collections.Generic.List<string> Hog = System.Linq.Enumerable.Range(0, 400).Select(i => new string('x', 1 << 20)).ToList(); public static int Label(string text) => Hog.Count > 0 ? 1 : 0; }"),
        new("counter", "public static class P { static int seen; public static int Label(string text) => ++seen % 2; }"),
    ];

    [Fact]
    public async Task Benign_columns_are_identical_alone_and_beside_programs_abusing_shared_process_state()
    {
        var texts = Texts(300);
        var options = new ApplyOptions { Unchecked = true, Parallelism = 2, WorkerHeapLimitBytes = 256L << 20, SmokeSampleSize = 0 };
        var benign = Benign.Select(b => b.Source).ToArray();

        LabelMatrix alone, beside;
        using (var applier = new ProgramApplier(options)) alone = (await applier.ApplyAsync(benign, HamSpam, texts)).Matrix;
        ApplyResult mixed;
        using (var applier = new ProgramApplier(options))
            mixed = await applier.ApplyAsync(Contaminators.Zip(benign.Append(benign[0] with { Name = "link_2" }), (c, b) => new[] { c, b }).SelectMany(p => p).ToArray(), HamSpam, texts);
        beside = mixed.Matrix;

        for (var b = 0; b < benign.Length; b++)
        {
            var j = Array.IndexOf(beside.ProgramNames.ToArray(), benign[b].Name);
            for (var i = 0; i < texts.Length; i++) Assert.Equal(alone[i, b], beside[i, j]);
            Assert.Equal(0, mixed.Programs[j].FaultCount);
            AssertColumn(beside, j, texts, Benign[b].Expected);
        }
        Assert.True(mixed.Programs.Single(p => p.Name == "hog").FaultCount > 0 || mixed.Programs.Single(p => p.Name == "hog").Quarantined);
    }

    [Fact]
    public async Task The_same_apply_on_a_saturated_machine_gives_the_identical_matrix_and_statistics()
    {
        var texts = Texts(20);
        // Uninstrumented, so only the CPU deadline (2 s) bounds it: "heavy" needs about a fifth of that on every fifth
        // row — under this load a wall-clock deadline of the same length kills it, a CPU-time one never does.
        var options = new ApplyOptions { Instrument = false, Parallelism = 2, RowDeadline = TimeSpan.FromSeconds(2), SmokeSampleSize = 10 };
        Alchemist.Programs.ProgramSource[] programs =
        [
            .. Benign.Select(b => b.Source),
            Program("heavy", "long s = 1; if (text.StartsWith(\"lol\")) for (long i = 0; i < 400_000_000; i++) s = s * 6364136223846793005L + i; return (s & 1) == 0 ? 0 : 1;"),
        ];

        var quiet = await ApplyAsync(programs, texts, options);
        ApplyResult loaded;
        var spinners = Enumerable.Range(0, 6 * Environment.ProcessorCount)
            .Select(_ => Process.Start(new ProcessStartInfo("setsid", ["/bin/sh", "-c", "while :; do :; done"]) { UseShellExecute = false })!).ToArray();
        try
        {
            loaded = await ApplyAsync(programs, texts, options);
        }
        finally
        {
            foreach (var spinner in spinners)
            {
                spinner.Kill();
                spinner.WaitForExit();
                spinner.Dispose();
            }
        }

        Assert.Equal(quiet.Matrix.ProgramNames, loaded.Matrix.ProgramNames);
        for (var i = 0; i < texts.Length; i++)
            for (var j = 0; j < programs.Length; j++)
                Assert.True(quiet.Matrix[i, j] == loaded.Matrix[i, j], $"cell {i}×{quiet.Matrix.ProgramNames[j]}: quiet {quiet.Matrix[i, j]}, loaded {loaded.Matrix[i, j]}");
        for (var j = 0; j < programs.Length; j++)
        {
            Assert.Equal(Summary(quiet.Programs[j]), Summary(loaded.Programs[j]));
        }
        var heavy = quiet.Programs.Single(p => p.Name == "heavy");
        Assert.Equal(0, heavy.FaultCount);
        Assert.Equal(texts.Length, heavy.Votes);
    }

    private static string Summary(ProgramStats stats) =>
        $"{stats.Name} votes={stats.Votes} abstains={stats.Abstains} faults={string.Join(",", stats.Faults.OrderBy(f => f.Key).Select(f => $"{f.Key}:{f.Value}"))} " +
        $"examples={string.Join(",", stats.FaultExamples.Select(f => $"{f.Row}:{f.Kind}"))} quarantine={stats.QuarantineReason}";

    private static async Task<ApplyResult> ApplyAsync(IReadOnlyList<Alchemist.Programs.ProgramSource> programs, string[] texts, ApplyOptions options)
    {
        using var applier = new ProgramApplier(options);
        return await applier.ApplyAsync(programs, HamSpam, texts);
    }
}
