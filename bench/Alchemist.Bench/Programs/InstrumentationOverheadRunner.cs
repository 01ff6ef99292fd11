using System.Diagnostics;
using Alchemist.Programs;

namespace Alchemist.Bench.Programs;

/// <summary>
/// A plain measured runner for the instrumentation overhead that holds up on a shared, overloaded machine: the three
/// variants of each program run interleaved, round after round over the same texts, in short passes. It reports the
/// fastest pass of each variant (interference only ever adds time, so the minimum over many passes approaches the
/// uncontended cost) and their ratio, next to the median of per-round paired ratios, and the time to compile (extract,
/// check, instrument, emit, load) the shipped variant once Roslyn is warm.
/// Run: <c>dotnet run -c Release --project bench/Alchemist.Bench -- programs-overhead [rounds] [rows]</c>.
/// </summary>
internal static class InstrumentationOverheadRunner
{
    /// <summary>The command-line word that selects this runner.</summary>
    public const string Command = "programs-overhead";

    /// <summary>Measures every program of <see cref="BenchPrograms.Sources"/> and prints one table.</summary>
    public static void Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1]) : 201;
        var rows = args.Length > 2 ? int.Parse(args[2]) : 2_000;
        var texts = BenchTexts.Make(rows, seed: 42);
        Console.WriteLine($"{rows} texts of 50-200 chars, {rounds} interleaved rounds; ns/row = fastest pass; ratios: of fastest passes (median of per-round ratios).");
        Console.WriteLine($"{"program",-16} {"plain ns/row",12} {"up-front ns/row",16} {"per-iter ns/row",16} {"up-front ratio",22} {"per-iter ratio",22} {"compile ms",11}");
        var upFrontAll = new List<double>();
        var perIterationAll = new List<double>();
        foreach (var name in BenchPrograms.Sources.Keys)
        {
            using var plain = BenchPrograms.Build(name, BenchPrograms.Uninstrumented);
            var compileClock = Stopwatch.StartNew();
            using var upFront = BenchPrograms.Build(name, BenchPrograms.UpFront);
            var compileMs = compileClock.Elapsed.TotalMilliseconds;
            using var perIteration = BenchPrograms.Build(name, BenchPrograms.PerIteration);
            CompiledProgram[] variants = [plain, upFront, perIteration];
            foreach (var variant in variants) Pass(variant, texts); // warm-up: JIT tiers, regex construction
            var times = variants.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
                for (var k = 0; k < variants.Length; k++)
                {
                    var v = (k + round) % variants.Length; // rotate the order so no variant always runs first
                    times[v].Add(Pass(variants[v], texts) / rows);
                }
            var (plainBest, upFrontBest, perIterationBest) = (times[0].Min(), times[1].Min(), times[2].Min());
            upFrontAll.Add(upFrontBest / plainBest);
            perIterationAll.Add(perIterationBest / plainBest);
            Console.WriteLine($"{name,-16} {plainBest,12:F0} {upFrontBest,16:F0} {perIterationBest,16:F0} " +
                $"{$"{upFrontBest / plainBest:F3} ({Median(times[1].Zip(times[0], (a, b) => a / b)):F3})",22} " +
                $"{$"{perIterationBest / plainBest:F3} ({Median(times[2].Zip(times[0], (a, b) => a / b)):F3})",22} {compileMs,11:F0}");
        }
        Console.WriteLine($"{"geometric mean",-16} {"",12} {"",16} {"",16} {GeometricMean(upFrontAll),22:F3} {GeometricMean(perIterationAll),22:F3}");
    }

    /// <summary>Nanoseconds for one pass over all texts.</summary>
    private static double Pass(CompiledProgram program, string[] texts)
    {
        var sum = 0;
        var clock = Stopwatch.StartNew();
        foreach (var text in texts) sum += ProgramRunner.Run(program, text, 2).Vote;
        var elapsed = clock.Elapsed.TotalNanoseconds;
        GC.KeepAlive(sum);
        return elapsed;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static double GeometricMean(IReadOnlyCollection<double> values) => Math.Exp(values.Average(Math.Log));
}
