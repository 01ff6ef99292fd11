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

    private string[] _texts = [];
    private CompiledProgram? _plain, _upFront, _perIteration;

    /// <summary>The program measured.</summary>
    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "char-loop";

    /// <summary>The names of <see cref="BenchPrograms.Sources"/>.</summary>
    public static IEnumerable<string> Programs => BenchPrograms.Sources.Keys;

    /// <summary>Compiles the three variants and makes deterministic 50-200 character texts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchTexts.Make(Rows, seed: 42);
        (_plain, _upFront, _perIteration) = (BenchPrograms.Build(Program, BenchPrograms.Uninstrumented),
            BenchPrograms.Build(Program, BenchPrograms.UpFront), BenchPrograms.Build(Program, BenchPrograms.PerIteration));
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
        foreach (var text in _texts) sum += ProgramRunner.Run(program, text, 2).Vote;
        return sum;
    }
}
