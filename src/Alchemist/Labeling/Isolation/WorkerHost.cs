using System.Runtime.InteropServices;
using Alchemist.Data;
using Alchemist.Programs;

namespace Alchemist.Labeling.Isolation;

/// <summary>
/// The child side of process isolation (<c>alchemist worker</c>): a long-lived process that reads job file paths from
/// standard input, one per line, and for each compiles the job's programs (cached across jobs), runs them over its
/// row range reading the text file itself, writes cell codes into the shared result file block by block, publishes
/// the cell it is on in the status file, reports the first faults per program on standard output and ends the job
/// with a <see cref="DoneLine"/>. End of input (the parent closed it or died) ends the process.
/// The parent enforces the deadline and the heap limit; the worker only has to be honest about where it is.
/// </summary>
public static class WorkerHost
{
    /// <summary>Environment variable through which the parent gives its process id, so an orphaned worker ends itself.</summary>
    public const string ParentProcessVariable = "ALCHEMIST_PARENT_PID";

    /// <summary>The line that ends a job's output.</summary>
    public const string DoneLine = "done";

    /// <summary>Rows per block: small enough that a restart after a kill redoes little work, large enough that I/O per block is noise.</summary>
    private const int BlockRows = 256;

    /// <summary>Serves jobs from standard input until it ends; returns the process exit code.</summary>
    public static int Serve()
    {
        ExitWhenParentGoes();
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var compiled = new Dictionary<(string Labels, string Name, string Code), CompiledProgram>();
        var initialized = false;
        for (string? jobPath; (jobPath = Console.In.ReadLine()) is not null;)
        {
            if (string.IsNullOrWhiteSpace(jobPath)) continue;
            var job = WorkerJob.Load(jobPath.Trim());
            if (!initialized)
            {
                ProgramSandbox.InitializeProcess(TimeSpan.FromSeconds(job.RegexTimeoutSeconds));
                initialized = true;
            }
            Run(job, compiled, output);
            output.WriteLine(DoneLine);
        }
        return 0;
    }

    private static void Run(WorkerJob job, Dictionary<(string, string, string), CompiledProgram> compiled, TextWriter output)
    {
        var labels = new LabelSet(job.Labels);
        var key = string.Join("\n", job.Labels);
        var programs = job.ProgramCodes.Select((code, j) =>
        {
            if (code is null) return null;
            var name = job.ProgramNames[j];
            if (!compiled.TryGetValue((key, name, code), out var program))
                compiled[(key, name, code)] = program = Compile(new ProgramSource(name, code), labels, job.Compiler);
            return program;
        }).ToArray();
        var m = programs.Length;
        using var status = WorkerStatus.Open(job.StatusPath, m);
        using var texts = new TextColumnFile.Reader(job.TextsPath);
        using var results = File.OpenHandle(job.ResultsPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        var runner = new CellRunner(programs, labels.Count, new Reporter(status, job.Slot, m, job.MaxFaultExamples, output), job.StopAfterFaults);
        var skip = job.Skip.ToHashSet();
        var seconds = new double[m];
        var block = new string[BlockRows];
        var cells = new sbyte[BlockRows * m];
        for (var first = job.RowStart; first < job.RowEnd; first += BlockRows)
        {
            var count = (int)Math.Min(BlockRows, job.RowEnd - first);
            status.SetCursor(job.Slot, WorkerStatus.Between);
            texts.Read(first, block.AsSpan(0, count));
            runner.RunBlock((int)first, block.AsSpan(0, count), cells, seconds, skip);
            status.SetCursor(job.Slot, WorkerStatus.Between);
            RandomAccess.Write(results, MemoryMarshal.AsBytes(cells.AsSpan(0, count * m)), first * m);
            status.Commit(job.Slot, first + count, seconds);
        }
    }

    /// <summary>
    /// A parent that dies mid-job cannot kill us, and a program stuck in library code would keep this process alive
    /// for ever: watch the parent and leave when it is gone.
    /// </summary>
    private static void ExitWhenParentGoes()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(ParentProcessVariable), out var parent)) return;
        new Thread(() =>
        {
            while (true)
            {
                try
                {
                    using var process = System.Diagnostics.Process.GetProcessById(parent);
                    if (process.HasExited) break;
                }
                catch (ArgumentException)
                {
                    break;
                }
                Thread.Sleep(1000);
            }
            Environment.Exit(3);
        }) { IsBackground = true, Name = "parent-watch" }.Start();
    }

    private static CompiledProgram Compile(ProgramSource source, LabelSet labels, ProgramCompilerOptions options)
    {
        var compilation = ProgramCompiler.Compile(source, labels, options);
        return compilation.Program is { } program ? program
            : throw new AlchemistException($"worker: program {source.Name} does not compile: {string.Join("; ", compilation.Diagnostics)}");
    }

    private sealed class Reporter(WorkerStatus status, int slot, int columns, int maxExamples, TextWriter output) : CellObserver
    {
        private readonly int[] _reported = new int[columns];

        public override void Starting(int row, int program) => status.SetCursor(slot, (long)row * columns + program);

        public override void Fault(int row, int program, ProgramFaultKind kind, string message)
        {
            if (_reported[program]++ < maxExamples) output.WriteLine(new WorkerFaultLine(row, program, kind, message).ToJson());
        }
    }
}
