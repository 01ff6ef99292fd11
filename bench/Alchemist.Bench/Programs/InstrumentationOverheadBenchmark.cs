using Alchemist.Data;
using Alchemist.Programs;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Alchemist.Bench.Programs;

/// <summary>
/// What the safety instrumentation costs per row: the same program compiled without budget counters (baseline),
/// with the shipped instrumentation (a <c>foreach</c> over an array or string charged once, up front), and with every
/// <c>foreach</c> iteration charged. Run: <c>dotnet run -c Release --project bench/Alchemist.Bench -- --filter '*InstrumentationOverhead*'</c>.
/// </summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
public class InstrumentationOverheadBenchmark
{
    /// <summary>In process: the programs are compiled at setup anyway, and a short run keeps the 2-core machine free.</summary>
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int Rows = 10_000;

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["char-loop"] = """
            public static int Label(string text)
            {
                int upper = 0, punctuation = 0;
                foreach (var c in text)
                {
                    if (char.IsUpper(c)) upper++;
                    else if (c == '!' || c == '?') punctuation++;
                }
                return upper * 4 > text.Length || punctuation > 3 ? 1 : -1;
            }
            """,
        ["keywords"] = """
            static readonly string[] Words = { "subscribe", "check out", "free", "channel", "click", "giveaway", "win", "http" };
            public static int Label(string text)
            {
                foreach (var w in Words)
                    if (text.Contains(w, StringComparison.OrdinalIgnoreCase)) return 1;
                return -1;
            }
            """,
        ["linq"] = """
            static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase) { "good", "great", "love", "best", "nice" };
            static readonly HashSet<string> Negative = new(StringComparer.OrdinalIgnoreCase) { "bad", "awful", "hate", "worst", "boring" };
            public static int Label(string text)
            {
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var score = words.Count(w => Positive.Contains(w)) - words.Count(w => Negative.Contains(w));
                return score > 0 ? 1 : score < 0 ? 0 : -1;
            }
            """,
        ["regex-keywords"] = """
            public static int Label(string text)
            {
                if (Regex.IsMatch(text, @"https?://|www\.", RegexOptions.IgnoreCase)) return 1;
                foreach (var w in new[] { "subscribe", "my channel" })
                    if (text.Contains(w, StringComparison.OrdinalIgnoreCase)) return 1;
                return -1;
            }
            """,
        ["helpers"] = """
            static bool IsShouty(string t) => t.Count(char.IsUpper) > t.Length / 3;
            static bool HasLink(string t) => t.Contains("http") || t.Contains("www");
            static int Words(string t) { var n = 1; for (var i = 0; i < t.Length; i++) if (t[i] == ' ') n++; return n; }
            public static int Label(string text) => HasLink(text) ? 1 : IsShouty(text) ? 1 : Words(text) < 4 ? 0 : -1;
            """,
    };

    private static readonly LabelSet Labels = new(["ham", "spam"]);
    private string[] _texts = [];
    private CompiledProgram? _plain, _upFront, _perIteration;

    /// <summary>The program measured.</summary>
    [Params("char-loop", "keywords", "linq", "regex-keywords", "helpers")]
    public string Program { get; set; } = "char-loop";

    /// <summary>Compiles the three variants and makes deterministic 50-200 character texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchTexts.Make(Rows, seed: 42);
        CompiledProgram Build(ProgramCompilerOptions options)
        {
            var compilation = ProgramCompiler.Compile(new ProgramSource(Program, Sources[Program]), Labels, options);
            return compilation.Program ?? throw new InvalidOperationException(string.Join("; ", compilation.Diagnostics));
        }
        _plain = Build(new ProgramCompilerOptions { Instrument = false });
        _upFront = Build(ProgramCompilerOptions.Default);
        _perIteration = Build(new ProgramCompilerOptions { ChargeForEachUpFront = false });
    }

    /// <summary>Disposes the compiled programs.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _plain?.Dispose();
        _upFront?.Dispose();
        _perIteration?.Dispose();
    }

    /// <summary>No budget counters.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int Uninstrumented() => Run(_plain!);

    /// <summary>The shipped instrumentation.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int InstrumentedUpFrontForEach() => Run(_upFront!);

    /// <summary>Every foreach iteration charged.</summary>
    [Benchmark(OperationsPerInvoke = Rows)]
    public int InstrumentedPerIterationForEach() => Run(_perIteration!);

    private int Run(CompiledProgram program)
    {
        var sum = 0;
        foreach (var text in _texts) sum += ProgramRunner.Run(program, text, Labels).Vote;
        return sum;
    }
}
