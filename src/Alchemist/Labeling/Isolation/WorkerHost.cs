using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Alchemist.Labeling.Isolation.Jail;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// The child side of process isolation (<c>alchemist worker</c>). Before reading its first job the worker jails
/// itself — seccomp (no processes, no sockets), Landlock (read the runtime and its inputs, write only its own folder,
/// no TCP), a cap on its address space (native memory, which the GC heap limit does not cover) — and starts a CPU
/// watchdog on the thread that will run untrusted code. Then it serves job file paths from standard input, one per
/// line, in its role: a compile worker checks and emits programs, each within a CPU-time limit; a program worker
/// loads one program (constructor and a warm-up row outside the row deadline) and runs it over row ranges, each row
/// within a CPU-time limit, reporting faults on standard output and ending each job with <see cref="DoneLine"/>.
/// End of input — the parent closed it, or died — ends the process at once, whatever the program is doing.
/// </summary>
internal static class WorkerHost
{
    /// <summary>The line that ends a job's output.</summary>
    public const string DoneLine = "done";

    /// <summary>Rows per block: small enough that a restart after a kill redoes little work, large enough that I/O per block is noise.</summary>
    private const int BlockRows = 256;

    /// <summary>Serves jobs until standard input ends; returns the process exit code.</summary>
    /// <param name="args">The arguments after <c>worker</c> (see <see cref="WorkerLaunch"/>).</param>
    public static int Serve(IReadOnlyList<string> args)
    {
        var launch = WorkerLaunch.Parse(args);
        var watchdog = CpuWatchdog.WatchCurrentThread();
        var jobs = ReadJobs();
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        output.WriteLine(new WorkerLine(Jail: Confine(launch)).ToJson());
        return launch.Role == WorkerRole.Compile ? ServeCompile(jobs, output, watchdog) : ServePrograms(jobs, output, watchdog);
    }

    /// <summary>Applies every layer of the jail this machine supports; returns what could not be applied.</summary>
    private static List<string> Confine(WorkerLaunch launch)
    {
        var problems = new List<string>();
        if (!LinuxNative.Supported) return ["no OS jail on this platform (Linux x64/arm64 only): programs are confined by the checker alone"];
        if (launch.NativeMemoryBytes > 0)
        {
            // What is mapped now (runtime, assemblies, the GC's reservation for its heap limit) plus the allowance.
            var cap = (ulong)(MappedBytes() + launch.NativeMemoryBytes);
            var limit = new LinuxNative.Rlimit { Current = cap, Maximum = cap };
            if (LinuxNative.setrlimit(LinuxNative.RlimitAs, ref limit) != 0) problems.Add($"address-space limit failed (errno {Marshal.GetLastPInvokeError()})");
        }
        var readable = new List<string> { AppContext.BaseDirectory, RuntimeEnvironment.GetRuntimeDirectory(), "/usr/lib", "/lib", "/lib64", "/usr/lib64", "/etc/ld.so.cache", "/dev/null", "/dev/urandom", "/proc/self" };
        if (Path.GetDirectoryName(Environment.ProcessPath) is { } host) readable.Add(host);
        readable.AddRange(launch.Readable);
        if (Landlock.Restrict(readable.Select(HostPaths.Real).Distinct(), [HostPaths.Real(launch.OwnFolder)]) is { } landlock) problems.Add(landlock);
        if (Seccomp.Install() is { } seccomp) problems.Add(seccomp);
        return problems;
    }

    /// <summary>The process's mapped virtual memory (VmSize), from /proc/self/status.</summary>
    private static long MappedBytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmSize:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(7).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        return 0;
    }

    /// <summary>Job paths from standard input, read on a thread of their own so that end of input ends the process at once.</summary>
    private static BlockingCollection<string> ReadJobs()
    {
        var jobs = new BlockingCollection<string>();
        new Thread(() =>
        {
            for (string? line; (line = Console.In.ReadLine()) is not null;)
                if (!string.IsNullOrWhiteSpace(line)) jobs.Add(line.Trim());
            if (LinuxNative.Supported) LinuxNative._exit(0);
            Environment.Exit(0);
        }) { IsBackground = true, Name = "job-reader" }.Start();
        return jobs;
    }

    private static int ServeCompile(BlockingCollection<string> jobs, TextWriter output, CpuWatchdog watchdog)
    {
        var warm = false;
        foreach (var jobPath in jobs.GetConsumingEnumerable())
        {
            var job = WorkerFiles.Load<CompileJob>(jobPath);
            var folder = Path.GetDirectoryName(jobPath)!;
            using var status = WorkerStatus.Open(job.StatusPath);
            var labels = new LabelSet(job.Labels);
            if (!warm)
            {
                // Roslyn's own start-up (loading and JIT) is not any program's cost.
                status.SetCursor(WorkerStatus.WarmingUp);
                watchdog.Begin(job.StartupCpuSeconds, ExitCodes.StartupDeadline);
                ProgramCompiler.Check(new ProgramSource("warm-up", "public static class P { public static int Label(string t) => t.Length > 1 ? 1 : -1; }"), new LabelSet(["a", "b"]));
                warm = true;
            }
            for (var i = job.First; i < job.Programs.Count; i++)
            {
                status.SetCursor(i);
                watchdog.Begin(job.CpuSecondsPerProgram, ExitCodes.RowDeadline);
                ProgramCheck check;
                var exhausted = false;
                try
                {
                    check = ProgramCompiler.Check(job.Programs[i], labels, job.Compiler);
                }
                catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException or InvalidOperationException or ArgumentException)
                {
                    check = ProgramCheck.Rejected(job.Programs[i], $"the compiler failed on this program: {e.GetType().Name}: {e.Message}");
                    exhausted = e is OutOfMemoryException;
                }
                watchdog.Idle();
                // The parent knows the source; echoing it back would only cost memory (a 50 MB file).
                WorkerFiles.Save(CompileJob.OutputPath(folder, i), check with { Source = check.Source with { Code = "" } });
                status.Commit(i + 1, 0);
                if (exhausted)
                {
                    // A heap that ran out is no place for the next program: end, and the parent starts a fresh worker.
                    status.SetCursor(WorkerStatus.Between);
                    LinuxNative._exit(0);
                }
            }
            status.SetCursor(WorkerStatus.Between);
            output.WriteLine(DoneLine);
        }
        return 0;
    }

    private static int ServePrograms(BlockingCollection<string> jobs, TextWriter output, CpuWatchdog watchdog)
    {
        CompiledProgram? program = null;
        string? loadProblem = null;
        string? imagePath = null;
        foreach (var jobPath in jobs.GetConsumingEnumerable())
        {
            var job = WorkerFiles.Load<RunJob>(jobPath);
            using var status = WorkerStatus.Open(job.StatusPath);
            var labels = new LabelSet(job.Labels);
            if (imagePath is null)
            {
                imagePath = job.ImagePath;
                status.SetCursor(WorkerStatus.WarmingUp);
                watchdog.Begin(job.StartupCpuSeconds, ExitCodes.StartupDeadline);
                var image = WorkerFiles.Load<ProgramImage>(job.ImagePath);
                program = ProgramLoader.Load(image, labels, job.Limits, out loadProblem);
                if (program is not null) WarmUp(program, image);
                watchdog.Idle();
            }
            else if (imagePath != job.ImagePath)
            {
                throw new AlchemistException("worker: a program worker serves one program only.");
            }
            if (program is null)
            {
                output.WriteLine(new WorkerLine(Message: loadProblem ?? "the program could not be loaded", LoadProblem: true).ToJson());
            }
            else
            {
                Run(job, program, labels.Count, status, watchdog, output);
            }
            status.SetCursor(WorkerStatus.Between);
            output.WriteLine(DoneLine);
        }
        return 0;
    }

    /// <summary>
    /// Runs the program once on an empty row (a row of zeros for a feature program), answer ignored, so its static
    /// initialisation and the JIT of its main paths are paid here and not charged to the first real row.
    /// </summary>
    private static void WarmUp(CompiledProgram program, ProgramImage image)
    {
        var row = image.FeatureColumns is null ? "" : FeatureRow.Format(new double[image.FeatureCount]);
        ProgramRunner.Run(program, row, int.MaxValue);
    }

    private static void Run(RunJob job, CompiledProgram program, int classCount, WorkerStatus status, CpuWatchdog watchdog, TextWriter output)
    {
        using var texts = new TextColumnFile.Reader(job.TextsPath);
        using var results = File.OpenHandle(job.ResultsPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var runner = new CellRunner([program], classCount, new Reporter(status, watchdog, job.RowCpuSeconds, job.MaxFaultExamples, output), job.StopAfterFaults);
        var skip = job.Skip.ToHashSet();
        var seconds = new double[1];
        var block = new string[BlockRows];
        var cells = new sbyte[BlockRows];
        for (var first = job.RowStart; first < job.RowEnd; first += BlockRows)
        {
            var count = (int)Math.Min(BlockRows, job.RowEnd - first);
            status.SetCursor(WorkerStatus.Between);
            watchdog.Idle();
            texts.Read(first, block.AsSpan(0, count));
            runner.RunBlock((int)first, block.AsSpan(0, count), cells, seconds, skip);
            watchdog.Idle();
            status.SetCursor(WorkerStatus.Between);
            RandomAccess.Write(results, MemoryMarshal.AsBytes(cells.AsSpan(0, count)), first - job.RowStart);
            status.Commit(first + count, seconds[0]);
        }
    }

    /// <summary>Publishes each cell before it runs (cursor and watchdog) and reports the first faults.</summary>
    private sealed class Reporter(WorkerStatus status, CpuWatchdog watchdog, double rowCpuSeconds, int maxExamples, TextWriter output) : CellObserver
    {
        private int _reported;

        public override void Starting(int row, int program)
        {
            status.SetCursor(row);
            watchdog.Begin(rowCpuSeconds, ExitCodes.RowDeadline);
        }

        public override void Fault(int row, int program, ProgramFaultKind kind, string message)
        {
            if (_reported++ < maxExamples) output.WriteLine(new WorkerLine(row, kind, message).ToJson());
        }
    }
}
