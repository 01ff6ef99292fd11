using System.Diagnostics;
using Alchemist.Aggregation;
using Alchemist.Tests.Aggregation;

namespace Alchemist.Bench.Aggregation;

/// <summary>
/// Fit + predict of every label model on a synthetic n × m matrix with k classes (default 10,000,000 × 20, 4 classes):
/// seconds, prediction throughput and memory: the process's peak resident set and (matrix + the model's extra peak over
/// what was resident before fitting) ÷ matrix, the issue's "memory ≤ 2× the matrix". Each model runs in its own child process so that its
/// memory high-water mark (VmHWM) is its own.
/// <code>dotnet run -c Release --project bench/Alchemist.Bench -- label-models [--rows N] [--programs M] [--classes K] [--models mv,snorkel] [--ds-iterations I]</code>
/// </summary>
internal static class LabelModelBench
{
    public const string Command = "label-models";

    public static int Run(string[] args)
    {
        var rows = Option(args, "--rows", 10_000_000);
        var programs = Option(args, "--programs", 20);
        var classes = Option(args, "--classes", 4);
        var dsIterations = Option(args, "--ds-iterations", 50);
        if (Value(args, "--one") is { } one) return RunOne(one, rows, programs, classes, dsIterations);
        var models = (Value(args, "--models") ?? string.Join(",", LabelModels.Concrete.Select(LabelModels.Names.NameOf))).Split(',');
        Console.WriteLine($"Label models on a synthetic {rows:N0} × {programs} matrix, {classes} classes ({(long)rows * programs / 1e6:F0} MB of votes); " +
                          $"{Environment.ProcessorCount} cores, shared machine.");
        Console.WriteLine("| model | fit s | predict s | predict rows/s | fit+predict s | process peak RSS MB | (matrix + model's extra peak) ÷ matrix | notes |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var model in models)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
            foreach (var arg in new[] { typeof(LabelModelBench).Assembly.Location, Command, "--one", model, "--rows", $"{rows}", "--programs", $"{programs}",
                         "--classes", $"{classes}", "--ds-iterations", $"{dsIterations}" })
                start.ArgumentList.Add(arg);
            using var child = Process.Start(start)!;
            Console.WriteLine(child.StandardOutput.ReadToEnd().TrimEnd());
            child.WaitForExit();
        }
        return 0;
    }

    private static int RunOne(string name, int rows, int programs, int classes, int dsIterations)
    {
        var accuracies = Enumerable.Range(0, programs).Select(j => 0.55 + 0.4 * j / Math.Max(1, programs - 1)).ToArray();
        var coverages = Enumerable.Repeat(0.5, programs).ToArray();
        var prior = Enumerable.Repeat(1.0 / classes, classes).ToArray();
        // Warm-up on a small matrix so that the timed run uses optimised (tier-1) code, not the first JIT tier.
        var (small, _) = SyntheticVotes.Generate(50_000, accuracies, coverages, prior, seed: 2);
        var kind = LabelModels.Names.Parse(name);
        var warm = LabelModels.Create(kind, dawidSkene: new DawidSkeneOptions(MaxIterations: dsIterations));
        for (var i = 0; i < 3; i++)
        {
            warm.Fit(small, classes, ClassBalance.Uniform(classes), seed: 0).PredictProba(small);
        }
        var (votes, _) = SyntheticVotes.Generate(rows, accuracies, coverages, prior, seed: 1);
        GC.Collect();
        var before = ProcStatus("VmRSS:");
        var trainer = LabelModels.Create(kind, dawidSkene: new DawidSkeneOptions(MaxIterations: dsIterations));
        var watch = Stopwatch.StartNew();
        var model = trainer.Fit(votes, classes, ClassBalance.Uniform(classes), seed: 0);
        var fit = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var probabilities = model.PredictProba(votes);
        var predict = watch.Elapsed.TotalSeconds;
        GC.KeepAlive(probabilities);
        var peak = ProcStatus("VmHWM:");
        // What the model needed beyond what was resident before it started (the runtime, the matrix, the generator's
        // gold labels), plus the matrix itself: the memory a user holding the matrix must have, relative to the matrix.
        var matrixBytes = (double)((long)rows * programs);
        var needed = (peak - before + matrixBytes) / matrixBytes;
        var notes = model.Kind == LabelModelKind.DawidSkene
            ? $"{model.Settings["iterations"]} EM iterations{(model.Settings["converged"] > 0 ? ", converged" : " (cap)")}"
            : "";
        Console.WriteLine($"| {name} | {fit:F2} | {predict:F2} | {rows / predict / 1e6:F1}M | {fit + predict:F2} | {peak / 1e6:F0} | " +
                          $"{needed:F2} | {notes} |");
        return 0;
    }

    /// <summary>A size field (VmRSS, VmHWM) of /proc/self/status in bytes (Linux only, like the machines we measure on).</summary>
    private static long ProcStatus(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        throw new PlatformNotSupportedException($"/proc/self/status has no {field}");
    }

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) => Value(args, name) is { } v ? int.Parse(v) : fallback;
}
