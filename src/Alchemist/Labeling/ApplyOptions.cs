using Alchemist.Labeling.Isolation;
using Alchemist.Programs;

namespace Alchemist.Labeling;

/// <summary>Where programs run.</summary>
public enum ProgramIsolation
{
    /// <summary>
    /// In jailed child worker processes, one program per process, with a heap limit and a CPU-time deadline per row:
    /// for untrusted programs (the default). Compilation happens in a worker too: this process never loads a program.
    /// </summary>
    Worker,

    /// <summary>On threads of the calling process: for trusted code only (a hung program hangs the host).</summary>
    InProcess,
}

/// <summary>How <see cref="ProgramApplier"/> runs programs.</summary>
public sealed record ApplyOptions
{
    /// <summary>Worker processes (or threads in-process) running row ranges in parallel; defaults to the core count.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where programs run.</summary>
    public ProgramIsolation Isolation { get; init; } = ProgramIsolation.Worker;

    /// <summary>
    /// CPU time one program may use on one row before its worker is ended (worker mode). CPU time of the worker's
    /// thread, not wall time, so a loaded machine gives the same labels as a quiet one; the row is tried once more in
    /// a fresh worker before it counts as a timeout.
    /// </summary>
    public TimeSpan RowDeadline { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>CPU time the compiler may spend on one program before the program is rejected (worker mode).</summary>
    public TimeSpan CompileDeadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CPU time for creating a program and its warm-up row, outside any row's deadline (worker mode).</summary>
    public TimeSpan StartupDeadline { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Wall time after which a worker that has made no progress at all is ended: a backstop for a broken worker (the
    /// CPU deadlines bound every program), long enough that no load on the machine reaches it.
    /// </summary>
    public TimeSpan StallBackstop { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Native memory a worker may add once it has started (worker mode): its address space is capped (RLIMIT_AS) at
    /// what the runtime had mapped at start — the GC's reservation for <see cref="WorkerHeapLimitBytes"/> included — plus
    /// this much, which bounds what the GC heap limit does not cover (JIT code, compiled regexes, native allocations).
    /// 0 sets no cap.
    /// </summary>
    public long WorkerNativeMemoryBytes { get; init; } = 2L << 30;

    /// <summary>True starts workers inside bubblewrap when it works on this machine (the outer layer of the jail).</summary>
    public bool UseBubblewrap { get; init; } = true;

    /// <summary>GC heap hard limit of each worker process (worker mode).</summary>
    public long WorkerHeapLimitBytes { get; init; } = 512L << 20;

    /// <summary>Per-row step budget, call depth and regex timeout compiled into every program.</summary>
    public ProgramLimits Limits { get; init; } = ProgramLimits.Default;

    /// <summary>False compiles programs without budget counters: only to measure what the instrumentation costs.</summary>
    internal bool Instrument { get; init; } = true;

    /// <summary>True compiles without the safety checks: only for tests proving the OS jail holds on its own.</summary>
    internal bool Unchecked { get; init; }

    /// <summary>
    /// For a feature task, the numeric feature columns each row text carries, in order (<see cref="FeatureRow"/>);
    /// programs then take named <c>double</c> parameters. Null for a text task.
    /// </summary>
    public IReadOnlyList<string>? FeatureNames { get; init; }

    /// <summary>How programs are compiled, in this process and in the workers.</summary>
    internal ProgramCompilerOptions Compiler => new() { Limits = Limits, Instrument = Instrument, FeatureNames = FeatureNames, Unchecked = Unchecked };

    /// <summary>Rows (spread evenly over the data) of the smoke run that screens programs before the full run; 0 skips it.</summary>
    public int SmokeSampleSize { get; init; } = 200;

    /// <summary>A program faulting on more than this fraction of the smoke sample is quarantined.</summary>
    public double QuarantineFaultRate { get; init; } = 0.5;

    /// <summary>A program that got its worker killed (timeout or crash) this many times is quarantined.</summary>
    public int MaxKillsPerProgram { get; init; } = 3;

    /// <summary>Fault examples kept per program.</summary>
    public int MaxFaultExamples { get; init; } = 5;

    /// <summary>How to start a worker; null finds <c>Alchemist.Worker.dll</c> beside the application (or <c>ALCHEMIST_WORKER</c>).</summary>
    public WorkerCommand? Worker { get; init; }

    /// <summary>Where the worker's exchange files go; null uses the system temp folder.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1, nameof(Parallelism));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RowDeadline, TimeSpan.Zero, nameof(RowDeadline));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CompileDeadline, TimeSpan.Zero, nameof(CompileDeadline));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StartupDeadline, TimeSpan.Zero, nameof(StartupDeadline));
        ArgumentOutOfRangeException.ThrowIfNegative(WorkerNativeMemoryBytes, nameof(WorkerNativeMemoryBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(WorkerHeapLimitBytes, 64L << 20, nameof(WorkerHeapLimitBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(SmokeSampleSize, nameof(SmokeSampleSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxKillsPerProgram, 1, nameof(MaxKillsPerProgram));
        if (QuarantineFaultRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(QuarantineFaultRate));
    }
}

/// <summary>Progress of a long apply: <paramref name="Stage"/> is "smoke" or "apply".</summary>
public sealed record ApplyProgress(string Stage, long RowsDone, long Rows);

/// <summary>The outcome of applying programs to rows.</summary>
/// <param name="Matrix">n × m votes, one column per program in input order (quarantined columns all-abstain).</param>
/// <param name="Programs">Per-program statistics, in column order.</param>
/// <param name="Seconds">Wall time of the whole apply, compile and smoke run included.</param>
public sealed record ApplyResult(LabelMatrix Matrix, IReadOnlyList<ProgramStats> Programs, double Seconds)
{
    /// <summary>What of the workers' OS jail does not hold on this machine (empty when all of it does, or in-process).</summary>
    public IReadOnlyList<string> JailProblems { get; init; } = [];
}
