using System.Diagnostics;
using Alchemist.Labeling;

namespace Alchemist.Bench.Labeling;

/// <summary>
/// A measured runner (BenchmarkDotNet does not fit runs of many seconds that start child processes):
/// <c>dotnet run -c Release --project bench/Alchemist.Bench -- applier [ROWS]</c>. Applies the ten
/// <see cref="BenchPrograms"/> to ROWS (default 1,000,000) <see cref="SyntheticTexts"/> four ways, side by side in one
/// process: compiled without budget counters and run in-process (the "programs compiled into the host" baseline),
/// instrumented in-process, and instrumented in worker processes (the shipped default) on one and on two cores;
/// then runs the same heuristics as Python functions through <c>exec</c> and a loop, checks that Python's votes equal
/// ours, and compares throughput per core. <c>applier-memory [ROWS]</c> reports the peak resident memory of a
/// default worker-mode apply, parent and workers, in a fresh process.
/// </summary>
internal static class ApplierBenchmark
{
    private const int Seed = 20241210;
    private static readonly LabelSet Labels = new(["ham", "spam"]);

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
        Console.WriteLine($"Generating {rows:N0} texts (seed {Seed})...");
        var texts = SyntheticTexts.Make(rows, Seed);
        var m = BenchPrograms.All.Length;
        Console.WriteLine($"{rows:N0} texts, {texts.Average(t => t.Length):0.0} chars on average; {m} programs; {Environment.ProcessorCount} cores (shared machine).");
        if (args[0] == "applier-memory") return await MemoryAsync(texts);

        var runs = new (string Name, ApplyOptions Options)[]
        {
            ("host baseline: no budget counters, in-process, 1 thread", new ApplyOptions { Isolation = ProgramIsolation.InProcess, Instrument = false, Parallelism = 1 }),
            ("instrumented, in-process, 1 thread", new ApplyOptions { Isolation = ProgramIsolation.InProcess, Parallelism = 1 }),
            ("instrumented, 1 worker process (shipped mode, 1 core)", new ApplyOptions { Parallelism = 1 }),
            ("host baseline: no budget counters, in-process, 2 threads", new ApplyOptions { Isolation = ProgramIsolation.InProcess, Instrument = false, Parallelism = 2 }),
            ("instrumented, 2 worker processes (shipped default)", new ApplyOptions { Parallelism = 2 }),
        };
        // Each configuration applies twice with the same applier: the first apply pays for starting workers and compiling
        // (Roslyn's first compile in a process is slow), the second shows the steady state that later splits get.
        var seconds = new double[runs.Length];
        LabelMatrix? reference = null;
        for (var r = 0; r < runs.Length; r++)
        {
            using var applier = new ProgramApplier(runs[r].Options);
            var first = 0.0;
            for (var round = 0; round < 2; round++)
            {
                var clock = Stopwatch.StartNew();
                var result = await applier.ApplyAsync(BenchPrograms.Sources(), Labels, texts);
                var elapsed = clock.Elapsed.TotalSeconds;
                if (result.Programs.FirstOrDefault(p => p.Quarantined || p.FaultCount > 0) is { } bad)
                    throw new InvalidOperationException($"{bad.Name} faulted: {bad.QuarantineReason} {(bad.FaultExamples.Count > 0 ? bad.FaultExamples[0] : null)}");
                reference ??= result.Matrix;
                if (!reference.Cells.SequenceEqual(result.Matrix.Cells)) throw new InvalidOperationException($"{runs[r].Name}: the matrix differs from the first run's.");
                if (round == 0) first = elapsed;
                else seconds[r] = elapsed;
            }
            Console.WriteLine($"{runs[r].Name,-58} {seconds[r],7:0.00} s  {rows / seconds[r],10:N0} rows/s  {(double)rows * m / seconds[r],12:N0} cells/s   (first apply, with start-up: {first:0.00} s)");
        }
        Console.WriteLine($"overhead of budget counters (in-process, 1 thread):          {seconds[1] / seconds[0] - 1:+0.0%;-0.0%}");
        Console.WriteLine($"overhead of budget counters + worker process (1 core):       {seconds[2] / seconds[0] - 1:+0.0%;-0.0%}");
        Console.WriteLine($"overhead of budget counters + worker processes (2 cores):    {seconds[4] / seconds[3] - 1:+0.0%;-0.0%}");
        Console.WriteLine($"speed-up of 2 workers over 1 worker:                         {seconds[2] / seconds[4]:0.00}x");

        var python = PythonBaseline.Run(texts, reference!);
        Console.WriteLine($"{"python3 exec + loop, 1 process (original Alchemist)",-58} {python,7:0.00} s  {rows / python,12:N0} rows/s  {(double)rows * m / python,14:N0} cells/s  (votes identical to ours)");
        Console.WriteLine($"per core, 1 worker process vs Python:                        {python / seconds[2]:0.0}x faster");
        Console.WriteLine($"per core, host baseline vs Python:                           {python / seconds[0]:0.0}x faster");
        return 0;
    }

    /// <summary>Peak resident memory of a shipped-mode apply: this process (texts, matrix, compiler) and each worker.</summary>
    private static async Task<int> MemoryAsync(string[] texts)
    {
        var textBytes = texts.Sum(t => 22L + 2L * t.Length) + 8L * texts.Length;
        var before = PeakResidentBytes(Environment.ProcessId);
        // Compiling once first separates the compiler's share (Roslyn and the framework's metadata) from the applier's.
        foreach (var compilation in BenchPrograms.Sources().Select(s => Alchemist.Programs.ProgramCompiler.Compile(s, Labels))) compilation.Program?.Dispose();
        var compiled = PeakResidentBytes(Environment.ProcessId);
        using var applier = new ProgramApplier(new ApplyOptions { Parallelism = 2 });
        var result = await applier.ApplyAsync(BenchPrograms.Sources(), Labels, texts);
        var workers = ChildProcesses().Select(PeakResidentBytes).ToArray();
        var after = PeakResidentBytes(Environment.ProcessId);
        Console.WriteLine($"label matrix: {result.Matrix.Cells.Length / 1e6:0.0} MB; texts as .NET strings: {textBytes / 1e6:0} MB");
        Console.WriteLine($"parent peak RSS: {before / 1e6:0} MB after generating the texts, {compiled / 1e6:0} MB after compiling the programs once " +
            $"(+{(compiled - before) / 1e6:0} MB), {after / 1e6:0} MB after the apply (+{(after - compiled) / 1e6:0} MB more)");
        Console.WriteLine($"worker peak RSS: {string.Join(", ", workers.Select(w => $"{w / 1e6:0} MB"))}");
        return 0;
    }

    private static long PeakResidentBytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("VmHWM:")).Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024).Single();

    private static IEnumerable<int> ChildProcesses() =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(d => d!.All(char.IsDigit)).Select(int.Parse!)
            .Where(pid =>
            {
                try
                {
                    var stat = File.ReadAllText($"/proc/{pid}/stat");
                    return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]) == Environment.ProcessId;
                }
                catch (IOException)
                {
                    return false;
                }
            }).ToArray();
}
